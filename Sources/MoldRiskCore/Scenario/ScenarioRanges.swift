/// Every numeric key's accepted range and every size limit of a scenario, in one place: the
/// parser takes its ranges from here, and the README's table is `markdownTable` (a test checks
/// that the README holds it word for word).
///
/// The ranges are where the model means something, and they are chosen so that no accepted
/// scenario can make the model produce NaN or ±∞ (DESIGN §1): every money amount, unit count and
/// day count is bounded, so sums and products stay far below 1e308; `drift_per_30_days` ≤ 5 keeps
/// `s²·age/60` finite (and the drift `exp(t·Z − t²/2)` of `t = s·√(age/30)` is at most `exp(Z²/2)`,
/// whatever s and age); shape parameters ≥ 1e-3 keep GSL's samplers away from underflow; Beta
/// parameters (a `beta` spec's, and a test listing's posterior: prior + orders) ≤ about 2e5 keep
/// `gsl_cdf_beta_Pinv` (the tornado's P10/P90) out of the region where it spins forever (measured:
/// it does not return for Beta(962536, 962599) at q = 0.9).
enum ScenarioRanges {
    static let money = ValueRange(0, 1e12, unit: "yuan")
    static let unitPrice = ValueRange(0.0001, 1e6, unit: "yuan a unit")
    static let unitCost = ValueRange(0, 1e6, unit: "yuan a unit")
    static let salvageValue = ValueRange(-1e6, 1e6, unit: "yuan a unit")
    static let stock = ValueRange(1, 1e9, unit: "units", wholeOnly: true)
    static let capacityPerDay = ValueRange(0.001, 1e9, unit: "units a day")
    static let days = ValueRange(0, 3650, unit: "days")
    static let seasonDays = ValueRange(1, 3650, unit: "days")
    static let share = ValueRange(0, 1)
    static let demandUnits = ValueRange(0, 1e12, unit: "units")
    static let visitors = ValueRange(0, 1e12, unit: "impressions")
    static let impressions = ValueRange(0, 1e9, unit: "impressions")
    static let orders = ValueRange(0, 1e5, unit: "orders")
    static let prior = ValueRange(0.001, 1e5)
    static let drift = ValueRange(0, 5)
    static let pertLambda = ValueRange(0, 1000, lowerIsOpen: true)
    static let lognormalSigma = ValueRange(0, 10)
    static let gammaShape = ValueRange(0.001, 1e7)
    static let betaParameter = ValueRange(0.001, 1e5)
    static let weight = ValueRange(0, 1e12)
    static let costPerImpression = ValueRange(0, 1e6, unit: "yuan an impression")
    static let listingImpressions = ValueRange(1, Double(Limits.listingImpressions), unit: "impressions", wholeOnly: true)
    static let trials: ClosedRange<Int64> = 1...1_000_000_000
    /// A `[[correlation]]` entry's Spearman `rank`.
    static let rank = ValueRange(-1, 1)
    /// `life.seasons`: the mold's selling seasons, the first included.
    static let seasons: ClosedRange<Int64> = 1...40
    /// `life.demand_change`: a season's demand ÷ the season before.
    static let demandChange = ValueRange(0, 100)

    /// Limits on the size of a scenario and of the work it asks for.
    enum Limits {
        /// Bytes in a scenario file (1 MiB).
        static let fileBytes = 1 << 20
        /// Characters in `scenario.name`.
        static let scenarioNameCharacters = 200
        /// Characters in a cycle's name.
        static let cycleNameCharacters = 64
        /// Combining marks (and other code points: variation selectors, emoji modifiers, ZWJ
        /// parts) joined to one character of a name: Unicode's stream-safe limit (UAX #15), far
        /// above any script's needs, so that no name makes a renderer slow.
        static let combiningMarksPerCharacter = 30
        /// Cycles in a scenario.
        static let cycles = 10
        /// Entries in `analysis.stock_levels`.
        static let stockLevels = 50
        /// Entries in an `empirical` distribution's `values`.
        static let empiricalValues = 100_000
        /// CPU seconds a run may need (`RunCost`: the simulation, the lead search, the test
        /// listings' re-runs and, when computed, the tornado): 1e11 evaluated cells, the limit
        /// this replaced (trials × stock levels × cycles × seasons), at `RunCost.cellNanoseconds`.
        static let workCPUSeconds = 1e11 * RunCost.cellNanoseconds * 1e-9
        /// What `workCPUSeconds` means in wall time on this project's two-core machine.
        static var workCPUSecondsNote: String { "about \(RunCost.durationText(workCPUSeconds / 2)) on two cores" }
        /// Entries in `value_of_information.listing_sizes` (each is a preposterior analysis).
        static let listingSizes = 10
        /// Impressions of one further test listing (`value_of_information.listing_sizes[i]`).
        static let listingImpressions = 1_000_000
        /// Arrays and inline tables inside one another.
        static let tomlNesting = 32
        /// Parts of one dotted key.
        static let tomlKeyParts = 32
        /// `[[correlation]]` entries.
        static let correlations = 100
        /// What-if variants (`[[variant]]` and `--variant` together).
        static let variants = 20
    }

