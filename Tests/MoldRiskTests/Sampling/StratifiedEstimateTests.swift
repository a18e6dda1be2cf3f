import CGSL
import Foundation
import Testing
@testable import MoldRisk

/// Latin hypercube and Sobol estimates (DESIGN §8.3): unbiased on closed forms, standard errors
/// from the chunk means that match the spread across seeds, a smaller spread than random
/// sampling, and the same bits for any thread count and across shards.
@Suite struct StratifiedEstimateTests {
    static let stratified: [SamplingMethod] = [.latinHypercube, .sobol]

    /// The two-sided Student-t quantile at `Significance.alpha` for `chunks − 1` degrees of
    /// freedom: a mean over its chunk-spread standard error is t-distributed, so this (not a
    /// normal 5) is the bound that fails once in 10 000 honest runs.
    static func tBound(chunks: Int) -> Double { gsl_cdf_tdist_Qinv(Significance.alpha / 2, Double(chunks - 1)) }

    @Test(arguments: stratified)
    func uniformDemandMeansAreUnbiased(_ method: SamplingMethod) {
        let scenario = SamplingFixtures.uniformDemand(trials: 100_000, seed: 3, sampling: method)
        let result = MoldRiskRun.run(scenario, threads: 2)
        #expect(result.method.sampling?.fromChunkSpread == true)
        let bound = Self.tBound(chunks: 10)
        for point in result.cycles[0].stockCurve {
            let exact = SamplingFixtures.uniformDemandExpectedProfit(scenario, stock: point.stock)
            #expect(point.expectedProfitSE > 0)
            #expect(abs(point.expectedProfit - exact) <= bound * point.expectedProfitSE,
                    "\(method) Q \(point.stock): \(point.expectedProfit) vs \(exact), SE \(point.expectedProfitSE)")
        }
    }

    @Test(arguments: stratified)
    func deterministicScenarioGivesItsExactProfit(_ method: SamplingMethod) {
        var scenario = ScenarioSamples.deterministic()
        scenario.trials = 20_000
        let random = MoldRiskRun.run(scenario, threads: 1)
        scenario.sampling = method
        let result = MoldRiskRun.run(scenario, threads: 1)
        #expect(result.cycles[0].profit.mean == random.cycles[0].profit.mean)
        #expect(result.cycles[0].profit.se == 0)
        #expect(result.cycles[0].probabilityOfLoss == random.cycles[0].probabilityOfLoss)
    }

    /// Twenty seeds of `method` on the uniform-demand newsvendor at 30 000 trials (3 chunks):
    /// the means and the reported standard errors of expected profit at the planned stock.
    static func seeds(_ method: SamplingMethod) -> (means: [Double], ses: [Double]) {
        var means: [Double] = [], ses: [Double] = []
        for seed in 1...20 {
            let result = MoldRiskRun.run(SamplingFixtures.uniformDemand(trials: 30_000, seed: UInt64(seed), sampling: method),
                                         threads: 2)
            means.append(result.cycles[0].profit.mean)
            ses.append(result.cycles[0].profit.se)
        }
        return (means, ses)
    }

    @Test(arguments: [SamplingMethod.random, .latinHypercube, .sobol])
    func reportedStandardErrorMatchesTheSpreadAcrossSeeds(_ method: SamplingMethod) {
        // The spread's variance s² (19 df) over the mean reported SE² (20 runs × 2 df for the
        // chunk spread; many for sd/√n) is F-distributed when the SE is right: its two-sided
        // 1e−4 quantiles bound the ratio.
        let (means, ses) = Self.seeds(method)
        let spread = SamplingFixtures.variance(means)
        let reported = ses.reduce(0) { $0 + $1 * $1 } / Double(ses.count)
        let df2 = method == .random ? 1e6 : 40.0
        let lo = gsl_cdf_fdist_Pinv(Significance.alpha / 2, 19, df2), hi = gsl_cdf_fdist_Qinv(Significance.alpha / 2, 19, df2)
        let ratio = spread / reported
        #expect(ratio >= lo && ratio <= hi, "\(method): spread² / SE² = \(ratio), accepted \(lo)…\(hi)")
    }

    @Test func stratifiedSpreadAcrossSeedsIsSmallerThanRandom() {
        // One-sided F test at 1e−4 that random's variance across 20 seeds exceeds the method's.
        let random = SamplingFixtures.variance(Self.seeds(.random).means)
        let critical = gsl_cdf_fdist_Qinv(Significance.alpha, 19, 19)
        for method in Self.stratified {
            let ratio = random / SamplingFixtures.variance(Self.seeds(method).means)
            #expect(ratio > critical, "\(method): variance ratio to random \(ratio)")
        }
    }

    @Test(arguments: stratified)
    func rinseCupSpreadAcrossSeedsIsSmallerThanRandom(_ method: SamplingMethod) {
        // DESIGN §2's example at 10 000 trials a seed, 20 seeds: expected profit of each cycle.
        func means(_ m: SamplingMethod) -> [[Double]] {
            (1...20).map { seed in
                var scenario = ScenarioSamples.rinseCups(trials: 10_000)
                scenario.seed = UInt64(seed)
                scenario.sampling = m
                let output = Simulation.run(SimulationPlan(scenario: scenario), threads: 2)
                return (0..<2).map { output.totals.profit[output.totals.cell($0, SimulationPlan(scenario: scenario).plannedStockIndex)].mean }
            }
        }
        let random = means(.random), stratified = means(method)
        let critical = gsl_cdf_fdist_Qinv(Significance.alpha, 19, 19)
        for k in 0..<2 {
            let ratio = SamplingFixtures.variance(random.map { $0[k] }) / SamplingFixtures.variance(stratified.map { $0[k] })
            #expect(ratio > critical, "\(method) cycle \(k): variance ratio to random \(ratio)")
        }
    }

    @Test(arguments: stratified)
    func resultsAreTheSameForAnyThreadCountAndAcrossShards(_ method: SamplingMethod) throws {
        let scenario = SamplingFixtures.twoCycles(trials: 35_000, sampling: method, correlations: SamplingFixtures.correlations)
        let one = MoldRiskRun.run(scenario, threads: 1)
        let two = MoldRiskRun.run(scenario, threads: 2)
        #expect(one == two)
        let plan = SimulationPlan(scenario: scenario)
        let partials = try (0..<3).map { try ShardTests.partial($0, of: 3, plan: plan, threads: 1 + $0 % 2) }
        let (_, merged) = try ShardTests.merged(partials, plan: plan)
        #expect(merged == one)
        #expect(merged.method.sampling?.fromChunkSpread == true)
    }
}
