import MoldRiskCore

/// The go / no-go rule against the factory head's tolerance `decision.max_loss_probability`
/// (DESIGN §8.4), on each cycle's stock decision (`StockDecision`, judged on the NPV with `[life]`):
///
/// - among the cycles with a recommended stock (the best stock whose P(loss) is within the tolerance
///   and whose expected value is positive), the one with the highest expected value there is named:
///   **GO** at that stock when it is the planned stock or larger (within the search's resolution),
///   **GO AT A SMALLER STOCK** when it is smaller;
/// - **NO-GO** when no cycle has one; the cycle with the highest expected value at the planned
///   stock is named, and the reason holds it (and, when nearer to passing, the closest tabulated
///   point at a smaller stock) to say how far it misses.
///
/// File order never decides: candidates are ordered by expected value, then by name. The cycle
/// named is compared with the runner-up in words (`CycleChoice`), a tie within noise said as such.
/// The verdict is marginal when the Wilson 95 % interval of P(loss) at the chosen point contains
/// the tolerance: more trials could move P(loss) to the other side.
enum VerdictRule {
    /// The verdict, with what would change it (`toGo(decision, cycle)`, asked once the rule has
    /// chosen; `ToGo.analyse` gives nil on GO). `comparisons`: the run's paired cycle differences at
    /// the planned stock (empty when the verdict judges the NPV, which they do not measure).
    static func decide(cycles: [CycleResult], plannedStock: Double, tolerance: Double, trials: Int,
                       comparisons: [CycleComparison] = [], intervalQuantile: Double = ConfidenceInterval.z95,
                       toGo: (Verdict.Decision, _ cycle: String) -> ToGo? = { _, _ in nil }) -> Verdict {
        let decisions = cycles.map { cycle in
            cycle.stockDecision ?? {
                var tabulated = StockDecision.tabulated(cycle.stockCurve, tolerance: tolerance)
                tabulated.intervalQuantile = intervalQuantile
                return tabulated
            }()
        }
        func plannedPoint(_ k: Int) -> StockPoint {
            cycles[k].stockCurve.first { $0.stock == plannedStock } ?? cycles[k].stockCurve[0]
        }
        let passing = cycles.indices.compactMap { k in decisions[k].recommended.map { (k, $0) } }
        if let (k, chosen) = passing.max(by: { ranked(($0.1.expectedValue, cycles[$0.0].name), below: ($1.1.expectedValue, cycles[$1.0].name)) }) {
            let point = VerdictPoint(cycle: cycles[k].name, chosen)
            let resolution = decisions[k].resolution
            let smaller = chosen.stock < plannedStock - resolution / 2
            let runnerUp = passing.filter { $0.0 != k }
                .max { ranked(($0.1.expectedValue, cycles[$0.0].name), below: ($1.1.expectedValue, cycles[$1.0].name)) }
            let choice = runnerUp.map { other, value in
                CycleChoice(chosen: point, other: VerdictPoint(cycle: cycles[other].name, value),
                            chosenSE: chosen.se, otherSE: value.se, paired: nil,
                            quantile: max(decisions[k].intervalQuantile, decisions[other].intervalQuantile))
            }
            let n = decisions[k].trials > 0 ? decisions[k].trials : trials
            let interval = ConfidenceInterval.wilson(successes: Int((chosen.probabilityOfLoss * Double(n)).rounded()), trials: n)
            let decision: Verdict.Decision = smaller ? .goAtSmallerStock : .go
            let reason: VerdictReason
            if smaller {
                // The chosen cycle's own planned point when it passes too (a smaller stock earns more),
                // else the planned point nearest to passing.
                let own = plannedPoint(k)
                let lowest = passes(probabilityOfLoss: own.probabilityOfLoss, expectedValue: own.expectedValue,
                                    tolerance: tolerance)
                    ? k : cycles.indices.min { closer(plannedPoint($0), than: plannedPoint($1), $0, $1, cycles) }!
                reason = .passesAtSmallerStock(chosen: point,
                                               lowestAtPlanned: VerdictPoint(cycle: cycles[lowest].name, plannedPoint(lowest)),
                                               plannedStock: plannedStock, tolerance: tolerance)
            } else {
                reason = .passesAtPlannedStock(chosen: point, tolerance: tolerance)
            }
            var verdict = Verdict(cycle: cycles[k].name, decision: decision, stock: chosen.stock, reason: reason,
                                  isMarginal: interval.lower <= tolerance && tolerance <= interval.upper,
                                  toGo: toGo(decision, cycles[k].name))
            verdict.choice = choice
            return verdict
        }
        // NO-GO: the highest expected value at the planned stock.
        let order = cycles.indices.sorted {
            ranked((plannedPoint($1).expectedValue, cycles[$1].name), below: (plannedPoint($0).expectedValue, cycles[$0].name))
        }
        let named = order[0]
        let point = plannedPoint(named)
        var closestSmaller: VerdictPoint?
        let smaller = cycles.flatMap { c in c.stockCurve.filter { $0.stock < plannedStock }.map { (c.name, $0) } }
        if let (name, nearest) = smaller.min(by: { closer($0.1, than: $1.1) || ($0.1 == $1.1 && $0.0 < $1.0) }),
           closer(nearest, than: point) {
            closestSmaller = VerdictPoint(cycle: name, nearest)
        }
        let reason = VerdictReason.failsEverywhere(closest: VerdictPoint(cycle: cycles[named].name, point),
                                                   closestSmaller: closestSmaller, plannedStock: plannedStock,
                                                   tolerance: tolerance)
        let interval = point.probabilityOfLossCI
        var verdict = Verdict(cycle: cycles[named].name, decision: .noGo, stock: plannedStock, reason: reason,
                              isMarginal: interval.lower <= tolerance && tolerance <= interval.upper,
                              toGo: toGo(.noGo, cycles[named].name))
        if order.count > 1 {
            let other = order[1]
            let otherPoint = plannedPoint(other)
            let paired = comparisons.first { Set([$0.from, $0.to]) == Set([cycles[named].name, cycles[other].name]) }
                .map { c in c.to == cycles[named].name ? c.ci : ClosedInterval(lower: -c.ci.upper, upper: -c.ci.lower) }
            verdict.choice = CycleChoice(chosen: VerdictPoint(cycle: cycles[named].name, point),
                                         other: VerdictPoint(cycle: cycles[other].name, otherPoint),
                                         chosenSE: point.expectedValueSE, otherSE: otherPoint.expectedValueSE,
                                         paired: paired, quantile: intervalQuantile)
        }
        return verdict
    }