    /// Why a run whose work is estimated as `cost` is refused, or nil: more CPU time than
    /// `Limits.workCPUSeconds`, each part named with its estimate and the costliest draw.
    static func workProblem(_ cost: RunCost) -> String? {
        guard cost.total > Limits.workCPUSeconds else { return nil }
        var parts = ["the simulation \(RunCost.durationText(cost.simulation))"]
        if cost.tornado > 0 { parts.append("the tornado \(RunCost.durationText(cost.tornado))") }
        if cost.leadSearch > 0 { parts.append("the lead search up to \(RunCost.durationText(cost.leadSearch))") }
        if cost.stockSearch > 0 { parts.append("the stock search up to \(RunCost.durationText(cost.stockSearch))") }
        if cost.listings > 0 { parts.append("the test listings' re-runs \(RunCost.durationText(cost.listings))") }
        var message = "needs about \(RunCost.durationText(cost.total)) of CPU time (" + parts.joined(separator: ", ") + ")"
        if let draw = cost.costliestDraw, draw.nanoseconds >= 1_000 {
            message += "; one draw of \(draw.path) costs about \(RunCost.durationText(draw.nanoseconds * 1e-9))"
        }
        return message + ", more than the limit of \(RunCost.durationText(Limits.workCPUSeconds)) of CPU time "
            + "(\(Limits.workCPUSecondsNote)); use fewer trials, stock levels, cycles, seasons or listing sizes"
    }

    /// Why the base and its `variants` what-ifs together (`total` estimated CPU seconds, as
    /// `RunCost` counts them) are refused, or nil.
    static func variantsWorkProblem(_ total: Double, variants: Int) -> String? {
        guard total > Limits.workCPUSeconds else { return nil }
        return "the scenario and its \(variants) variant\(variants == 1 ? "" : "s") together need about "
            + "\(RunCost.durationText(total)) of CPU time, more than the limit of \(RunCost.durationText(Limits.workCPUSeconds)) "
            + "(\(Limits.workCPUSecondsNote)); use fewer trials or variants"
    }

    /// One line of the README's table.
    struct Row {
        let key: String
        let range: String
    }

    /// The numeric keys (`*` stands for a cycle's name) and their ranges, in schema order.
    static var keyRows: [Row] {
        func row(_ key: String, _ range: ValueRange, _ note: String = "") -> Row {
            Row(key: key, range: range.text + (note.isEmpty ? "" : "; \(note)"))
        }
        return [
            Row(key: "`scenario.trials`", range: "\(trials.lowerBound) to \(ValueRange.boundText(Double(trials.upperBound))), whole"),
            Row(key: "`scenario.seed`", range: "0 to 18446744073709551615 (2^64 − 1), whole; "
                + "above 9223372036854775807 as a string: `seed = \"18446744073709551615\"` or `\"0xffffffffffffffff\"`"),
            row("`product.unit_price`", unitPrice, "above `salvage_value`"),
            row("`product.unit_cost`", unitCost),
            row("`product.salvage_value`", salvageValue),
            row("`product.stock`", stock),
            row("`mold.cost`", money, "a distribution"),
            row("`mold.days`", days, "a distribution"),
            row("`mold.capacity_per_day`", capacityPerDay),
            row("`window.season_days`", seasonDays),
            row("`window.peak_share`", share),
            row("`cycles.*.commit_days_before_window`", days),
            row("`cycles.*.fixed_cost`", money),
            row("`cycles.*.research_days`, `mold_days`, `rework_days`", days, "distributions"),
            row("`cycles.*.rework_probability`", share),
            row("`cycles.*.rework_cost`", money, "a distribution"),
            row("`cycles.*.demand.units`", demandUnits, "a distribution"),
            row("`cycles.*.demand.visitors` or `event_impressions`", visitors,
                "a distribution: the event's impressions of the listing; one of the two names"),
            row("`cycles.*.demand.impressions`", impressions),
            row("`cycles.*.demand.orders`", orders, "at most `impressions`"),
            row("`cycles.*.demand.prior_alpha`, `prior_beta`", prior),
            row("`cycles.*.demand.drift_per_30_days`", drift),
            row("`analysis.stock_levels[i]`", stock),
            row("`analysis.stock_range`", stock, "`[min, max]`, min below max; default 5 % to 300 % of `product.stock`"),
            row("`decision.max_loss_probability`", share),
            row("`[[correlation]]` `rank`", rank, "Spearman; the entries' matrix of 2·sin(π·rank/6) positive semi-definite"),
            Row(key: "`life.seasons`", range: "\(seasons.lowerBound) to \(seasons.upperBound), whole"),
            row("`life.demand_change`", demandChange, "a distribution"),
            Row(key: "`life.restock`", range: "`\"same\"` or `\"last_sold\"`"),
            row("`life.maintenance_per_season`", money, "a distribution"),
            row("`life.discount_per_season`", share),
            row("`value_of_information.listing_sizes[i]`", listingImpressions),
            row("`value_of_information.cost_per_impression`", costPerImpression),
            Row(key: "a distribution's `value`, `min`, `mode`, `max`, `median`, `scale`, `sd`, `values[i]`",
                range: "the key's own range (`median` and `scale` above 0; a `normal`'s `mean` may be as negative as the range is positive)"),
            row("`pert` `lambda`", pertLambda),
            row("`lognormal` `sigma`", lognormalSigma),
            row("`gamma` `shape`", gammaShape),
            row("`beta` `alpha`, `beta`", betaParameter),
            row("`empirical` `weights[i]`", weight, "not all 0"),
        ]
    }

