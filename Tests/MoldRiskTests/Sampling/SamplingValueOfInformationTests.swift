import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Value of information (DESIGN §8.2) under stratified sampling and correlations (§8.3): EVPI's
/// standard error from the chunk means, EVSI's preposterior re-runs on the inverse-CDF path.
@Suite(TestTimeLimit.minutes(20)) struct SamplingValueOfInformationTests {
    /// The weak-signals cycle of `ValueOfInformationTests` with one listing size and research days
    /// triangular (4, 5, 12), drawn by `sampling`; its research days rank-correlated (−0.6) with its
    /// visitors when `correlated`.
    static func weakSignals(sampling: SamplingMethod, correlated: Bool, seed: UInt64 = 77) -> Scenario {
        var scenario = ValueOfInformationTests.weakSignals(trials: 10_000, sizes: [2_000])
        scenario.cycles[0].researchDays = .triangular(min: 4, mode: 5, max: 12)
        scenario.sampling = sampling
        scenario.seed = seed
        if correlated {
            scenario.correlations = [CorrelationSpec(first: .research(cycle: 0), second: .demand(cycle: 0),
                                                     paths: [], rank: -0.6)]
        }
        return scenario
    }

    /// EVPI is a per-trial mean: under Latin hypercube and Sobol sampling its standard error is the
    /// chunk means' (as expected profit's), and EVPI still matches the newsvendor's closed form
    /// (`ValueOfInformationTests`) within 5 of those standard errors.
    @Test(arguments: [SamplingMethod.latinHypercube, .sobol])
    func evpiUsesTheChunkSpreadAndMatchesTheClosedForm(method: SamplingMethod) throws {
        // Ten chunks: below `ChunkSpread.minimumChunks` the independent trials' SE is used instead.
        var scenario = ScenarioSamples.newsvendor(mean: 80_000, sd: 25_000, stockLevels: [80_000], trials: 100_000)
        scenario.sampling = method
        let plan = SimulationPlan(scenario: scenario)
        let output = Simulation.run(plan, threads: 2, options: SimulationOptions(keepChunkTotals: true))
        let result = RunAnalysis.analyse(plan, output)
        let value = result.valueOfInformation
        let pick: (RunTotals) -> Moments = { $0.perfectInformationRegret[0] }
        let chunkSE = ChunkSpread.standardError(output.chunkTotals.map(pick))
        #expect(output.chunkTotals.count == 10)
        #expect(chunkSE != nil && value.evpiSE == chunkSE, "EVPI SE \(value.evpiSE) vs chunk means' \(String(describing: chunkSE))")
        #expect(value.evpiSE > 0)
        let random = try MoldRiskRun.run(ScenarioSamples.newsvendor(mean: 80_000, sd: 25_000, stockLevels: [80_000],
                                                                trials: 50_000), threads: 2).valueOfInformation
        #expect(abs(value.evpi - random.evpi) <= 5 * (value.evpiSE * value.evpiSE + random.evpiSE * random.evpiSE).squareRoot(),
                "\(method): EVPI \(value.evpi) ± \(value.evpiSE) vs random's \(random.evpi) ± \(random.evpiSE)")
    }

    /// EVSI of a 2,000-impression listing under Latin hypercube sampling (the conversion rate drawn
    /// by its inverse CDF, then moved by the coupling) agrees with random sampling's (GSL's Beta
    /// sampler) within 5 combined standard errors; with visitors and conversion correlated, Latin
    /// hypercube agrees with random sampling under the same correlation.
    @Test(arguments: [false, true]) func evsiAgreesWithRandomSampling(correlated: Bool) throws {
        let lhs = try MoldRiskRun.run(Self.weakSignals(sampling: .latinHypercube, correlated: correlated),
                                  options: .init(threads: 2)).valueOfInformation
        let random = try MoldRiskRun.run(Self.weakSignals(sampling: .random, correlated: correlated, seed: 78),
                                     options: .init(threads: 2)).valueOfInformation
        #expect(lhs.listings.count == 1 && random.listings.count == 1)
        guard let a = lhs.listings.first, let b = random.listings.first else { return }
        #expect(a.evsi > 3 * a.evsiSE, "the listing matters here: EVSI \(a.evsi) ± \(a.evsiSE)")
        #expect(abs(a.evsi - b.evsi) <= 5 * (a.evsiSE * a.evsiSE + b.evsiSE * b.evsiSE).squareRoot(),
                "correlated \(correlated): EVSI \(a.evsi) ± \(a.evsiSE) (latin hypercube) vs \(b.evsi) ± \(b.evsiSE) (random)")
        #expect(a.evsi <= lhs.evpi + 3 * (a.evsiSE + lhs.evpiSE))
    }

    /// The law of total expectation on the inverse-CDF path: Σ_k w_k E[profit_s | k] = E[profit_s]
    /// within 5 standard errors of the paired gap, under Latin hypercube sampling, with and
    /// without a correlation (one that does not involve the conversion rate: see the README on
    /// EVSI with a correlated conversion rate).
    @Test(arguments: [false, true]) func preposteriorMeansAverageBackToThePriorMeanUnderStratifiedSampling(correlated: Bool) {
        let base = SimulationPlan(scenario: Self.weakSignals(sampling: .latinHypercube, correlated: correlated))
        #expect(base.sampling != nil)
        let values = TrialValues(base, threads: 2)
        let analysis = Preposterior.run(base: base, baseValues: values, cycle: 0, impressions: 2_000,
                                        maxPoints: 32, threads: 2)
        #expect(analysis.fault == nil)
        for (s, gap) in analysis.totalExpectationGap.enumerated() {
            let weighted = zip(analysis.points, analysis.expected).reduce(0) { $0 + $1.0.weight * $1.1[s] }
            #expect(abs(weighted - analysis.baseline[s]) <= 5 * gap.standardError + 1e-9 * abs(analysis.baseline[s]),
                    "stock \(base.stocks[s]): Σ w E[profit | k] \(weighted) vs E[profit] \(analysis.baseline[s]) (SE \(gap.standardError))")
        }
    }
}
