/// The keys a scenario file may contain, table by table, and the defaults of the optional ones
/// (DESIGN §2). Any other key is refused, so a typo is never silently ignored.
package enum ScenarioSchema {
    static let root = ["scenario", "product", "mold", "window", "cycles", "analysis", "decision", "life", "value_of_information",
                       "correlation", "variant"]
    static let scenario = ["name", "trials", "seed", "sampling", "lang"]
    /// The keys of one `[[correlation]]` entry (DESIGN §8.3).
    static let correlation = ["between", "rank"]
    /// The keys of one `[[variant]]` entry (DESIGN §8.5): its name and its `set` of key paths.
    static let variant = ["name", "set"]
    static let product = ["unit_price", "unit_cost", "salvage_value", "stock"]
    static let mold = ["cost", "days", "capacity_per_day"]
    static let window = ["season_days", "peak_share"]
    static let cycle = ["label", "commit_days_before_window", "fixed_cost", "research_days", "mold_days",
                        "rework_probability", "rework_days", "rework_cost", "demand"]
    static let demand = ["units", "visitors", "event_impressions", "impressions", "orders", "prior_alpha", "prior_beta",
                         "drift_per_30_days"]
    /// The signals form's traffic: the event's impressions of the listing, in the same unit as the
    /// test listing's `impressions` (DESIGN §8.4). `visitors` is its name in DESIGN §2;
    /// `event_impressions` the clearer one; a cycle gives one of them.
    static let visitors = "visitors"
    static let eventImpressions = "event_impressions"
    static let eventImpressionsKeys = [eventImpressions, visitors]
    /// The languages of a cycle's `label = { en = …, zh = … }`.
    static let label = ReportLanguage.allCases.map(\.rawValue)
    /// The demand keys that belong to the signals form only (besides `visitors` / `event_impressions`).
    static let signalsOnly = ["impressions", "orders", "prior_alpha", "prior_beta"]
    static let analysis = ["stock_levels", "stock_range"]
    static let decision = ["max_loss_probability"]
    static let life = ["seasons", "demand_change", "restock", "maintenance_per_season", "discount_per_season"]
    static let valueOfInformation = ["listing_sizes", "cost_per_impression"]

    /// Every key path a scenario can set outside distribution tables, in schema order, with the
    /// cycle keys under each of `cycles` (`product.stock`, `cycles.traditional.demand.units`):
    /// the candidates of a "did you mean" for a `--set` key that is not in the schema.
    static func keyPaths(cycles: [String]) -> [TOMLPath] {
        let tables = ["scenario": scenario, "product": product, "mold": mold, "window": window,
                      "analysis": analysis, "decision": decision, "life": life,
                      "value_of_information": valueOfInformation]
        var paths: [TOMLPath] = []
        for section in root {
            guard section == "cycles" else {
                paths += (tables[section] ?? []).map { TOMLPath.root.key(section).key($0) }
                continue
            }
            for name in cycles {
                let cyclePath = TOMLPath.cycle(name)
                paths += cycle.map { cyclePath.key($0) } + demand.map { cyclePath.key("demand").key($0) }
            }
        }
        return paths
    }

    /// Defaults of the optional keys.
    enum Defaults {
        static let trials: Int64 = 100_000
        static let trialsRange = ScenarioRanges.trials
        static let seed: UInt64 = 1
        static let salvageValue = 0.0
        static let seasonDays = 30.0
        static let peakShare = 0.0
        static let reworkProbability = 0.0
        static let fixedCost = 0.0
        static let driftPer30Days = 0.0
        static let prior = 1.0
        /// `analysis.stock_levels` default: the product's stock times these, rounded to whole units.
        static let stockMultiples = [0.25, 0.5, 0.75, 1, 1.25, 1.5]
        /// `analysis.stock_range` default: the product's stock times these (DESIGN §8.4).
        static let stockRangeMultiples = (low: 0.05, high: 3.0)
        static let maxLossProbability = 0.2
        static let discountPerSeason = 0.0
    }
}