    /// The size limits, as the README lists them.
    static var limitRows: [Row] {
        [
            Row(key: "scenario file", range: "at most \(Limits.fileBytes) bytes (1 MiB)"),
            Row(key: "`scenario.name`", range: "1 to \(Limits.scenarioNameCharacters) characters, no control or invisible format characters, at most \(Limits.combiningMarksPerCharacter) combining marks on a character"),
            Row(key: "a cycle's name", range: "1 to \(Limits.cycleNameCharacters) characters, no control or invisible format characters, at most \(Limits.combiningMarksPerCharacter) combining marks on a character"),
            Row(key: "a cycle's label (each language's)", range: "1 to \(Limits.cycleNameCharacters) characters, no control or invisible format characters; distinct from the other cycles' names"),
            Row(key: "cycles", range: "at most \(Limits.cycles)"),
            Row(key: "`analysis.stock_levels`", range: "at most \(Limits.stockLevels) entries"),
            Row(key: "`empirical` `values`", range: "at most \(Limits.empiricalValues) entries"),
            Row(key: "`value_of_information.listing_sizes`", range: "at most \(Limits.listingSizes) entries"),
            Row(key: "estimated CPU time of a run", range: "at most \(RunCost.durationText(Limits.workCPUSeconds)) of CPU time "
                + "(\(Limits.workCPUSecondsNote)): trials × (each input's draw at its law's cost, by GSL's sampler or "
                + "by the inverse CDF under `latin_hypercube`, `sobol` or correlations + every evaluated stock level "
                + "of every cycle and season), with the tornado, the lead search, "
                + "the stock search (at most \(StockSearchBudget.maxLevelsPerCycle) levels a cycle on at most \(StockSearchBudget.maxTrials) trials) and the test listings' re-runs; "
                + "checked for `--trials` too; `check` prints the estimate when it is above a minute"),
            Row(key: "`[[correlation]]` entries", range: "at most \(Limits.correlations)"),
            Row(key: "`scenario.sampling = \"sobol\"`", range: "at most \(SobolSequence.maxDimensions) random inputs "
                + "(GSL's Sobol tables); `latin_hypercube` has no limit"),
            Row(key: "TOML nesting", range: "arrays and inline tables at most \(Limits.tomlNesting) deep, "
                + "dotted keys at most \(Limits.tomlKeyParts) parts"),
        ]
    }

    /// The README's table of ranges and limits (Markdown).
    static var markdownTable: String {
        var lines = ["| Key | Accepted values |", "|---|---|"]
        lines += keyRows.map { "| \($0.key) | \($0.range) |" }
        lines += ["", "| Limit | Accepted |", "|---|---|"]
        lines += limitRows.map { "| \($0.key) | \($0.range) |" }
        return lines.joined(separator: "\n")
    }
}
