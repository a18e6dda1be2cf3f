import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Same scenario and seed ⇒ the same result, whatever the thread count.
@Suite(TestTimeLimit.minutes(20)) struct EngineDeterminismTests {
    @Test func resultsAreIdenticalForOneTwoAndThreeThreads() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 45_001)
        let one = try MoldRiskRun.run(scenario, threads: 1)
        let two = try MoldRiskRun.run(scenario, threads: 2)
        let three = try MoldRiskRun.run(scenario, threads: 3)
        #expect(one == two)
        #expect(one == three)
    }

    @Test func aDifferentSeedGivesDifferentDraws() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 10_000)
        let a = try MoldRiskRun.run(scenario, threads: 2)
        let b = try MoldRiskRun.run(scenario, seed: 99, threads: 2)
        #expect(a.cycles[0].profit.mean != b.cycles[0].profit.mean)
    }

    @Test func mergingTwoHalvesInOrderEqualsTheWholeRun() {
        let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 30_000))
        let whole = Simulation.run(plan, threads: 2)
        let runner = ChunkRunner(plan: plan)
        var sketches = RunSketches(cycleCount: 2, stockCount: plan.stocks.count)
        var first = runner.run(chunk: 0, into: &sketches)
        first.merge(runner.run(chunk: 1, into: &sketches))
        var second = runner.run(chunk: 2, into: &sketches)
        first.merge(second)
        second = first
        #expect(second == whole.totals)
        #expect(sketches == whole.sketches)
    }

    /// A what-if run of one cycle (tornado bar, lead search) draws that cycle's trials exactly as
    /// the whole plan does, for the second cycle too (its streams are not renumbered).
    @Test func aPlanRestrictedToOneCycleReproducesThatCycleTrialByTrial() {
        let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 12_345))
        let whole = Simulation.run(plan, threads: 2).totals
        for k in plan.cycles.indices {
            let alone = Simulation.run(plan.restricted(toCycle: k), threads: 2).totals
            #expect(alone.cycleCount == 1)
            for j in plan.stocks.indices {
                #expect(alone.profit[alone.cell(0, j)] == whole.profit[whole.cell(k, j)])
                #expect(alone.losses[alone.cell(0, j)] == whole.losses[whole.cell(k, j)])
            }
            #expect(alone.late[0] == whole.late[k])
        }
    }
}

/// The sketch's extremes do not depend on the order of −0 and +0.
@Suite(TestTimeLimit.minutes(20)) struct ValueSketchZeroTests {
    @Test func negativeAndPositiveZeroGiveTheSameExtremesInAnyOrder() {
        var a = ValueSketch()
        a.add(-0.0)
        a.add(0.0)
        var b = ValueSketch()
        b.add(0.0)
        b.add(-0.0)
        #expect(a.minimum.bitPattern == b.minimum.bitPattern)
        #expect(a.maximum.bitPattern == b.maximum.bitPattern)
        var left = ValueSketch()
        left.add(-0.0)
        var right = ValueSketch()
        right.add(0.0)
        var ab = left
        ab.merge(right)
        var ba = right
        ba.merge(left)
        #expect(ab.minimum.bitPattern == ba.minimum.bitPattern)
    }
}
