import Foundation

extension ReportContent {
    /// Section 4: every input as read, under its scenario-file key path, so the report stands
    /// alone as an audit trail. Values are printed exactly (no rounding), but for the form of a
    /// lognormal that was not written (`i.e. …`), which is derived and rounded.
    static func inputsSection(_ scenario: Scenario) -> [ReportItem] {
        var rows: [ReportTable.Row] = [
            .group("[scenario]"),
            .cells(["name", scenario.name]),
            .cells(["trials", Fmt.units(Double(scenario.trials))]),
            .cells(["seed", String(scenario.seed)]),
            .group("[product]"),
            .cells(["unit_price", Fmt.exactMoney(scenario.product.unitPrice) + " per unit sold"]),
            .cells(["unit_cost", Fmt.exactMoney(scenario.product.unitCost) + " per unit made"]),
            .cells(["salvage_value", Fmt.exactMoney(scenario.product.salvageValue) + " per unit left"]),
            .cells(["stock", Fmt.exact(scenario.product.stock) + " units (planned)"]),
            .group("[mold]"),
            .cells(["cost", describe(scenario.mold.cost, unit: "yuan",
                                     written: scenario.lognormalQuantiles[moldPath("cost")])]),
            .cells(["days", describe(scenario.mold.days, unit: "days",
                                     written: scenario.lognormalQuantiles[moldPath("days")])]),
            .cells(["capacity_per_day", scenario.mold.capacityPerDay.map { Fmt.exact($0) + " units per day" }
                        ?? "none (production takes no time)"]),
            .group("[window]"),
            .cells(["season_days", Fmt.exact(scenario.window.seasonDays) + " days"]),
            .cells(["peak_share", probability(scenario.window.peakShare)]),
        ]
        for cycle in scenario.cycles {
            rows += cycleRows(cycle, scenario: scenario)
        }
        rows += [
            .group("[analysis]"),
            .cells(["stock_levels", scenario.stockLevels.map(Fmt.exact).joined(separator: ", ") + " units"]),
            .group("[decision]"),
            .cells(["max_loss_probability", probability(scenario.maxLossProbability)]),
        ]
        var items: [ReportItem] = [.heading(level: 1, text: sectionTitles[3])]
        var notes = ["Distributions are named as in the scenario file (dist = …) with their parameters;"
                     + " a lognormal also shows its other form (i.e. …), rounded."]
        if !scenario.overrides.isEmpty {
            items.append(.paragraph("Values set on the command line: "
                + ReportWording.overrideList(scenario.overrides)
                + ". They replace the file's values for this run; the inputs below already include them."))
            rows = markOverridden(rows, overrides: scenario.overrides)
            notes.append("(set): the value was set on the command line with --set.")
        }
        items.append(.table(ReportTable(
            title: "Scenario inputs, by key",
            columns: [.init(header: "Key", alignment: .left), .init(header: "Value", alignment: .left, wraps: true)],
            rows: rows,
            notes: notes)))
        return items
    }

    /// Rows whose key path (group + key) is overridden, has an overridden part
    /// (`cycles.a.rework_days.mode`) or lies in an overridden table, get `(set)` after their value.
    static func markOverridden(_ rows: [ReportTable.Row], overrides: [ScenarioOverride]) -> [ReportTable.Row] {
        var group = ""
        return rows.map { row in
            switch row {
            case let .group(label):
                group = String(label.dropFirst().dropLast())   // `[cycles.a]` → `cycles.a`
                return row
            case let .cells(cells):
                guard let key = cells.first, cells.count >= 2 else { return row }
                let path = group + "." + key
                guard overrides.contains(where: {
                    $0.keyPath == path || $0.keyPath.hasPrefix(path + ".") || path.hasPrefix($0.keyPath + ".")
                }) else { return row }
                return .cells([key, cells[1] + " (set)"] + cells.dropFirst(2))
            }
        }
    }

