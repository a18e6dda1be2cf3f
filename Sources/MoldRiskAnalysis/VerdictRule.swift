import MoldRiskCore

/// The go / no-go rule against the factory head's tolerance `decision.max_loss_probability`:
///
/// - **GO** when at least one cycle at the planned stock has P(loss) ≤ tolerance and a positive
///   expected profit; the cycle with the highest expected profit among them is chosen.
/// - **GO AT A SMALLER STOCK** otherwise, when some cycle at an evaluated stock below the plan has
///   P(loss) ≤ tolerance and a positive expected profit; the (cycle, stock) with the highest
///   expected profit among them is chosen.
/// - **NO-GO** otherwise; the cycle with the lowest P(loss) at the planned stock is named, and the
///   reason holds it (and, when nearer, the closest point at a smaller stock) to say how far it misses.
///
/// The verdict is marginal when the Wilson 95 % interval of P(loss) at the chosen point contains
/// the tolerance: more trials could move P(loss) to the other side.
enum VerdictRule {
    struct Candidate {
        let cycle: String
        let point: StockPoint
        var interval: ClosedInterval { point.probabilityOfLossCI }
    }

    /// The verdict, with what would change it (`toGo(decision, cycle)`, asked once the rule has
    /// chosen; `ToGo.analyse` gives nil on GO).
    static func decide(cycles: [CycleResult], plannedStock: Double, tolerance: Double,
                       toGo: (Verdict.Decision, _ cycle: String) -> ToGo? = { _, _ in nil }) -> Verdict {
        func candidates(_ include: (StockPoint) -> Bool) -> [Candidate] {
            cycles.indices.flatMap { k in
                cycles[k].stockCurve.indices.compactMap { j in
                    let point = cycles[k].stockCurve[j]
                    guard include(point), passes(probabilityOfLoss: point.probabilityOfLoss, expectedProfit: point.expectedProfit,
                                                tolerance: tolerance) else { return nil }
                    return Candidate(cycle: cycles[k].name, point: point)
                }
            }
        }
        if let best = candidates({ $0.stock == plannedStock }).max(by: { $0.point.expectedProfit < $1.point.expectedProfit }) {
            let p = best.point
            return Verdict(
                cycle: best.cycle, decision: .go, stock: plannedStock,
                reason: .passesAtPlannedStock(chosen: VerdictPoint(cycle: best.cycle, p), tolerance: tolerance),
                isMarginal: best.interval.lower <= tolerance && tolerance <= best.interval.upper,
                toGo: toGo(.go, best.cycle))
        }
        func plannedPoint(_ k: Int) -> StockPoint { cycles[k].stockCurve.first { $0.stock == plannedStock }! }
        let plannedLoss = cycles.indices.map { plannedPoint($0).probabilityOfLoss }
        let closest = plannedLoss.indices.min { plannedLoss[$0] < plannedLoss[$1] }!
        if let best = candidates({ $0.stock < plannedStock }).max(by: { $0.point.expectedProfit < $1.point.expectedProfit }) {
            let p = best.point
            return Verdict(
                cycle: best.cycle, decision: .goAtSmallerStock, stock: p.stock,
                reason: .passesAtSmallerStock(chosen: VerdictPoint(cycle: best.cycle, p),
                                              lowestAtPlanned: VerdictPoint(cycle: cycles[closest].name, plannedPoint(closest)),
                                              plannedStock: plannedStock, tolerance: tolerance),
                isMarginal: best.interval.lower <= tolerance && tolerance <= best.interval.upper,
                toGo: toGo(.goAtSmallerStock, best.cycle))
        }
        let point = plannedPoint(closest)
        let interval = point.probabilityOfLossCI
        var closestSmaller: VerdictPoint?
        let smaller = cycles.flatMap { c in c.stockCurve.filter { $0.stock < plannedStock }.map { (c.name, $0) } }
        if let (name, nearest) = smaller.min(by: { closer($0.1, than: $1.1) }), closer(nearest, than: point) {
            closestSmaller = VerdictPoint(cycle: name, nearest)
        }
        let reason = VerdictReason.failsEverywhere(closest: VerdictPoint(cycle: cycles[closest].name, point),
                                                   closestSmaller: closestSmaller, plannedStock: plannedStock,
                                                   tolerance: tolerance)
        return Verdict(cycle: cycles[closest].name, decision: .noGo, stock: plannedStock, reason: reason,
                       isMarginal: interval.lower <= tolerance && tolerance <= interval.upper,
                       toGo: toGo(.noGo, cycles[closest].name))
    }

    /// The rule a (cycle, stock) point must pass for GO: P(loss) within the tolerance and a positive
    /// expected profit. The verdict, the stock range and the lead search of `to_go` all use it.
    static func passes(probabilityOfLoss: Double, expectedProfit: Double, tolerance: Double) -> Bool {
        probabilityOfLoss <= tolerance && expectedProfit > 0
    }

    /// Nearer to passing: the lower P(loss), then the higher expected profit.
    static func closer(_ a: StockPoint, than b: StockPoint) -> Bool {
        a.probabilityOfLoss != b.probabilityOfLoss ? a.probabilityOfLoss < b.probabilityOfLoss
            : a.expectedProfit > b.expectedProfit
    }
}
