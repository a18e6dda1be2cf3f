import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The tornado: inputs held at P10/P90 on common random numbers, ranked widest first.
@Suite(TestTimeLimit.minutes(20)) struct SensitivityTests {
    /// The deterministic scenario with a very uncertain mold cost and a mildly uncertain demand.
    func moldDominated() -> Scenario {
        var s = ScenarioSamples.deterministic()
        s.trials = 20_000
        s.mold.cost = .uniform(min: 0, max: 2_000_000)
        s.cycles[0].demand = Demand(source: .units(.uniform(min: 70_000, max: 90_000)))
        s.cycles[0].researchDays = .triangular(min: 30, mode: 40, max: 50)
        return s
    }

    @Test func aDominantInputIsRankedFirstWithItsExactSwing() throws {
        let result = try MoldRiskRun.run(moldDominated(), options: .init(threads: 2, sensitivity: true))
        let bars = try result.cycles[0].tornadoBars()
        #expect(bars.map(\.input).first == "mold.cost")
        #expect(Set(bars.map(\.input)) == ["mold.cost", "cycles.only.demand.units", "cycles.only.research_days"])
        // Profit falls one for one with the mold cost, every other draw unchanged: the swing is
        // exactly P90 − P10 of U[0, 2 000 000] = 1 600 000.
        let mold = bars[0]
        #expect(abs(mold.expectedProfitAtP10 - mold.expectedProfitAtP90 - 1_600_000) < 1e-3)
        #expect(abs(mold.swing - 1_600_000) < 1e-3)
        #expect(mold.rankCorrelation < -0.95)
        #expect(mold.probabilityOfLossAtP90 >= mold.probabilityOfLossAtP10)
        // Demand: more demand, more profit; research never makes this cycle late (commit 100).
        let demand = bars.first { $0.input == "cycles.only.demand.units" }!
        #expect(demand.expectedProfitAtP90 > demand.expectedProfitAtP10)
        #expect(demand.rankCorrelation > 0)
        let research = bars.first { $0.input == "cycles.only.research_days" }!
        #expect(research.swing < 1e-6)
        #expect(zip(bars, bars.dropFirst()).allSatisfy { $0.swing >= $1.swing })
    }

    @Test func pinningOneInputLeavesEveryOtherDrawUnchanged() {
        let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 20_000))
        let base = Simulation.run(plan, threads: 2).totals
        for input in SensitivityInput.all(in: plan.scenario) where input.cycle == 1 {
            let pinned = Simulation.run(input.pinning(plan, atQuantile: 0.9), threads: 2).totals
            // cycle 0 and the shared mold cost are untouched by pinning an input of cycle 1
            #expect(pinned.moldCost == base.moldCost, "\(input)")
            #expect(pinned.profit[pinned.cell(0, 0)] == base.profit[base.cell(0, 0)], "\(input)")
        }
    }

    /// A cycle that inherits `mold.days` names its tooling input `mold.days`; the signals form's
    /// traffic is `demand.event_impressions` whichever name the file uses (DESIGN §8.4).
    @Test func everyUncertainInputOfBothDemandFormsGetsABar() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 5_000)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, sensitivity: true))
        #expect(try result.cycles[0].tornadoBars().map(\.input.description).sorted() == [
            "cycles.traditional.demand.drift_per_30_days", "cycles.traditional.demand.units",
            "cycles.traditional.research_days",
            "cycles.traditional.rework_cost", "cycles.traditional.rework_days",
            "cycles.traditional.rework_probability", "mold.cost", "mold.days"])
        #expect(try result.cycles[1].tornadoBars().contains { $0.input == "cycles.data_driven.demand.conversion" })
        #expect(try result.cycles[1].tornadoBars().contains { $0.input == "cycles.data_driven.demand.event_impressions" })
        for bar in try result.cycles.flatMap({ try $0.tornadoBars() }) {
            #expect((-1...1).contains(bar.rankCorrelation))
            #expect((0...1).contains(bar.probabilityOfLossAtP10) && (0...1).contains(bar.probabilityOfLossAtP90))
        }
    }

    @Test func sensitivityIsTheSameForAnyThreadCount() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 12_000)
        let one = try MoldRiskRun.run(scenario, options: .init(threads: 1, sensitivity: true))
        let three = try MoldRiskRun.run(scenario, options: .init(threads: 3, sensitivity: true))
        #expect(one.cycles.map(\.sensitivity) == three.cycles.map(\.sensitivity))
    }

    @Test func spearmanRanksTiesByTheirAverage() {
        #expect(RankCorrelation.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        #expect(RankCorrelation.pearson([1, 2, 3], [3, 2, 1]) == -1)
        #expect(RankCorrelation.pearson([1, 1, 1], [3, 2, 1]) == 0)
    }
}
