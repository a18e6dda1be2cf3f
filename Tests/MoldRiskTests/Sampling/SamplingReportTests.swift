import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// What reports say about DESIGN §8.3: the method section and `method.sampling` for a scenario
/// that uses it, nothing new for one that does not, and `--samples` rows that carry the
/// correlations.
@Suite(TestTimeLimit.minutes(20)) struct SamplingReportTests {
    /// Ten chunks: the fewest whose spread gives the standard errors (issue 19 item 7; below them
    /// the report falls back to sd/√n, which `aSingleChunkFallsBackToIndependentTrialStandardErrors` covers).
    static let scenario = SamplingFixtures.twoCycles(trials: ChunkSpread.minimumChunks * SimulationPlan.chunkSize,
                                                     sampling: .latinHypercube,
                                                     correlations: SamplingFixtures.correlations)
    static let result = Result<RunResult, any Error> { try MoldRiskRun.run(scenario, threads: 2) }

    func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        if case let .object(members)? = value { return members.first { $0.0 == key }?.1 }
        return nil
    }

    @Test func jsonMethodCarriesTheSamplingFacts() throws {
        let sampling = member(member(JSONReport.value((try Self.result.get())), "method"), "sampling")
        #expect(member(sampling, "method") == .string("latin_hypercube"))
        #expect(member(sampling, "standard_errors") == .string("chunk_means"))
        guard case let .array(correlations)? = member(sampling, "correlations") else {
            Issue.record("correlations"); return
        }
        #expect(correlations.count == SamplingFixtures.correlations.count)
        let info = try #require((try Self.result.get()).method.sampling)
        #expect(info.varianceRatios.count == 2)
        #expect(info.varianceRatios.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(member(member(sampling, "effective_trials"), "a") == .number(info.effectiveTrials(cycle: 0, trials: (try Self.result.get()).trials)))
        // The reported SE is the chunk spread's: the variance ratio ties it to sd/√n.
        let cycle = (try Self.result.get()).cycles[0]
        let randomSE = cycle.profit.sd / Double((try Self.result.get()).trials).squareRoot()
        #expect(abs(randomSE * randomSE / (cycle.profit.se * cycle.profit.se) - info.varianceRatios[0]) < 1e-9 * info.varianceRatios[0])
    }

    @Test func methodSectionStatesMethodEffectiveTrialsAndTheTornadoRule() throws {
        // The rows as the method section holds them (the text report wraps them).
        let text = ReportWording.samplingRows((try Self.result.get())).map { "\($0.0) \($0.1)" }.joined(separator: "\n")
        #expect(TextReport.render((try Self.result.get())).contains("Sampling "))
        #expect(text.contains("Latin hypercube (stratified within each chunk)"))
        #expect(text.contains("effective trials of expected profit"))
        #expect(text.contains("Gaussian copula"))
        #expect(text.contains("leaves its correlated"))
    }

    @Test func defaultRunsSayNothingNew() throws {
        let plain = try MoldRiskRun.run(SamplingFixtures.twoCycles(trials: 10_000), threads: 2)
        #expect(plain.method.sampling == nil)
        #expect(member(member(JSONReport.value(plain), "method"), "sampling") == nil)
        #expect(!TextReport.render(plain).contains("Sampling"))
    }

    @Test func aSingleChunkFallsBackToIndependentTrialStandardErrors() throws {
        let one = try MoldRiskRun.run(SamplingFixtures.twoCycles(trials: 5_000, sampling: .sobol), threads: 1)
        #expect(one.method.sampling?.fromChunkSpread == false)
        #expect(one.cycles[0].profit.se == one.cycles[0].profit.sd / Double(5_000).squareRoot())
        #expect(ReportWording.samplingRows(one).contains { $0.1.contains("a single chunk gives no spread of chunk means") })
    }

    @Test func samplesRowsCarryTheSpecifiedRankCorrelation() throws {
        // The `--samples` sink's rows: Spearman of mold_cost and research_days of cycle a.
        final class Collected: Sendable { let text = Locked("") }
        let collected = Collected()
        let sink = SamplesCSV.sink(for: Self.scenario) { chunk in collected.text.withLock { $0 += chunk } }
        _ = try MoldRiskRun.run(Self.scenario, options: .init(threads: 2, sink: sink))
        let rows = collected.text.withLock { $0 }.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let a = rows.filter { $0.count > 3 && $0[1] == "a" }
        #expect(a.count == (try Self.result.get()).trials)
        let mold = a.compactMap { Double($0[2]) }, research = a.compactMap { Double($0[3]) }
        let achieved = SamplingFixtures.spearman(mold, research)
        #expect(abs(atanh(achieved) - atanh(0.6)) <= SamplingFixtures.spearmanTolerance(n: a.count), "\(achieved)")
    }
}
