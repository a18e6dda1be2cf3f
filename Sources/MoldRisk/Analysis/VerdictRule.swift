/// The go / no-go rule against the factory head's tolerance `decision.max_loss_probability`:
///
/// - **GO** when at least one cycle at the planned stock has P(loss) ≤ tolerance and a positive
///   expected profit; the cycle with the highest expected profit among them is chosen.
/// - **GO AT A SMALLER STOCK** otherwise, when some cycle at an evaluated stock below the plan has
///   P(loss) ≤ tolerance and a positive expected profit; the (cycle, stock) with the highest
///   expected profit among them is chosen.
/// - **NO-GO** otherwise; the cycle with the lowest P(loss) at the planned stock is named, and the
///   reason says how far it (and, when nearer, the closest point at a smaller stock) misses.
///
/// The verdict is marginal when the Wilson 95 % interval of P(loss) at the chosen point contains
/// the tolerance: more trials could move P(loss) to the other side.
enum VerdictRule {
    struct Candidate {
        let cycle: String
        let point: StockPoint
        let interval: ClosedInterval
    }

    static func decide(cycles: [CycleResult], plannedStock: Double,
                       tolerance: Double) -> Verdict {
        func candidates(_ include: (StockPoint) -> Bool) -> [Candidate] {
            cycles.indices.flatMap { k in
                cycles[k].stockCurve.indices.compactMap { j in
                    let point = cycles[k].stockCurve[j]
                    guard include(point), passes(probabilityOfLoss: point.probabilityOfLoss, expectedProfit: point.expectedProfit,
                                                tolerance: tolerance) else { return nil }
                    return Candidate(cycle: cycles[k].name, point: point, interval: point.probabilityOfLossCI)
                }
            }
        }
        let tol = Fmt.percent(tolerance)
        if let best = candidates({ $0.stock == plannedStock }).max(by: { $0.point.expectedProfit < $1.point.expectedProfit }) {
            let p = best.point
            return Verdict(
                cycle: best.cycle, decision: .go, stock: plannedStock,
                reason: "With \(best.cycle) at the planned \(Fmt.units(plannedStock)) units, P(loss) is "
                    + "\(Fmt.percent(p.probabilityOfLoss)), within the \(tol) tolerance, and expected profit is "
                    + "\(Fmt.money(p.expectedProfit)).",
                isMarginal: best.interval.lower <= tolerance && tolerance <= best.interval.upper)
        }
        let plannedLoss = cycles.map { c in c.stockCurve.first { $0.stock == plannedStock }!.probabilityOfLoss }
        let closest = plannedLoss.indices.min { plannedLoss[$0] < plannedLoss[$1] }!
        if let best = candidates({ $0.stock < plannedStock }).max(by: { $0.point.expectedProfit < $1.point.expectedProfit }) {
            let p = best.point
            return Verdict(
                cycle: best.cycle, decision: .goAtSmallerStock, stock: p.stock,
                reason: "At the planned \(Fmt.units(plannedStock)) units no cycle keeps P(loss) within the "
                    + "\(tol) tolerance (lowest: \(Fmt.percent(plannedLoss[closest])), \(cycles[closest].name)). "
                    + "With \(best.cycle) at \(Fmt.units(p.stock)) units, P(loss) is "
                    + "\(Fmt.percent(p.probabilityOfLoss)) and expected profit is \(Fmt.money(p.expectedProfit)).",
                isMarginal: best.interval.lower <= tolerance && tolerance <= best.interval.upper)
        }
        let point = cycles[closest].stockCurve.first { $0.stock == plannedStock }!
        let interval = point.probabilityOfLossCI
        var reason = "No cycle keeps P(loss) within the \(tol) tolerance with a positive expected profit, at the "
            + "planned \(Fmt.units(plannedStock)) units or any smaller evaluated stock. Closest at the planned stock: "
            + "\(cycles[closest].name), \(shortfall(point, tolerance: tolerance))."
        let smaller = cycles.flatMap { c in c.stockCurve.filter { $0.stock < plannedStock }.map { (c.name, $0) } }
        if let (name, nearest) = smaller.min(by: { closer($0.1, than: $1.1) }), closer(nearest, than: point) {
            reason += " Closest at a smaller stock: \(name) at \(Fmt.units(nearest.stock)) units, "
                + "\(shortfall(nearest, tolerance: tolerance))."
        }
        return Verdict(cycle: cycles[closest].name, decision: .noGo, stock: plannedStock, reason: reason,
                       isMarginal: interval.lower <= tolerance && tolerance <= interval.upper)
    }

    /// The rule a (cycle, stock) point must pass for GO: P(loss) within the tolerance and a positive
    /// expected profit. The verdict, the stock range and the lead search of `to_go` all use it.
    static func passes(probabilityOfLoss: Double, expectedProfit: Double, tolerance: Double) -> Bool {
        probabilityOfLoss <= tolerance && expectedProfit > 0
    }

    /// Why a point fails the rule, in plain words: how far P(loss) is above the tolerance, or that
    /// expected profit is not positive.
    static func shortfall(_ p: StockPoint, tolerance: Double) -> String {
        let loss = "P(loss) \(Fmt.percent(p.probabilityOfLoss))"
        let profit = "expected profit \(Fmt.money(p.expectedProfit))"
        guard p.probabilityOfLoss > tolerance else {
            return "\(loss) is within the tolerance but \(profit) is not positive"
        }
        let above = "\(loss), \(Fmt.fixed((p.probabilityOfLoss - tolerance) * 100, places: 1)) percentage points "
            + "above the tolerance"
        return p.expectedProfit > 0 ? "\(above) (\(profit))" : "\(above), and \(profit) is not positive"
    }

    /// Nearer to passing: the lower P(loss), then the higher expected profit.
    static func closer(_ a: StockPoint, than b: StockPoint) -> Bool {
        a.probabilityOfLoss != b.probabilityOfLoss ? a.probabilityOfLoss < b.probabilityOfLoss
            : a.expectedProfit > b.expectedProfit
    }
}
