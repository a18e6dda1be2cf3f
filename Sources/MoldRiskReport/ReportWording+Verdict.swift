import MoldRiskAnalysis
import MoldRiskCore

/// The verdict's reason in words (`VerdictReason` holds only the figures).
extension ReportWording {
    /// One or two plain sentences a factory head can act on.
    static func verdictReason(_ reason: VerdictReason) -> String {
        switch reason {
        case let .passesAtPlannedStock(p, tolerance):
            return "With \(p.cycle) at the planned \(Fmt.units(p.stock)) units, P(loss) is "
                + "\(Fmt.percent(p.probabilityOfLoss)), within the \(Fmt.percent(tolerance)) tolerance, and expected profit is "
                + "\(Fmt.money(p.expectedProfit))."
        case let .passesAtSmallerStock(p, lowest, plannedStock, tolerance):
            return "At the planned \(Fmt.units(plannedStock)) units no cycle keeps P(loss) within the "
                + "\(Fmt.percent(tolerance)) tolerance (lowest: \(Fmt.percent(lowest.probabilityOfLoss)), \(lowest.cycle)). "
                + "With \(p.cycle) at \(Fmt.units(p.stock)) units, P(loss) is "
                + "\(Fmt.percent(p.probabilityOfLoss)) and expected profit is \(Fmt.money(p.expectedProfit))."
        case let .failsEverywhere(closest, smaller, plannedStock, tolerance):
            var text = "No cycle keeps P(loss) within the \(Fmt.percent(tolerance)) tolerance with a positive expected profit, at the "
                + "planned \(Fmt.units(plannedStock)) units or any smaller evaluated stock. Closest at the planned stock: "
                + "\(closest.cycle), \(shortfall(closest, tolerance: tolerance))."
            if let smaller {
                text += " Closest at a smaller stock: \(smaller.cycle) at \(Fmt.units(smaller.stock)) units, "
                    + "\(shortfall(smaller, tolerance: tolerance))."
            }
            return text
        }
    }

    /// Why a point fails the rule, in plain words: how far P(loss) is above the tolerance, or that
    /// expected profit is not positive.
    static func shortfall(_ p: VerdictPoint, tolerance: Double) -> String {
        let loss = "P(loss) \(Fmt.percent(p.probabilityOfLoss))"
        let profit = "expected profit \(Fmt.money(p.expectedProfit))"
        guard p.probabilityOfLoss > tolerance else {
            return "\(loss) is within the tolerance but \(profit) is not positive"
        }
        let above = "\(loss), \(Fmt.fixed((p.probabilityOfLoss - tolerance) * 100, places: 1)) percentage points "
            + "above the tolerance"
        return p.expectedProfit > 0 ? "\(above) (\(profit))" : "\(above), and \(profit) is not positive"
    }
}
