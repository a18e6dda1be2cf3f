/// The valid variants of a validated scenario that the analysis re-runs (the tornado, the lead
/// search). Fields of a `Scenario` can only be set inside this module, so every scenario another
/// layer holds came through validation or through one of these.
extension Scenario {
    /// The same scenario evaluated at its planned stock alone (`analysis.stock_levels` dropped).
    package var atPlannedStockOnly: Scenario {
        var scenario = self
        scenario.stockLevels = [product.stock]
        return scenario
    }

    /// The same scenario evaluated at `stocks` (and, as always, the planned stock) instead of
    /// `analysis.stock_levels`: the stock search's levels (each ≥ 1, finite).
    package func evaluating(stocks: [Double]) -> Scenario {
        var scenario = self
        scenario.stockLevels = Array(Set(stocks.filter { $0.isFinite && $0 >= 1 })).sorted()
        return scenario
    }

    /// The same scenario with cycle `k` committing `days` (a whole, non-negative number of days,
    /// within `ScenarioRanges`) before the window.
    package func committing(cycle k: Int, daysBeforeWindow days: Int) -> Scenario {
        var scenario = self
        scenario.cycles[k].commitDaysBeforeWindow = Double(days)
        return scenario
    }
}

extension Scenario {
    /// The same scenario evaluated at `stock` alone (with the planned stock, which a plan always
    /// evaluates): what a paired re-run of one decision needs.
    package func evaluating(stock: Double) -> Scenario {
        var scenario = self
        scenario.stockLevels = [stock]
        return scenario
    }
}
