import Dispatch
import MoldRiskCore

/// The preposterior analysis of a further test listing of n impressions for one signals-form
/// cycle (DESIGN §8.2), on common random numbers.
///
/// With the cycle's posterior Beta(α, β), the listing's orders k follow the Beta-binomial(n, α, β)
/// predictive (`BetaBinomialPredictive.points`: every k when few, else strata with their
/// probabilities w_k). For each point the cycle alone is re-run (`SimulationPlan.restricted`) on
/// the base plan's trials and streams with its conversion rate moved to the same quantile of the
/// updated posterior Beta(α + k, β + n − k) (`BetaCoupling`), so every other draw of every trial
/// is unchanged and the runs are paired trial by trial. The other cycles do not depend on k: their
/// expected values are the base run's. With E_k[a] the expected value of choice a after outcome k
/// (the re-run's for the cycle's own stocks, the base run's for the other cycles', 0 for no mold):
///
///     a_k = argmax_a E_k[a],   a_0 = argmax_a Σ_k w_k E_k[a]   (no mold when nothing is above 0)
///     EVSI(n) = Σ_k w_k (E_k[a_k] − E_k[a_0]).
///
/// The baseline a_0 is the best choice under the re-runs' own weighted average (issue 19 item 8),
/// not under the base run: by the law of total expectation the two agree up to the strata's and
/// the coupling tables' approximation, but only the re-runs' own makes every term ≥ 0, so EVSI ≥ 0,
/// exactly 0 when no outcome changes the choice (a_k = a_0 for every k), and at most the perfect
/// information's value on the same re-runs (`perfectBound`: each E_k[a_k] ≤ E_k[max(0, max_a value)]).
///
/// Standard error: with the choices a_k and a_0 held fixed, EVSI is the mean over trials of
/// D_t = Σ_k w_k (value_t(a_k | k) − value_t(a_0 | k)), so its standard error is sd(D)/√trials
/// (the delta method; the noise of picking a_k is left out, which is small where a_k is clearly
/// best and where it is not the values are close).
///
/// The re-runs use every thread: `threads` outcome points at a time, each on one thread (a re-run
/// of at most `ValueOfInformation.maxTrials` trials has only two chunks), combined in point order,
/// so the result is the same for any `threads`.
package struct Preposterior: Sendable {
    /// The outcome points and their weights.
    package var points: [BetaBinomialPredictive.Point]
    /// Per point, the cycle's expected value at each evaluated stock after that outcome.
    package var expected: [[Double]]
    /// The expected value of every cell (`cycle * stockCount + stock`) without the listing, on the same trials.
    package var baseline: [Double]
    /// Per stock, the moments over trials of Σ_k w_k value_t(s | k) − value_t(s): by the law of
    /// total expectation its mean is 0 up to the strata's and the tables' approximation.
    package var totalExpectationGap: [Moments]
    /// Σ_k w_k E_k[a_k] − Σ_k w_k E_k[a_0] (see the type): ≥ 0, 0 when no outcome changes the choice.
    package var evsi: Double
    package var evsiSE: Double
    /// The expected value of perfect information on the same re-runs, Σ_k w_k E_k[max(0, max_a
    /// value_t)] − max(0, max_a Σ_k w_k E_k[a]): EVSI's upper bound (≥ `evsi` up to rounding).
    package var perfectBound: Double
    /// An impossible sampler input met in a re-run (cycle index as in the base plan); nil normally.
    package var fault: TrialFault?

    /// Runs the analysis for cycle `k` of `base` (a signals-form cycle; see
    /// `SimulationPlan.conversionPosterior`), whose trial values are
    /// `baseValues` (`TrialValues(base)`), and a listing of `impressions`; `progress` is called
    /// with each outcome point done.
    package static func run(base: SimulationPlan, baseValues: TrialValues, cycle k: Int, impressions: Int,
                            maxPoints: Int, threads: Int, progress: (@Sendable () -> Void)? = nil) -> Preposterior {
        let stocks = base.stocks.count
        let trials = baseValues.trials
        let cells = baseValues.cells
        let baseline = (0..<cells).map { baseValues.mean(cell: $0) }
        let prior = base.conversionPosterior(ofCycle: k) ?? (alpha: 1, beta: 1)
        let predictive = BetaBinomialPredictive(impressions: impressions, alpha: prior.alpha, beta: prior.beta)
        let points = predictive.points(maxPoints: maxPoints)

        /// The best choice given the cycle's own expected values `own` per stock: nil for no mold.
        func best(own: [Double]) -> (cell: Int, value: Double)? {
            var choice: (cell: Int, value: Double)?
            for cell in 0..<cells {
                let value = cell / stocks == k ? own[cell % stocks] : baseline[cell]
                if value > (choice?.value ?? 0) { choice = (cell, value) }
            }
            return choice
        }

        // Pass 1: re-run each point, `threads` at a time, combined in point order. Kept per trial:
        // mixed[t, s] = Σ_k w_k value_t(s | k) and chosen[t] = Σ_k w_k value_t(a_k | k).
        var expected: [[Double]] = []
        var choices: [(cell: Int, value: Double)?] = []
        var mixed = [Double](repeating: 0, count: trials * stocks)
        var chosen = [Double](repeating: 0, count: trials)
        var fault: TrialFault?
        // Σ_k w_k E_k[max(0, max_a value_t(a | k))]: the perfect information's value on the re-runs.
        var perfect = 0.0
        let otherBest = (0..<trials).map { t in
            (0..<cells).filter { $0 / stocks != k }.reduce(0.0) { max($0, baseValues[trial: t, cell: $1]) }
        }
        let priorLevels = BetaCouplingTable.levels(alpha: prior.alpha, beta: prior.beta)
        let batch = max(1, threads)
        for first in stride(from: 0, to: points.count, by: batch) {
            let group = Array(points[first..<min(points.count, first + batch)])
            let runs = Self.reruns(group, base: base, cycle: k, impressions: impressions, prior: prior,
                                   priorLevels: priorLevels, progress: progress)
            for (point, values) in zip(group, runs) {
                if fault == nil, var f = values.fault {
                    f.cycle = k
                    fault = f
                }
                let own = (0..<stocks).map { values.mean(cell: $0) }
                expected.append(own)
                var perfectSum = 0.0
                for t in 0..<trials {
                    perfectSum += (0..<stocks).reduce(otherBest[t]) { max($0, values[trial: t, cell: $1]) }
                }
                perfect += point.weight * (trials > 0 ? perfectSum / Double(trials) : 0)
                let choice = best(own: own)
                choices.append(choice)
                for t in 0..<trials {
                    for s in 0..<stocks { mixed[t * stocks + s] += point.weight * values[trial: t, cell: s] }
                    guard let choice else { continue }
                    chosen[t] += point.weight * (choice.cell / stocks == k ? values[trial: t, cell: choice.cell % stocks]
                        : baseValues[trial: t, cell: choice.cell])
                }
            }
        }

        // The baseline a_0: the best choice under the re-runs' own weighted average.
        var mixture = [Double](repeating: 0, count: stocks)
        for (point, own) in zip(points, expected) {
            for s in 0..<stocks { mixture[s] += point.weight * own[s] }
        }
        let a0 = best(own: mixture)
        /// E_k[a_0]: the value of the baseline choice after outcome `i`.
        func baselineValue(_ i: Int) -> Double {
            guard let a0 else { return 0 }
            return a0.cell / stocks == k ? expected[i][a0.cell % stocks] : baseline[a0.cell]
        }
        var evsi = 0.0
        for i in points.indices {
            evsi += points[i].weight * ((choices[i]?.value ?? 0) - baselineValue(i))
        }

        var d = Moments()
        var totalGap = Array(repeating: Moments(), count: stocks)
        for t in 0..<trials {
            // Σ_k w_k value_t(a_0 | k), summed as `chosen` was, so D_t is exactly 0 when every a_k is a_0.
            var without = 0.0
            if let a0, a0.cell / stocks == k {
                without = mixed[t * stocks + a0.cell % stocks]
            } else if let a0 {
                for point in points { without += point.weight * baseValues[trial: t, cell: a0.cell] }
            }
            d.add(chosen[t] - without)
            for s in 0..<stocks { totalGap[s].add(mixed[t * stocks + s] - baseValues[trial: t, cell: k * stocks + s]) }
        }
        return Preposterior(points: points, expected: expected, baseline: baseline, totalExpectationGap: totalGap,
                            evsi: evsi, evsiSE: d.standardError, perfectBound: perfect - (a0?.value ?? 0), fault: fault)
    }

    /// The re-runs of `group`'s outcome points, each on its own thread at the same time, in the
    /// group's order (`progress` called as each finishes).
    static func reruns(_ group: [BetaBinomialPredictive.Point], base: SimulationPlan, cycle k: Int, impressions: Int,
                       prior: (alpha: Double, beta: Double), priorLevels: [Double],
                       progress: (@Sendable () -> Void)?) -> [TrialValues] {
        let results = Locked<[Int: TrialValues]>([:])
        DispatchQueue.concurrentPerform(iterations: group.count) { i in
            let point = group[i]
            let table = BetaCouplingTable(from: priorLevels, to: (prior.alpha + point.orders,
                                                            prior.beta + Double(impressions) - point.orders))
            let plan = base.restricted(toCycle: k, conversionCoupling: table.coupling)
            let values = withExtendedLifetime(table) { TrialValues(plan, threads: 1) }
            results.withLock { $0[i] = values }
            progress?()
        }
        return results.withLock { all in group.indices.map { all[$0]! } }
    }
}
