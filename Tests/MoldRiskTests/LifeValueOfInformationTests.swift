import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// With `[life]` the value of information (DESIGN §8.2) values what the verdict judges, the NPV
/// over the mold's life (`ChoiceValue`); with one season that is the season's profit exactly.
@Suite(TestTimeLimit.minutes(20)) struct LifeValueOfInformationTests {
    static let lifeOfOneSeason = Life(seasons: 1, demandChange: .lognormal(median: 0.85, sigma: 0.2), restock: .lastSold,
                                      maintenancePerSeason: .fixed(5_000), discountPerSeason: 0.05)

    /// `seasons = 1`: EVPI, its standard error and every listing's EVSI are those without `[life]`.
    @Test func oneSeasonGivesTheValueOfInformationWithoutLife() throws {
        let plain = ValueOfInformationTests.weakSignals(trials: 6_000, sizes: [500, 5_000])
        var one = plain
        one.life = Self.lifeOfOneSeason
        let a = try MoldRiskRun.run(plain, options: .init(threads: 2))
        let b = try MoldRiskRun.run(one, options: .init(threads: 2))
        #expect(a.valueOfInformation.listings.count == 2)
        #expect(a.valueOfInformation.evpi > 0)
        #expect(a.valueOfInformation == b.valueOfInformation)
    }

    /// A life without uncertainty (season 1 deterministic, fixed demand change and upkeep): EVPI = 0.
    @Test func evpiIsZeroForADeterministicLife() throws {
        var scenario = ScenarioSamples.deterministic()
        scenario.life = Life(seasons: 4, demandChange: .fixed(0.9), restock: .lastSold,
                             maintenancePerSeason: .fixed(8_000), discountPerSeason: 0.04)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2))
        let life = try #require(result.cycles[0].life)
        #expect(life.planned.mean != result.cycles[0].profit.mean)
        #expect(result.valueOfInformation.evpi == 0)
        #expect(result.valueOfInformation.evpiSE == 0)
    }

    /// Season 1 certain, later seasons not: on season 1's profit EVPI is 0, on the NPV it is not
    /// (80,000 units are best in season 1, 100,000 over three seasons of high demand).
    /// The engine's EVPI equals E[max(0, max NPV)] − max(0, max E[NPV]) computed from every trial's
    /// NPVs (`TrialValues`, what EVSI's re-runs read), whose means are the life's NPV means.
    @Test func evpiJudgesTheNPVOverSeveralSeasons() throws {
        var scenario = ScenarioSamples.deterministic(stockLevels: [80_000])
        scenario.trials = 20_000
        #expect(try MoldRiskRun.run(scenario, options: .init(threads: 2)).valueOfInformation.evpi == 0)
        scenario.life = Life(seasons: 3, demandChange: .uniform(min: 0.2, max: 1.8), restock: .same,
                             maintenancePerSeason: .fixed(5_000), discountPerSeason: 0.05)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2))
        let value = result.valueOfInformation
        #expect(value.evpi > 5 * value.evpiSE, "EVPI \(value.evpi) ± \(value.evpiSE)")

        let plan = SimulationPlan(scenario: scenario)
        let totals = try #require(Simulation.run(plan, threads: 1).totals.life)
        let values = TrialValues(plan, threads: 2)
        var perfect = 0.0
        for t in 0..<values.trials {
            perfect += (0..<values.cells).reduce(0.0) { max($0, values[trial: t, cell: $1]) }
        }
        perfect /= Double(values.trials)
        let means = (0..<values.cells).map(values.mean(cell:))
        for c in 0..<values.cells {
            #expect(abs(means[c] - totals.npv[c].mean) <= 1e-9 * max(1, abs(totals.npv[c].mean)))
        }
        let direct = perfect - max(0, means.max() ?? 0)
        #expect(abs(value.evpi - direct) <= 1e-6 * max(1, direct), "engine \(value.evpi) vs direct \(direct)")
    }

    /// The report's value-of-information block says it values the NPV when the life is counted.
    @Test func theReportSaysTheValueOfInformationValuesTheNPV() throws {
        var scenario = ScenarioSamples.deterministic()
        let plain = ReportRenderer.render(try MoldRiskRun.run(scenario, options: .init(threads: 2)), as: .text)
        scenario.life = Life(seasons: 4, demandChange: .fixed(0.9), discountPerSeason: 0.04)
        let text = ReportRenderer.render(try MoldRiskRun.run(scenario, options: .init(threads: 2)), as: .text)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!plain.contains("the value the verdict judges"))
        #expect(text.contains("the NPV over the mold's 4 seasons (discounted 4.0 % a season), the value the verdict judges"))
        #expect(text.contains("would raise the expected NPV of the best choice"))
    }
}
