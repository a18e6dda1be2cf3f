import MoldRiskCore

/// The mold's life figures of one cycle (DESIGN §8.1), one point per evaluated stock level, on
/// the same trials as every other figure.
package struct LifeResult: Sendable, Equatable {
    /// Seasons, the first included.
    package var seasons: Int
    /// One point per evaluated stock level, ascending (as `CycleResult.stockCurve`).
    package var points: [LifeStockPoint]
    /// Index of the planned stock in `points`.
    package var plannedIndex: Int
    /// Wilson 95 % interval of P(NPV < 0) at the planned stock.
    package var probabilityOfLossCI: ClosedInterval
    /// The table's marks (DESIGN §8.4), judged on the NPV: the best level, the run of levels within
    /// the tolerance around the recommended one, and the recommended level (`StockSearch.marks`).
    package var marks: StockDecision

    /// The planned stock's point.
    package var planned: LifeStockPoint { points[plannedIndex] }

    package init(seasons: Int, points: [LifeStockPoint], plannedIndex: Int, probabilityOfLossCI: ClosedInterval,
                 tolerance: Double, trials: Int) {
        self.seasons = seasons
        self.points = points
        self.plannedIndex = plannedIndex
        self.probabilityOfLossCI = probabilityOfLossCI
        marks = StockSearch.marks(points.map {
            StockValue(stock: $0.stock, expectedValue: $0.mean, se: $0.se, probabilityOfLoss: $0.probabilityOfLoss)
        }, tolerance: tolerance, trials: trials)
    }
}

/// The life of one cycle at one stock level: the NPV's distribution, when it pays back and what
/// each season earns.
package struct LifeStockPoint: Sendable, Equatable {
    package var stock: Double
    /// Mean NPV, yuan.
    package var mean: Double
    /// Standard error of `mean`, sd / √trials.
    package var se: Double
    package var p5: Double
    package var p50: Double
    package var p95: Double
    /// P(NPV < 0).
    package var probabilityOfLoss: Double
    /// Wilson 95 % interval of `probabilityOfLoss`.
    package var probabilityOfLossCI: ClosedInterval
    /// Entry k − 1: P(paid back by season k), the share of trials whose discounted cumulative
    /// profit is ≥ 0 at some season ≤ k; non-decreasing.
    package var paidBackBySeason: [Double]
    /// Entry k − 1: expected profit of season k, undiscounted (season 1 is DESIGN §1's profit).
    package var expectedProfitBySeason: [Double]

    package init(stock: Double, mean: Double, se: Double, p5: Double, p50: Double, p95: Double,
                 probabilityOfLoss: Double, probabilityOfLossCI: ClosedInterval, paidBackBySeason: [Double],
                 expectedProfitBySeason: [Double]) {
        self.stock = stock
        self.mean = mean
        self.se = se
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
        self.probabilityOfLoss = probabilityOfLoss
        self.probabilityOfLossCI = probabilityOfLossCI
        self.paidBackBySeason = paidBackBySeason
        self.expectedProfitBySeason = expectedProfitBySeason
    }

    /// The first season by which at least half the trials have paid back, or nil.
    package var medianPaybackSeason: Int? {
        paidBackBySeason.firstIndex { $0 >= 0.5 }.map { $0 + 1 }
    }
}
