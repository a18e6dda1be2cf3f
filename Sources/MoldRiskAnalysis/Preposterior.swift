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
/// expected values are the base run's. After outcome k the best choice is worth
/// V_k = max(0, max_s E[value_{c,s} | k], max_{c′≠c, s} E[value_{c′,s}]), and
///
///     EVSI(n) = Σ_k w_k V_k − max(0, max_{c,s} E[value_{c,s}]).
///
/// Standard error: with the choices a_k (best after k) and a_0 (best without the listing) held
/// fixed, EVSI is the mean over trials of D_t = Σ_k w_k value_t(a_k | k) − value_t(a_0), so its
/// standard error is sd(D)/√trials (the delta method; the noise of picking a_k is left out,
/// which is small where a_k is clearly best and where it is not the values are close).
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
    package var evsi: Double
    package var evsiSE: Double
    /// An impossible sampler input met in a re-run (cycle index as in the base plan); nil normally.
    package var fault: TrialFault?

    /// Runs the analysis for cycle `k` of `base` (a signals-form cycle; see
    /// `SimulationPlan.conversionPosterior`), whose trial values are
    /// `baseValues` (`TrialValues(base)`), and a listing of `impressions`.
    package static func run(base: SimulationPlan, baseValues: TrialValues, cycle k: Int, impressions: Int,
                            maxPoints: Int, threads: Int) -> Preposterior {
        let stocks = base.stocks.count
        let trials = baseValues.trials
        let cells = baseValues.cells
        let baseline = (0..<cells).map { baseValues.mean(cell: $0) }
        let prior = base.conversionPosterior(ofCycle: k) ?? (alpha: 1, beta: 1)
        let predictive = BetaBinomialPredictive(impressions: impressions, alpha: prior.alpha, beta: prior.beta)
        let points = predictive.points(maxPoints: maxPoints)

        /// The best choice among `values` (per cell; the cycle's own from `own` when given): nil for no mold.
        func best(own: [Double]?) -> (cell: Int, value: Double)? {
            var choice: (cell: Int, value: Double)?
            for cell in 0..<cells {
                let value = (cell / stocks == k ? own.map { $0[cell % stocks] } : nil) ?? baseline[cell]
                if value > (choice?.value ?? 0) { choice = (cell, value) }
            }
            return choice
        }
        let without = best(own: nil)
        var perTrial = [Double](repeating: 0, count: trials)  // D_t
        var gap = [Double](repeating: 0, count: trials * stocks)
        if let a0 = without {
            for t in 0..<trials { perTrial[t] = -baseValues[trial: t, cell: a0.cell] }
        }
        for t in 0..<trials {
            for s in 0..<stocks { gap[t * stocks + s] = -baseValues[trial: t, cell: k * stocks + s] }
        }

        var expected: [[Double]] = []
        var withListing = 0.0
        var fault: TrialFault?
        let priorLevels = BetaCouplingTable.levels(alpha: prior.alpha, beta: prior.beta)
        for point in points {
            let table = BetaCouplingTable(from: priorLevels, to: (prior.alpha + point.orders,
                                                            prior.beta + Double(impressions) - point.orders))
            let plan = base.restricted(toCycle: k, conversionCoupling: table.coupling)
            let values = withExtendedLifetime(table) { TrialValues(plan, threads: threads) }
            if fault == nil, var f = values.fault {
                f.cycle = k
                fault = f
            }
            let own = (0..<stocks).map { values.mean(cell: $0) }
            expected.append(own)
            let choice = best(own: own)
            withListing += point.weight * (choice?.value ?? 0)
            for t in 0..<trials {
                for s in 0..<stocks { gap[t * stocks + s] += point.weight * values[trial: t, cell: s] }
            }
            guard let choice else { continue }
            for t in 0..<trials {
                let v = choice.cell / stocks == k ? values[trial: t, cell: choice.cell % stocks]
                    : baseValues[trial: t, cell: choice.cell]
                perTrial[t] += point.weight * v
            }
        }
        var d = Moments()
        for v in perTrial { d.add(v) }
        var totalGap = Array(repeating: Moments(), count: stocks)
        for t in 0..<trials {
            for s in 0..<stocks { totalGap[s].add(gap[t * stocks + s]) }
        }
        return Preposterior(points: points, expected: expected, baseline: baseline, totalExpectationGap: totalGap,
                            evsi: withListing - (without?.value ?? 0), evsiSE: d.standardError, fault: fault)
    }
}
