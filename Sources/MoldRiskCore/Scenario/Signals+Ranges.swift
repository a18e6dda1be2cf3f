extension Signals {
    /// The prior a scenario's `prior_alpha` and `prior_beta` default to (DESIGN §2: 1 and 1, uniform).
    package static var defaultPrior: Double { ScenarioSchema.Defaults.prior }
    /// The largest `prior_alpha` or `prior_beta` a scenario accepts.
    package static var largestPrior: Double { ScenarioRanges.prior.upper }
    /// The largest test listing `impressions` and `orders` a scenario accepts.
    package static var largestImpressions: Double { ScenarioRanges.impressions.upper }
    package static var largestOrders: Double { ScenarioRanges.orders.upper }
}
