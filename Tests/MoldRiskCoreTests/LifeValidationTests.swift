import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// `[life]` (DESIGN §8.1) is validated like every other section: each bad value is named by its
/// key path and fault, and the defaults apply when only `seasons` is given.
@Suite struct LifeValidationTests {
    static func life(_ body: String) -> String { F.minimal(extra: "[life]\n" + body) }

    static let rules: [RuleCase] = [
        RuleCase("seasons missing", life("restock = \"same\""), "life.seasons", "missing required key"),
        RuleCase("seasons 0", life("seasons = 0"), "life.seasons", "must be between 1 and 40"),
        RuleCase("seasons 41", life("seasons = 41"), "life.seasons", "must be between 1 and 40"),
        RuleCase("seasons fractional", life("seasons = 2.5"), "life.seasons", "must be a whole number"),
        RuleCase("seasons a string", life("seasons = \"four\""), "life.seasons", "expected a whole number, found a string"),
        RuleCase("demand_change negative median", life("seasons = 4\ndemand_change = { dist = \"lognormal\", median = -1, sigma = 0.2 }"),
                 "life.demand_change.median", "must be > 0"),
        RuleCase("demand_change above 100", life("seasons = 4\ndemand_change = 120"),
                 "life.demand_change", "too large: at most 100"),
        RuleCase("demand_change unknown dist", life("seasons = 4\ndemand_change = { dist = \"lognormall\", median = 1, sigma = 0.2 }"),
                 "life.demand_change.dist", "did you mean 'lognormal'"),
        RuleCase("restock unknown", life("seasons = 4\nrestock = \"last\""), "life.restock", "unknown restock rule 'last'"),
        RuleCase("restock a number", life("seasons = 4\nrestock = 1"), "life.restock", "expected a string, found an integer"),
        RuleCase("maintenance negative", life("seasons = 4\nmaintenance_per_season = -5"),
                 "life.maintenance_per_season", "must be ≥ 0"),
        RuleCase("maintenance min above max", life("seasons = 4\nmaintenance_per_season = { dist = \"uniform\", min = 9, max = 1 }"),
                 "life.maintenance_per_season.min", "min (9) must be ≤ max (1)"),
        RuleCase("discount above 1", life("seasons = 4\ndiscount_per_season = 5"),
                 "life.discount_per_season", "must be between 0 and 1"),
        RuleCase("discount NaN", life("seasons = 4\ndiscount_per_season = nan"),
                 "life.discount_per_season", "must be a finite number"),
        RuleCase("unknown key", life("seasons = 4\nseason = 3"), "life.season", "unknown key"),
        RuleCase("life not a table", F.minimal(extra: "life = 4").movingLastLineToTop(), "life", "expected a table"),
    ]

    @Test(arguments: rules) func badValueNamedByKeyPath(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func defaultsApplyAndAbsentLifeIsNil() throws {
        #expect(try parseScenario(F.minimal()).life == nil)
        let life = try #require(try parseScenario(Self.life("seasons = 3")).life)
        #expect(life == Life(seasons: 3, demandChange: .fixed(1), restock: .lastSold, maintenancePerSeason: .fixed(0),
                             discountPerSeason: 0))
        let full = try #require(try parseScenario(Self.life("""
            seasons = 4
            demand_change = { dist = "lognormal", median = 0.85, sigma = 0.2 }
            restock = "last_sold"
            maintenance_per_season = 5_000
            discount_per_season = 0.05
            """)).life)
        #expect(full.seasons == 4 && full.restock == .lastSold && full.discountPerSeason == 0.05)
        #expect(full.maintenancePerSeason == .fixed(5_000))
        #expect(full.discountFactors.count == 4 && full.discountFactors[2] == 1 / 1.05 / 1.05)
    }

    @Test func setOverridesLife() throws {
        let scenario = try ScenarioLoader.parse(F.minimal(), file: "t.toml",
                                                overrides: ["life.seasons=4", "life.restock=\"last_sold\""])
        #expect(scenario.life?.seasons == 4 && scenario.life?.restock == .lastSold)
    }

    @Test func seasonsCountInTheWorkLimit() {
        let text = F.minimal(extra: "[scenario]\ntrials = 1_000_000_000\n[analysis]\nstock_levels = [1, 2, 3, 4, 5, 6, 7, 8, 9]\n[life]\nseasons = 40")
        expectProblem(text, at: "scenario.trials", "use fewer trials, stock levels, cycles, seasons")
    }
}
