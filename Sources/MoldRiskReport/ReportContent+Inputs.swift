import Foundation
import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// Section 4: every input as read, under its scenario-file key path, so the report stands
    /// alone as an audit trail. Values are printed exactly (no rounding), but for the form of a
    /// lognormal that was not written (`i.e. …`), which is derived and rounded.
    static func inputsSection(_ scenario: Scenario, words: any ReportStrings = EnglishStrings()) -> [ReportItem] {
        let say = words.phrase
        var rows = InputRows()
        rows.table(.root.key("scenario"))
        rows.value(scenario.name, at: "name")
        rows.value(Fmt.units(Double(scenario.trials)), at: "trials")
        rows.value(String(scenario.seed), at: "seed")
        rows.table(.root.key("product"))
        rows.value(words.exactMoney(scenario.product.unitPrice) + say(.perUnitSold), at: "unit_price")
        rows.value(words.exactMoney(scenario.product.unitCost) + say(.perUnitMade), at: "unit_cost")
        rows.value(words.exactMoney(scenario.product.salvageValue) + say(.perUnitLeft), at: "salvage_value")
        rows.value(Fmt.exact(scenario.product.stock) + say(.plannedUnits), at: "stock")
        rows.table(.root.key("mold"))
        rows.value(describe(scenario.mold.cost, unit: say(.unitYuan), written: scenario.lognormalQuantiles[moldPath("cost")],
                            words: words), at: "cost")
        rows.value(describe(scenario.mold.days, unit: say(.unitDays), written: scenario.lognormalQuantiles[moldPath("days")],
                            words: words), at: "days")
        rows.value(scenario.mold.capacityPerDay.map { Fmt.exact($0) + say(.unitsPerDay) } ?? say(.noCapacity),
                   at: "capacity_per_day")
        rows.table(.root.key("window"))
        rows.value(Fmt.exact(scenario.window.seasonDays) + say(.daysSuffix), at: "season_days")
        rows.value(probability(scenario.window.peakShare), at: "peak_share")
        for cycle in scenario.cycles {
            addCycleRows(cycle, scenario: scenario, to: &rows, words: words)
        }
        rows.table(.root.key("analysis"))
        rows.value(scenario.stockLevels.map(Fmt.exact).joined(separator: ", ") + say(.unitsSuffix), at: "stock_levels")
        rows.table(.root.key("decision"))
        rows.value(probability(scenario.maxLossProbability), at: "max_loss_probability")
        if let life = scenario.life {
            rows.table(.root.key("life"))
            rows.value("\(life.seasons)", at: "seasons")
            rows.value(describe(life.demandChange, unit: words.demandChangeUnit,
                                written: scenario.lognormalQuantiles[.root.key("life").key("demand_change")], words: words),
                       at: "demand_change")
            rows.value("\"\(life.restock.rawValue)\" (\(words.restockWords(life.restock)))", at: "restock")
            rows.value(describe(life.maintenancePerSeason, unit: say(.unitYuan),
                                written: scenario.lognormalQuantiles[.root.key("life").key("maintenance_per_season")], words: words),
                       at: "maintenance_per_season")
            rows.value(probability(life.discountPerSeason), at: "discount_per_season")
        }
        if let spec = scenario.valueOfInformation {
            rows.table(.root.key("value_of_information"))
            rows.value(spec.listingSizes.map { Fmt.exact(Double($0)) }.joined(separator: ", ") + say(.impressionsSuffix),
                       at: "listing_sizes")
            rows.value(words.exactMoney(spec.costPerImpression) + say(.perImpression), at: "cost_per_impression")
        }

        var items: [ReportItem] = [.heading(level: 1, text: words.sectionTitles[3])]
        var notes = [say(.distributionsNote)]
        if !scenario.overrides.isEmpty {
            items.append(.paragraph(words.overridesParagraph(ReportWording.overrideList(scenario.overrides))))
            notes.append(say(.setNote))
        }
        items.append(.table(ReportTable(
            title: say(.inputsTitle),
            columns: [.init(header: say(.keyColumn), alignment: .left),
                      .init(header: say(.valueColumn), alignment: .left, wraps: true)],
            rows: rows.marked(by: scenario.overrides, mark: say(.setMark)),
            notes: notes)))
        return items
    }

    /// The rows of one cycle's table, under `[cycles.<name>]` (the name quoted when TOML needs it).
    static func addCycleRows(_ cycle: Cycle, scenario: Scenario, to rows: inout InputRows, words: any ReportStrings) {
        let table = TOMLPath.cycle(cycle.name)
        let say = words.phrase
        /// `distribution` at `keys` under the cycle, in the lognormal form it was written in; a
        /// default `mold_days` is shown as `mold.days` was written.
        func describe(_ distribution: Distribution, unit: String, _ keys: String...) -> String {
            var quantiles = scenario.lognormalQuantiles[table.appending(TOMLPath(keys: keys))]
            if quantiles == nil, keys == ["mold_days"], cycle.moldDays == scenario.mold.days {
                quantiles = scenario.lognormalQuantiles[moldPath("days")]
            }
            return ReportContent.describe(distribution, unit: unit, written: quantiles, words: words)
        }
        rows.table(table)
        rows.value(Fmt.exact(cycle.commitDaysBeforeWindow) + say(.daysSuffix), at: "commit_days_before_window")
        rows.value(words.exactMoney(cycle.fixedCost), at: "fixed_cost")
        rows.value(describe(cycle.researchDays, unit: say(.unitDays), "research_days"), at: "research_days")
        rows.value(describe(cycle.moldDays, unit: say(.unitDays), "mold_days"), at: "mold_days")
        rows.value(probability(cycle.reworkProbability), at: "rework_probability")
        rows.value(describe(cycle.reworkDays, unit: say(.unitDays), "rework_days"), at: "rework_days")
        rows.value(describe(cycle.reworkCost, unit: say(.unitYuan), "rework_cost"), at: "rework_cost")
        switch cycle.demand.source {
        case let .units(distribution):
            rows.value(describe(distribution, unit: say(.unitUnits), "demand", "units"), at: "demand", "units")
        case let .signals(signals):
            let posterior = signals.posterior
            rows.value(describe(signals.visitors, unit: say(.unitVisitors), "demand", "event_impressions"),
                       at: "demand", "event_impressions")
            rows.value(Fmt.exact(signals.impressions), at: "demand", "impressions")
            rows.value(Fmt.exact(signals.orders), at: "demand", "orders")
            rows.value(Fmt.exact(signals.priorAlpha), at: "demand", "prior_alpha")
            rows.value(Fmt.exact(signals.priorBeta), at: "demand", "prior_beta")
            rows.derived(say(.conversionPosterior),
                         "beta: alpha \(Fmt.exact(posterior.alpha)), beta \(Fmt.exact(posterior.beta))",
                         at: "demand", "conversion")
        }
        rows.value(Fmt.exact(cycle.demand.driftPer30Days), at: "demand", "drift_per_30_days")
    }

    /// `0.35 (35.0 %)`.
    static func probability(_ p: Double) -> String {
        "\(Fmt.exact(p)) (\(Fmt.percent(p)))"
    }

    /// The key path of `key` in `[mold]`.
    static func moldPath(_ key: String) -> TOMLPath {
        TOMLPath.root.key("mold").key(key)
    }

    /// A distribution spec with its parameters as written: `pert: min 150,000, mode 250,000,
    /// max 800,000, lambda 4 (yuan)`; a fixed value prints as `12 days`. A lognormal shows both
    /// of its forms, the one written first and exactly (`written`: it was given by `p10`/`p90`),
    /// the other rounded to 3 significant digits: `lognormal: p10 40,000, p90 160,000, i.e.
    /// median 80,000, sigma 0.541 (units)`.
    static func describe(_ distribution: Distribution, unit: String, written: LognormalQuantiles? = nil,
                         words: any ReportStrings = EnglishStrings()) -> String {
        let e = Fmt.exact
        let thatIs = words.phrase(.thatIs)
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
                    + "\(thatIs) median \(approx(median)), sigma \(approx(sigma)) (\(unit))"
            }
            let quantiles = LognormalQuantiles(median: median, sigma: sigma)
            return "lognormal: median \(e(median)), sigma \(e(sigma)), "
                + "\(thatIs) p10 \(approx(quantiles.p10)), p90 \(approx(quantiles.p90)) (\(unit))"
        case let .gamma(shape, scale):
            return "gamma: shape \(e(shape)), scale \(e(scale)) (\(unit))"
        case let .beta(a, b):
            return "beta: alpha \(e(a)), beta \(e(b))"
        case let .empirical(values, weights):
            let equal = Set(weights).count <= 1
            let list = equal
                ? values.map(e).joined(separator: ", ")
                : zip(values, weights).map { "\(e($0)) × \(e($1))" }.joined(separator: ", ")
            return "empirical (\(unit)), \(values.count) \(words.phrase(.values))\(equal ? "" : words.phrase(.timesWeight)): \(list)"
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
