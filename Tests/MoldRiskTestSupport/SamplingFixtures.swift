import CGSL
import Foundation
import Testing
@testable import MoldRiskCore

/// Scenarios and statistics shared by the sampling and correlation tests (DESIGN §8.3).
package enum SamplingFixtures {
    /// Two cycles whose inputs all have closed-form CDFs (fast inverses in a debug build): mold
    /// cost triangular, research triangular, tooling uniform per cycle, rework 30 % with uniform
    /// days in the first, lognormal and normal demand.
    package static func twoCycles(trials: Int = 20_000, sampling: SamplingMethod = .random,
                          correlations: [CorrelationSpec] = []) -> Scenario {
        let a = Cycle(name: "a", commitDaysBeforeWindow: 80,
                      researchDays: .triangular(min: 20, mode: 30, max: 60), moldDays: .uniform(min: 20, max: 30),
                      reworkProbability: 0.3, reworkDays: .uniform(min: 5, max: 15),
                      demand: Demand(source: .units(.lognormal(median: 80_000, sigma: 0.5))))
        let b = Cycle(name: "b", commitDaysBeforeWindow: 50, fixedCost: 20_000,
                      researchDays: .triangular(min: 4, mode: 7, max: 14), moldDays: .uniform(min: 15, max: 25),
                      demand: Demand(source: .units(.normal(mean: 90_000, sd: 20_000))))
        var scenario = Scenario(
            name: "two cycles", trials: trials, seed: 11,
            product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1, stock: 100_000),
            mold: Mold(cost: .triangular(min: 150_000, mode: 250_000, max: 600_000), days: .uniform(min: 20, max: 30),
                       capacityPerDay: 20_000),
            window: SalesWindow(seasonDays: 30, peakShare: 0.4), cycles: [a, b],
            stockLevels: [60_000, 100_000], maxLossProbability: 0.2)
        scenario.sampling = sampling
        scenario.correlations = correlations
        return scenario
    }

    /// The correlations the tests draw: within cycle a, across cycles, negative, and with rework.
    package static let correlations = [
        CorrelationSpec(first: .moldCost, second: .research(cycle: 0), paths: [], rank: 0.6),
        CorrelationSpec(first: .research(cycle: 0), second: .demand(cycle: 1), paths: [], rank: -0.4),
        CorrelationSpec(first: .tooling(cycle: 0), second: .tooling(cycle: 1), paths: [], rank: 0.8),
        CorrelationSpec(first: .research(cycle: 0), second: .rework(cycle: 0), paths: [], rank: 0.5),
    ]

    /// The newsvendor with demand uniform on [0, 120 000] and nothing else random: expected
    /// profit has a closed form at every stock level.
    package static func uniformDemand(trials: Int, seed: UInt64, sampling: SamplingMethod) -> Scenario {
        var scenario = ScenarioSamples.newsvendor(stockLevels: [30_000, 60_000, 90_000], trials: trials)
        scenario.cycles[0].demand = Demand(source: .units(.uniform(min: 0, max: 120_000)))
        scenario.seed = seed
        scenario.sampling = sampling
        return scenario
    }

    /// E[profit] of `uniformDemand` at stock Q ≤ 120 000: with E[min(D, Q)] = Q − Q²/(2b),
    /// p·E[sold] + s·(Q − E[sold]) − c·Q − mold.
    package static func uniformDemandExpectedProfit(_ scenario: Scenario, stock q: Double) -> Double {
        let p = scenario.product, b = 120_000.0
        let sold = q - q * q / (2 * b)
        guard case let .fixed(mold) = scenario.mold.cost else { return .nan }
        return p.unitPrice * sold + p.salvageValue * (q - sold) - p.unitCost * q - mold - scenario.cycles[0].fixedCost
    }

    /// Every trial of chunk c of `plan`, drawn as the engine draws them.
    package static func records(_ plan: SimulationPlan, chunk c: Int = 0) -> [TrialRecord] {
        let evaluator = TrialEvaluator(plan: plan)
        let streams = ChunkStreams(plan: plan, chunk: c)
        var record = TrialRecord(cycleCount: plan.cycles.count, stockCount: plan.stocks.count)
        return plan.trialRange(ofChunk: c).map { _ in
            evaluator.evaluate(streams, into: &record)
            return record
        }
    }

    /// Mid-ranks (ties share their average rank).
    package static func ranks(_ xs: [Double]) -> [Double] {
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        var ranks = [Double](repeating: 0, count: xs.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && xs[order[j + 1]] == xs[order[i]] { j += 1 }
            for k in i...j { ranks[order[k]] = Double(i + j) / 2 }
            i = j + 1
        }
        return ranks
    }

    /// Spearman's rank correlation: Pearson's of the mid-ranks.
    package static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        let rx = ranks(x), ry = ranks(y)
        let n = Double(x.count)
        let mx = rx.reduce(0, +) / n, my = ry.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in rx.indices {
            sxy += (rx[i] - mx) * (ry[i] - my)
            sxx += (rx[i] - mx) * (rx[i] - mx)
            syy += (ry[i] - my) * (ry[i] - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }

    /// The bound on |atanh(ρ̂) − atanh(ρ)| for Spearman's ρ̂ of n pairs at `Significance.alpha`:
    /// Fieller, Hartley and Pearson's var(atanh ρ̂) ≈ 1.06/(n − 3), times the two-sided normal quantile.
    package static func spearmanTolerance(n: Int) -> Double {
        gsl_cdf_ugaussian_Qinv(Significance.alpha / 2) * (1.06 / Double(n - 3)).squareRoot()
    }

    /// The sample variance of `xs`.
    package static func variance(_ xs: [Double]) -> Double {
        let m = xs.reduce(0, +) / Double(xs.count)
        return xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)
    }
}
