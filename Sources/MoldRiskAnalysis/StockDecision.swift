import MoldRiskCore

/// One stock level as the decision judges it: the expected value (season-1 profit, or the NPV
/// over the mold's life with `[life]`), its standard error and P(loss) (P(NPV < 0) with `[life]`).
package struct StockValue: Sendable, Equatable {
    package var stock: Double
    package var expectedValue: Double
    package var se: Double
    package var probabilityOfLoss: Double

    package init(stock: Double, expectedValue: Double, se: Double, probabilityOfLoss: Double) {
        self.stock = stock
        self.expectedValue = expectedValue
        self.se = se
        self.probabilityOfLoss = probabilityOfLoss
    }

    /// True when the level passes the verdict's rule (`VerdictRule.passes`).
    func passes(tolerance: Double) -> Bool {
        VerdictRule.passes(probabilityOfLoss: probabilityOfLoss, expectedValue: expectedValue, tolerance: tolerance)
    }
}

/// Which stock to make for one cycle (DESIGN §8.4), found by `StockSearch` over
/// `analysis.stock_range` rather than read off the tabulated levels: the best stock, the range
/// within the tolerance around the recommended stock, and the recommended stock (the best within
/// the tolerance), judged on the verdict's value (the NPV with `[life]`). JSON `stock_decision`.
package struct StockDecision: Sendable, Equatable {
    /// The stock with the highest expected value found in the range.
    package var best: StockValue
    /// The stocks around the recommended one that pass the verdict's rule (P(loss) within the
    /// tolerance and a positive expected value), edges found to the resolution; nil when none does.
    package var withinTolerance: ClosedInterval?
    /// The best stock within `withinTolerance`; nil when no stock passes.
    package var recommended: StockValue?
    /// True when `best` lies within the resolution of a bound of the searched range (a stock
    /// beyond it may earn more).
    package var bestAtRangeBound: Bool
    /// The range searched (`analysis.stock_range`).
    package var searched: ClosedInterval
    /// The resolution the refinement reached its answers to (0.5 % of the planned stock).
    package var resolution: Double
    /// Trials each stock level was evaluated on; 0 when the decision was read off the tabulated
    /// levels (no search run, as when the analysis is called without the engine).
    package var trials: Int
    /// Stock levels evaluated (the coarse grid, the refinement rounds and the final comparison).
    package var evaluations: Int
    /// The quantile a 95 % interval on these standard errors takes (`RunAnalysis.intervalQuantile`:
    /// Student's t when they come from ten or more chunk means, else 1.96).
    package var intervalQuantile = ConfidenceInterval.z95

    package init(best: StockValue, withinTolerance: ClosedInterval?, recommended: StockValue?, bestAtRangeBound: Bool,
                 searched: ClosedInterval, resolution: Double, trials: Int, evaluations: Int) {
        self.best = best
        self.withinTolerance = withinTolerance
        self.recommended = recommended
        self.bestAtRangeBound = bestAtRangeBound
        self.searched = searched
        self.resolution = resolution
        self.trials = trials
        self.evaluations = evaluations
    }

    /// True when the best stock sits at the range's lower bound (else at its upper bound, when
    /// `bestAtRangeBound`).
    package var bestAtLowerBound: Bool {
        bestAtRangeBound && abs(best.stock - searched.lower) <= abs(best.stock - searched.upper)
    }

    /// The decision read off a cycle's tabulated stock curve (the run's own levels): what the
    /// analysis uses when no search was run.
    static func tabulated(_ curve: [StockPoint], tolerance: Double) -> StockDecision {
        let levels = curve.map {
            StockValue(stock: $0.stock, expectedValue: $0.expectedValue, se: $0.expectedValueSE,
                       probabilityOfLoss: $0.probabilityOfLoss)
        }
        return StockSearch.marks(levels, tolerance: tolerance, trials: 0)
    }
}
