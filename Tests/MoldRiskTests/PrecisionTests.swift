import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `--precision H`: chunk after chunk until every cycle's P(loss) half-width is at most H.
@Suite(TestTimeLimit.minutes(20)) struct PrecisionTests {
    let round = SimulationOptions.roundChunks * SimulationPlan.chunkSize

    @Test func stopsAtTheFirstRoundThatMeetsTheHalfWidth() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 1_000_000)
        let target = 0.004
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, precision: target))
        let convergence = result.convergence!
        #expect(!convergence.stoppedByCap)
        #expect(convergence.achievedHalfWidth <= target)
        #expect(result.trials % round == 0 && result.trials < 1_000_000)
        // One round fewer would not have met it.
        let earlier = try MoldRiskRun.run(scenario, trials: result.trials - round, threads: 2)
        let halfWidths = earlier.cycles.map { ($0.probabilityOfLossCI.upper - $0.probabilityOfLossCI.lower) / 2 }
        #expect(halfWidths.max()! > target)
        // And the stopped run equals a fixed run of the same trials, whatever the thread count.
        let fixed = try MoldRiskRun.run(scenario, trials: result.trials, threads: 3)
        #expect(fixed.cycles == result.cycles)
    }

    @Test func theCapStopsARunThatCannotMeetTheTarget() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 50_000)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, precision: 0.0005))
        #expect(result.trials == 50_000)
        #expect(result.convergence?.stoppedByCap == true)
        #expect(result.convergence!.achievedHalfWidth > 0.0005)
        #expect(result.convergence?.trialCap == 50_000)
    }

    @Test func theStoppingPointDoesNotDependOnThreads() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 400_000)
        let a = try MoldRiskRun.run(scenario, options: .init(threads: 1, precision: 0.005))
        let b = try MoldRiskRun.run(scenario, options: .init(threads: 3, precision: 0.005))
        #expect(a == b)
    }
}
