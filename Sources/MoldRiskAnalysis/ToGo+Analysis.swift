import MoldRiskCore

extension ToGo {
    /// The mold quote and the stock range of a verdict that is not GO, from each cycle's value
    /// before the mold cost (`ValueBeforeMold`: profit, or NPV with `[life]`), and the lead `lead`
    /// finds for the verdict's cycle (`LeadSearch`, which re-runs the engine; called only when the
    /// verdict is not GO); nil on GO.
    static func analyse(decision: Verdict.Decision, cycle: String, cycles: [CycleResult], beforeMold: ValueBeforeMold,
                        tolerance: Double, lead: (_ cycle: String) -> LeadNeeded? = { _ in nil }) -> ToGo? {
        guard decision != .go else { return nil }
        let quotes = cycles.indices.compactMap { k in
            moldQuote(cycle: cycles[k].name, beforeMold: beforeMold.moments[k], sketch: beforeMold.sketches[k],
                      trials: beforeMold.trials, tolerance: tolerance)
        }
        // The stocks within tolerance are the stock decision's (the search's, DESIGN §8.4).
        let range = cycles.first { $0.name == cycle }?.stockDecision?.withinTolerance
        return ToGo(cycle: cycle, moldQuote: quotes.max { $0.value < $1.value }, lead: lead(cycle),
                    stockWithinTolerance: range)
    }

    /// One cycle's highest firm mold quote (see `MoldQuote`); nil when no positive quote passes.
    static func moldQuote(cycle: String, beforeMold: Moments, sketch: ValueSketch, trials n: Int,
                          tolerance: Double) -> MoldQuote? {
        guard n > 0, sketch.count == UInt64(n), tolerance.isFinite, beforeMold.mean.isFinite else { return nil }
        let allowed = allowedLosses(trials: n, tolerance: tolerance)
        // P(loss) ≤ tolerance while at most `allowed` trials earn below the quote before the mold.
        let lossLimit = allowed >= n ? Double.infinity : sketch.values(atRanks: [UInt64(allowed + 1)])[0]
        let value = min(lossLimit, beforeMold.mean)
        guard value.isFinite, value > 0 else { return nil }
        return MoldQuote(value: value, cycle: cycle, limitedByExpectedProfit: beforeMold.mean <= lossLimit)
    }

    /// The most losing trials out of n that keep P(loss) = losses / n within the tolerance, as the
    /// verdict computes it.
    static func allowedLosses(trials n: Int, tolerance: Double) -> Int {
        guard tolerance > 0 else { return 0 }
        guard tolerance < 1 else { return n }
        var t = Int((tolerance * Double(n)).rounded(.down))
        while t < n && Double(t + 1) / Double(n) <= tolerance { t += 1 }
        while t > 0 && Double(t) / Double(n) > tolerance { t -= 1 }
        return t
    }
}

/// Each cycle's value before the mold cost at the planned stock over a run's trials, as the
/// verdict judges it: season 1's profit, or with `[life]` the NPV over the mold's life
/// (`LifeAnalysis.valueBeforeMold`). The firm mold quote is read from it.
package struct ValueBeforeMold: Sendable {
    /// Per cycle, the value's moments.
    package var moments: [Moments]
    /// Per cycle, the value's sketch (its order statistics).
    package var sketches: [ValueSketch]
    /// Trials run.
    package var trials: Int
}
