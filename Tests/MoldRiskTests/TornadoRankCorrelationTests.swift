import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The tornado's ρ column is computed on what each input is (issue 19 item 6): rework days and
/// rework cost exist only when rework happens, so their rank correlation with profit is taken over
/// those trials. Counting them as 0 otherwise borrowed the rework event's effect: ρ −0.26 for
/// rework days whose swing was ¥0.
@Suite struct TornadoRankCorrelationTests {
    /// One cycle with a lead so long it is never late: rework days cannot change profit, while
    /// rework (40 %) costs ¥50,000–150,000.
    static func reworkNeverLate(reworkMatters: Bool) -> Scenario {
        let cycle = Cycle(
            name: "slack", commitDaysBeforeWindow: reworkMatters ? 40 : 400,
            researchDays: .uniform(min: 10, max: 20), moldDays: .fixed(20),
            reworkProbability: 0.4, reworkDays: .uniform(min: 5, max: 60),
            reworkCost: .uniform(min: 50_000, max: 150_000),
            demand: Demand(source: .units(.lognormal(median: 80_000, sigma: 0.5))))
        return Scenario(
            name: "rework", trials: 20_000, seed: 19,
            product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1, stock: 80_000),
            mold: Mold(cost: .fixed(200_000), days: .fixed(20), capacityPerDay: nil),
            window: SalesWindow(seasonDays: 30, peakShare: 0.4), cycles: [cycle],
            stockLevels: [80_000], maxLossProbability: 0.2)
    }

    static func bar(_ tornado: CycleTornado, _ key: String) throws -> SensitivityBar {
        try #require(tornado.bars.first { $0.input.description.hasSuffix(key) })
    }

    @Test func reworkDaysWithNoEffectHaveNoRankCorrelation() throws {
        let scenario = Self.reworkNeverLate(reworkMatters: false)
        let plan = SimulationPlan(scenario: scenario)
        let tornado = try #require(Sensitivity.tornadoes(plan, threads: 2).first)
        let days = try Self.bar(tornado, "rework_days")
        #expect(days.expectedProfitAtP10 == days.expectedProfitAtP90, "a ¥0 swing")
        // Over the ~8,000 trials with rework, ρ of two independent things has SE ≈ 1/√n.
        let reworked = 0.4 * Double(scenario.trials)
        #expect(abs(days.rankCorrelation) <= 4 / reworked.squareRoot(), "ρ \(days.rankCorrelation)")
        // The old figure, rework days counted as 0 without rework, carried the event's cost.
        let old = Self.rankCorrelationCountingZero(plan)
        #expect(old < -0.2, "the mixed figure was \(old)")
        // Rework cost, over the same trials, is still what drives profit down.
        #expect(try Self.bar(tornado, "rework_cost").rankCorrelation < -0.2)
    }

    @Test func reworkDaysThatMakeTheLaunchLateCorrelateNegatively() throws {
        let tornado = try #require(Sensitivity.tornadoes(SimulationPlan(scenario: Self.reworkNeverLate(reworkMatters: true)),
                                                         threads: 2).first)
        let days = try Self.bar(tornado, "rework_days")
        #expect(days.expectedProfitAtP90 < days.expectedProfitAtP10)
        #expect(days.rankCorrelation < -0.2, "ρ \(days.rankCorrelation)")
    }

    /// Spearman's ρ of rework days counted as 0 without rework against profit (what the tornado
    /// showed before the fix).
    static func rankCorrelationCountingZero(_ plan: SimulationPlan) -> Double {
        let records = (0..<plan.chunkCount).flatMap { SamplingFixtures.records(plan, chunk: $0) }
        let days = records.map { $0.draws[0].reworked ? $0.draws[0].reworkDays : 0 }
        return SamplingFixtures.spearman(days, records.map { $0.outcomes[0].profit })
    }
}
