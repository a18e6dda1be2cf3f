import CGSL
import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Correlated inputs (DESIGN §8.3) drawn by the engine: the achieved Spearman correlations are the
/// specified ones within their sampling error, every marginal keeps its law (KS), and the tornado
/// holds one input without moving its partners.
@Suite(TestTimeLimit.minutes(20)) struct CorrelatedDrawTests {
    static let methods: [SamplingMethod] = [.random, .latinHypercube, .sobol]

    @Test(arguments: methods)
    func achievedRankCorrelationsAreTheSpecifiedOnes(_ method: SamplingMethod) {
        let plan = SimulationPlan(scenario: SamplingFixtures.twoCycles(sampling: method,
                                                                       correlations: SamplingFixtures.correlations))
        let records = (0..<2).flatMap { SamplingFixtures.records(plan, chunk: $0) }
        let n = records.count
        let tolerance = SamplingFixtures.spearmanTolerance(n: n)
        for spec in SamplingFixtures.correlations where !spec.second.isEvent {
            // Neither side is rework days or cost, so every trial has both values.
            let x = records.compactMap(spec.first.drawnValue), y = records.compactMap(spec.second.drawnValue)
            #expect(x.count == n && y.count == n)
            let achieved = SamplingFixtures.spearman(x, y)
            #expect(abs(atanh(achieved) - atanh(spec.rank)) <= tolerance,
                    "\(method) \(spec.first)~\(spec.second): \(achieved) vs \(spec.rank) (±\(tolerance) in atanh)")
        }
        // Inputs no correlation ties stay uncorrelated: mold cost and cycle a's demand.
        let free = SamplingFixtures.spearman(records.map { $0.moldCost }, records.map { $0.draws[0].demandInput })
        #expect(abs(atanh(free)) <= tolerance, "\(method): free pair \(free)")
    }

    @Test func reworkFollowsItsCorrelatedPartnerAndKeepsItsProbability() {
        let plan = SimulationPlan(scenario: SamplingFixtures.twoCycles(correlations: SamplingFixtures.correlations))
        let records = (0..<2).flatMap { SamplingFixtures.records(plan, chunk: $0) }
        let reworked = records.filter { $0.draws[0].reworked }
        let share = Double(reworked.count) / Double(records.count)
        let se = (0.3 * 0.7 / Double(records.count)).squareRoot()
        #expect(abs(share - 0.3) <= 5 * se, "P(rework) \(share)")
        // ρ = 0.5 between research and the event's uniform: long research, more rework.
        let meanResearch = { (rs: [TrialRecord]) in rs.reduce(0.0) { $0 + $1.draws[0].researchDays } / Double(rs.count) }
        #expect(meanResearch(reworked) > meanResearch(records.filter { !$0.draws[0].reworked }) + 3)
    }

    /// Each input's CDF in the fixture.
    static func cdf(_ input: RandomInput) -> (Double) -> Double {
        switch input {
        case .moldCost: return { TriangularLaw(lo: 150_000, mode: 250_000, hi: 600_000).lowerTail($0) }
        case .research(0): return { TriangularLaw(lo: 20, mode: 30, hi: 60).lowerTail($0) }
        case .tooling(0): return { FlatLaw(lo: 20, hi: 30).lowerTail($0) }
        case .tooling(1): return { FlatLaw(lo: 15, hi: 25).lowerTail($0) }
        case .demand(0): return { gsl_cdf_lognormal_P($0, log(80_000), 0.5) }
        default: return { gsl_cdf_gaussian_P($0 - 90_000, 20_000) }  // .demand(1)
        }
    }

    @Test(arguments: [false, true])
    func marginalsKeepTheirLaws(correlated: Bool) {
        for method in Self.methods {
            let plan = SimulationPlan(scenario: SamplingFixtures.twoCycles(
                sampling: method, correlations: correlated ? SamplingFixtures.correlations : []))
            let records = SamplingFixtures.records(plan)
            let inputs: [RandomInput] = [.moldCost, .research(cycle: 0), .tooling(cycle: 0), .tooling(cycle: 1),
                                         .demand(cycle: 0), .demand(cycle: 1)]
            for input in inputs {
                let scaled = kolmogorovSmirnovScaled(records.compactMap(input.drawnValue), cdf: Self.cdf(input))
                #expect(scaled <= Significance.kolmogorovCritical, "\(method) correlated \(correlated) \(input): √n·D \(scaled)")
            }
        }
    }

    @Test func aHeldInputLeavesItsCorrelatedPartnersAsDrawn() {
        let plan = SimulationPlan(scenario: SamplingFixtures.twoCycles(sampling: .latinHypercube,
                                                                       correlations: SamplingFixtures.correlations))
        let held = SensitivityInput.moldCost.pinning(plan, atQuantile: 0.9)
        let free = SamplingFixtures.records(plan), pinned = SamplingFixtures.records(held)
        let p90 = plan.scenario.mold.cost.quantile(0.9)
        #expect(pinned.allSatisfy { $0.moldCost == p90 })
        #expect(free.map { $0.draws } == pinned.map { $0.draws })
        // The partner is correlated in the free run, so holding did not merely coincide.
        #expect(SamplingFixtures.spearman(free.map(\.moldCost), free.map { $0.draws[0].researchDays }) > 0.5)
    }

    @Test func tornadoRunsWithCorrelatedInputs() throws {
        let scenario = SamplingFixtures.twoCycles(sampling: .sobol, correlations: SamplingFixtures.correlations)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, sensitivity: true))
        for cycle in result.cycles {
            let bars = cycle.sensitivity?.bars ?? []
            #expect(!bars.isEmpty)
            #expect(bars.allSatisfy { $0.swing.isFinite })
        }
    }

    @Test func aCycleAloneDrawsWhatTheWholePlanDrawsForIt() {
        let plan = SimulationPlan(scenario: SamplingFixtures.twoCycles(sampling: .latinHypercube,
                                                                       correlations: SamplingFixtures.correlations))
        let whole = SamplingFixtures.records(plan), alone = SamplingFixtures.records(plan.restricted(toCycle: 1))
        #expect(whole.map { $0.draws[1] } == alone.map { $0.draws[0] })
        #expect(whole.map(\.moldCost) == alone.map(\.moldCost))
    }
}
