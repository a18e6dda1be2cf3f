import MoldRiskAnalysis
import MoldRiskCore

/// Which way a point named in the verdict's reason fails the rule; every `ReportStrings` words
/// the same cases (`shortfall`).
extension ReportWording {
    enum Shortfall: Equatable {
        /// P(loss) is within the tolerance, but expected profit is not positive.
        case profitNotPositive
        /// P(loss) is `points` percentage points above the tolerance.
        case above(points: Double, profitPositive: Bool)

        init(_ p: VerdictPoint, tolerance: Double) {
            self = p.probabilityOfLoss > tolerance
                ? .above(points: (p.probabilityOfLoss - tolerance) * 100, profitPositive: p.expectedValue > 0)
                : .profitNotPositive
        }
    }
}
