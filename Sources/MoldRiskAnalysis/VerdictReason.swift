import MoldRiskCore

/// Why the verdict is what it is, as the figures behind it; Report words it
/// (`ReportStrings.verdictReason`, one wording per language), so the analysis holds no sentence and another language
/// needs only another wording.
package enum VerdictReason: Sendable, Equatable {
    /// GO: `chosen` passes at the planned stock.
    case passesAtPlannedStock(chosen: VerdictPoint, tolerance: Double)
    /// GO AT A SMALLER STOCK: `chosen` passes at its smaller stock with the highest expected value.
    /// `lowestAtPlanned` is the chosen cycle at `plannedStock` when it passes there too (the smaller
    /// stock earns more), else the planned point nearest to passing (no cycle passes there).
    case passesAtSmallerStock(chosen: VerdictPoint, lowestAtPlanned: VerdictPoint, plannedStock: Double,
                              tolerance: Double)
    /// NO-GO: nothing passes at `plannedStock` or below. `closest` is the nearest to passing at
    /// the planned stock; `closestSmaller` the nearest at a smaller stock when it is nearer still.
    case failsEverywhere(closest: VerdictPoint, closestSmaller: VerdictPoint?, plannedStock: Double,
                         tolerance: Double)
}

/// One (cycle, stock) point named in a verdict's reason, with the figures the rule looked at:
/// season 1's profit, or with `[life]` the NPV over the mold's life (what the verdict judges).
package struct VerdictPoint: Sendable, Equatable {
    package var cycle: String
    package var stock: Double
    package var probabilityOfLoss: Double
    /// Expected profit, or expected NPV with `[life]`.
    package var expectedValue: Double

    package init(cycle: String, stock: Double, probabilityOfLoss: Double, expectedValue: Double) {
        self.cycle = cycle
        self.stock = stock
        self.probabilityOfLoss = probabilityOfLoss
        self.expectedValue = expectedValue
    }

    /// The figures of a searched stock of `cycle` (`StockDecision`).
    package init(cycle: String, _ value: StockValue) {
        self.init(cycle: cycle, stock: value.stock, probabilityOfLoss: value.probabilityOfLoss,
                  expectedValue: value.expectedValue)
    }

    /// The figures of `point` on `cycle`'s stock curve.
    package init(cycle: String, _ point: StockPoint) {
        self.init(cycle: cycle, stock: point.stock, probabilityOfLoss: point.probabilityOfLoss,
                  expectedValue: point.expectedValue)
    }
}