    static func cycleRows(_ cycle: Cycle, scenario: Scenario) -> [ReportTable.Row] {
        /// `distribution` at `keys` under the cycle, in the lognormal form it was written in; a
        /// default `mold_days` is shown as `mold.days` was written.
        func describe(_ distribution: Distribution, unit: String, _ keys: String...) -> String {
            let path = keys.reduce(TOMLPath.root.key("cycles").key(cycle.name)) { $0.key($1) }.description
            var quantiles = scenario.lognormalQuantiles[path]
            if quantiles == nil, keys == ["mold_days"], cycle.moldDays == scenario.mold.days {
                quantiles = scenario.lognormalQuantiles[moldPath("days")]
            }
            return ReportContent.describe(distribution, unit: unit, written: quantiles)
        }
        var rows: [ReportTable.Row] = [
            .group("[cycles.\(cycle.name)]"),
            .cells(["commit_days_before_window", Fmt.exact(cycle.commitDaysBeforeWindow) + " days"]),
            .cells(["fixed_cost", Fmt.exactMoney(cycle.fixedCost)]),
            .cells(["research_days", describe(cycle.researchDays, unit: "days", "research_days")]),
            .cells(["mold_days", describe(cycle.moldDays, unit: "days", "mold_days")]),
            .cells(["rework_probability", probability(cycle.reworkProbability)]),
            .cells(["rework_days", describe(cycle.reworkDays, unit: "days", "rework_days")]),
            .cells(["rework_cost", describe(cycle.reworkCost, unit: "yuan", "rework_cost")]),
        ]
        switch cycle.demand.source {
        case let .units(distribution):
            rows.append(.cells(["demand.units", describe(distribution, unit: "units", "demand", "units")]))
        case let .signals(signals):
            let posterior = signals.posterior
            rows += [
                .cells(["demand.visitors", describe(signals.visitors, unit: "visitors", "demand", "visitors")]),
                .cells(["demand.impressions", Fmt.exact(signals.impressions)]),
                .cells(["demand.orders", Fmt.exact(signals.orders)]),
                .cells(["demand.prior_alpha", Fmt.exact(signals.priorAlpha)]),
                .cells(["demand.prior_beta", Fmt.exact(signals.priorBeta)]),
                .cells(["conversion (posterior)", "beta: alpha \(Fmt.exact(posterior.alpha)), beta \(Fmt.exact(posterior.beta))"]),
            ]
        }
        rows.append(.cells(["demand.drift_per_30_days", Fmt.exact(cycle.demand.driftPer30Days)]))
        return rows
    }

    /// `0.35 (35.0 %)`.
    static func probability(_ p: Double) -> String {
        "\(Fmt.exact(p)) (\(Fmt.percent(p)))"
    }

    /// The key path of `key` in `[mold]`, as `Scenario.lognormalQuantiles` keys it.
    static func moldPath(_ key: String) -> String {
        TOMLPath.root.key("mold").key(key).description
    }

    /// A distribution spec with its parameters as written: `pert: min 150,000, mode 250,000,
    /// max 800,000, lambda 4 (yuan)`; a fixed value prints as `12 days`. A lognormal shows both
    /// of its forms, the one written first and exactly (`written`: it was given by `p10`/`p90`),
    /// the other rounded to 3 significant digits: `lognormal: p10 40,000, p90 160,000, i.e.
    /// median 80,000, sigma 0.541 (units)`.
    static func describe(_ distribution: Distribution, unit: String, written: LognormalQuantiles? = nil) -> String {
        let e = Fmt.exact
        switch distribution {
        case let .fixed(v):
            return "\(e(v)) \(unit)"
        case let .uniform(lo, hi):
            return "uniform: min \(e(lo)), max \(e(hi)) (\(unit))"
        case let .triangular(lo, mode, hi):
            return "triangular: min \(e(lo)), mode \(e(mode)), max \(e(hi)) (\(unit))"
        case let .pert(lo, mode, hi, lambda):
            return "pert: min \(e(lo)), mode \(e(mode)), max \(e(hi)), lambda \(e(lambda)) (\(unit))"
        case let .normal(mean, sd):
            return "normal: mean \(e(mean)), sd \(e(sd)) (\(unit))"
        case let .lognormal(median, sigma):
            if let written {
                return "lognormal: p10 \(e(written.p10)), p90 \(e(written.p90)), "
                    + "i.e. median \(approx(median)), sigma \(approx(sigma)) (\(unit))"
            }
            let quantiles = LognormalQuantiles(median: median, sigma: sigma)
            return "lognormal: median \(e(median)), sigma \(e(sigma)), "
                + "i.e. p10 \(approx(quantiles.p10)), p90 \(approx(quantiles.p90)) (\(unit))"
        case let .gamma(shape, scale):
            return "gamma: shape \(e(shape)), scale \(e(scale)) (\(unit))"
        case let .beta(a, b):
            return "beta: alpha \(e(a)), beta \(e(b))"
        case let .empirical(values, weights):
            let equal = Set(weights).count <= 1
            let list = equal
                ? values.map(e).joined(separator: ", ")
                : zip(values, weights).map { "\(e($0)) × \(e($1))" }.joined(separator: ", ")
            return "empirical (\(unit)), \(values.count) values\(equal ? "" : " × weight"): \(list)"
        }
    }

    /// A derived value rounded to 3 significant digits (whole numbers at least): `0.541`, `37,135`.
    static func approx(_ x: Double) -> String {
        let magnitude = x.magnitude
        guard magnitude > 0, magnitude.isFinite else { return Fmt.exact(x) }
        let places = max(0, min(12, 2 - Int(Foundation.log10(magnitude).rounded(.down))))
        return Fmt.fixed(x, places: places)
    }
}
