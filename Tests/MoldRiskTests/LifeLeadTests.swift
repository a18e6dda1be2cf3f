import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// With `[life]` the lead search of `to_go` judges the NPV, as the verdict does.
@Suite(TestTimeLimit.minutes(20)) struct LifeLeadTests {
    /// `ScenarioSamples.leadSensitive` with a second season that loses money (demand halves, a
    /// ¥330,000 overhaul): the NPV needs a better first season than the profit alone.
    static func scenario(commitDays: Double = 20) -> Scenario {
        var scenario = ScenarioSamples.leadSensitive(commitDays: commitDays, trials: 10_000, tolerance: 0.25)
        scenario.life = Life(seasons: 2, demandChange: .fixed(0.5), maintenancePerSeason: .fixed(330_000))
        return scenario
    }

    /// Whether the NPV (P(NPV < 0) ≤ tolerance, E[NPV] > 0) and season 1 alone pass the rule at the
    /// planned stock, committed `lead` days before the window. At seed 7, P(NPV < 0) is lowest,
    /// about 24 %, near a 60-day lead, while season 1's P(loss) is within the 25 % tolerance from
    /// about 40 days to well beyond 160.
    static func passes(lead: Int) -> (npv: Bool, season1: Bool) {
        let plan = SimulationPlan(scenario: scenario(commitDays: Double(lead)))
        let totals = Simulation.run(plan, threads: 2).totals
        let cell = totals.cell(0, plan.plannedStockIndex)
        let n = Double(totals.trials)
        guard let life = totals.life else { return (false, false) }
        return (VerdictRule.passes(probabilityOfLoss: Double(life.losses[cell]) / n, expectedValue: life.npv[cell].mean,
                                   tolerance: 0.25),
                VerdictRule.passes(probabilityOfLoss: Double(totals.losses[cell]) / n, expectedValue: totals.profit[cell].mean,
                                   tolerance: 0.25))
    }

    @Test func leadNeededIsTheNPVs() throws {
        let result = try MoldRiskRun.run(Self.scenario(), options: MoldRiskRun.Options(threads: 2, searchLead: true))
        #expect(result.verdict.decision == .noGo)
        let lead = try #require(result.verdict.toGo?.lead)
        let atLeast = try #require(lead.atLeast)
        let again = try #require(lead.failsAgainFrom)
        #expect(Self.passes(lead: atLeast).npv)
        #expect(!Self.passes(lead: atLeast - 1).npv)
        #expect(Self.passes(lead: again - 1).npv && !Self.passes(lead: again).npv)
        // Season 1 alone would not fail again there: the search judged the NPV.
        #expect(Self.passes(lead: again).season1)
    }
}