    /// True when (value, name) ranks below the other: a lower expected value, or on an exact tie the
    /// later name (so the earlier name wins; never the file's order).
    static func ranked(_ a: (Double, String), below b: (Double, String)) -> Bool {
        a.0 != b.0 ? a.0 < b.0 : a.1 > b.1
    }

    /// The rule a (cycle, stock) point must pass for GO: P(loss) within the tolerance and a positive
    /// expected value (season 1's profit, or the NPV with `[life]`). The verdict, the stock search
    /// and the lead search of `to_go` all use it.
    static func passes(probabilityOfLoss: Double, expectedValue: Double, tolerance: Double) -> Bool {
        probabilityOfLoss <= tolerance && expectedValue > 0
    }

    /// Nearer to passing: the lower P(loss), then the higher expected profit.
    static func closer(_ a: StockPoint, than b: StockPoint) -> Bool {
        a.probabilityOfLoss != b.probabilityOfLoss ? a.probabilityOfLoss < b.probabilityOfLoss
            : a.expectedValue > b.expectedValue
    }

    /// `closer` between two cycles' points, the earlier name on a full tie.
    private static func closer(_ a: StockPoint, than b: StockPoint, _ i: Int, _ j: Int, _ cycles: [CycleResult]) -> Bool {
        closer(a, than: b) || (!closer(b, than: a) && cycles[i].name < cycles[j].name)
    }
}

/// The cycle the verdict names beside the runner-up: how much better its expected value is, and
/// whether that difference is within the simulation's noise (DESIGN §8.4: "both lose with
/// certainty; traditional loses ¥17,800 less").
package struct CycleChoice: Sendable, Equatable {
    /// The cycle named, at the stock the verdict judged it.
    package var chosen: VerdictPoint
    /// The runner-up, at its own stock.
    package var other: VerdictPoint
    /// chosen − other expected value (≥ 0).
    package var difference: Double
    /// 95 % interval of the difference: paired (common random numbers) when the two are compared
    /// at the planned stock in the run, else from the two standard errors as if independent
    /// (wider: the pairing would only narrow it).
    package var interval: ClosedInterval

    /// `quantile`: what a 95 % interval on the two standard errors takes (`RunAnalysis.intervalQuantile`).
    init(chosen: VerdictPoint, other: VerdictPoint, chosenSE: Double, otherSE: Double, paired: ClosedInterval?,
         quantile: Double) {
        self.chosen = chosen
        self.other = other
        difference = chosen.expectedValue - other.expectedValue
        interval = paired ?? ConfidenceInterval.normal(mean: difference,
                                                       standardError: (chosenSE * chosenSE + otherSE * otherSE).squareRoot(),
                                                       z: quantile)
    }

    /// True when the interval holds 0: the two are level within noise.
    package var withinNoise: Bool { interval.lower <= 0 && 0 <= interval.upper }
    /// True when both lose money in every trial.
    package var bothAlwaysLose: Bool { chosen.probabilityOfLoss >= 1 && other.probabilityOfLoss >= 1 }
}
