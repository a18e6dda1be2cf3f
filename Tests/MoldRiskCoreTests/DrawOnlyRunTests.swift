import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// The benchmark's generator limit (`DrawOnlyRun`) draws exactly the engine's trial inputs, so
/// the engine's share of it measures the model and accumulation, not a different set of draws.
@Suite struct DrawOnlyRunTests {
    /// The rinse-cup example at its planned stock only: the data-driven (signals-form) cycle is
    /// never late there (at most 14 + 30 + 10 + 5 = 59 of its 60 days), so no trial thins its
    /// demand; a late traditional cycle draws nothing more (distribution form).
    static func onTimePlan(trials: Int) -> SimulationPlan {
        var scenario = ScenarioSamples.rinseCups(trials: trials)
        scenario.stockLevels = [scenario.product.stock]
        return SimulationPlan(scenario: scenario)
    }

    @Test func drawInputsDrawsWhatTheEngineEvaluates() {
        let plan = Self.onTimePlan(trials: 2_000)
        let evaluator = TrialEvaluator(plan: plan)
        let engineStreams = ChunkStreams(plan: plan, chunk: 0)
        let drawStreams = ChunkStreams(plan: plan, chunk: 0)
        var record = TrialRecord(cycleCount: 2, stockCount: 1)
        let draws = UnsafeMutableBufferPointer<CycleDraws>.allocate(capacity: 2)
        defer { draws.deallocate() }
        var checksum = 0.0
        for _ in 0..<plan.trials {
            evaluator.evaluate(engineStreams, into: &record)
            #expect(record.timings[1].late == 0, "the data-driven cycle's demand was thinned")
            let moldCost = evaluator.drawInputs(drawStreams, into: draws)
            #expect(moldCost == record.moldCost)
            #expect(Array(draws) == record.draws)
            checksum += moldCost
            for d in record.draws {
                checksum += d.researchDays + d.toolingDays + d.reworkDays + d.reworkCost + d.drift + d.potentialDemand
            }
        }
        // One chunk on one thread: the run's checksum is this very sum, in this order.
        #expect(DrawOnlyRun.run(plan, threads: 1) == checksum)
    }

    /// Mold cost, then per cycle research, tooling, rework's three, drift's z and demand (7 for the
    /// traditional cycle), plus the Beta conversion and Poisson count for the data-driven one (9).
    @Test func theRinseCupTrialDrawsSeventeenVariates() {
        #expect(DrawOnlyRun.drawsPerTrial(Self.onTimePlan(trials: 1)) == 17)
    }
}
