import PropertyBased
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskIO
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

extension Properties {
    /// File order never decides the verdict (DESIGN §8.4).
    @Suite struct CycleOrderPropertyTests {
        /// Over random scenarios (with the stock search, as `moldrisk run` does), the verdict's rule
        /// given the cycles in reverse order names the same cycle, decision and stock, with the same
        /// runner-up: the rule ranks by expected value and name, never by position.
        @Test func reversingTheCyclesNeverChangesTheVerdict() async {
            await propertyCheck(count: 40, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let result = try MoldRiskRun.run(scenario, options: .init(threads: 1, searchStock: true))
                let cycles = result.cycles.map(LifeAnalysis.judgedOnLife)
                func decide(_ cycles: [CycleResult]) -> Verdict {
                    VerdictRule.decide(cycles: cycles, plannedStock: scenario.product.stock,
                                       tolerance: scenario.maxLossProbability, trials: result.trials,
                                       comparisons: result.comparisons)
                }
                let forward = decide(cycles), backward = decide(cycles.reversed())
                #expect(forward.cycle == result.verdict.cycle && forward.decision == result.verdict.decision)
                #expect(backward.cycle == forward.cycle && backward.decision == forward.decision
                            && backward.stock == forward.stock,
                        "\(forward.decision.rawValue) \(forward.cycle) at \(forward.stock) became \(backward.decision.rawValue) \(backward.cycle) at \(backward.stock)")
                #expect(backward.choice == forward.choice)
            }
        }

        /// The verdict names the cycle with the highest expected value among those with a
        /// recommended stock, at that stock; NO-GO only when none has one, naming the highest
        /// expected value at the planned stock.
        @Test func theVerdictIsTheHighestExpectedValue() async {
            await propertyCheck(count: 40, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let result = try MoldRiskRun.run(scenario, options: .init(threads: 1, searchStock: true))
                let recommended = result.cycles.compactMap { c in c.stockDecision?.recommended.map { (c.name, $0) } }
                let verdict = result.verdict
                if let best = recommended.map(\.1.expectedValue).max() {
                    let named = recommended.first { $0.0 == verdict.cycle }
                    #expect(named?.1.expectedValue == best && named?.1.stock == verdict.stock,
                            "named \(verdict.cycle) at \(verdict.stock); recommended \(recommended)")
                    let half = (result.cycles.first?.stockDecision?.resolution ?? 0) / 2
                    #expect(verdict.decision == (verdict.stock < scenario.product.stock - half ? .goAtSmallerStock : .go))
                } else {
                    #expect(verdict.decision == .noGo)
                    let planned = result.cycles.map { c in c.stockCurve.first { $0.stock == scenario.product.stock }!.expectedValue }
                    let named = result.cycles.firstIndex { $0.name == verdict.cycle }!
                    #expect(planned[named] == planned.max())
                }
            }
        }
    }
}
