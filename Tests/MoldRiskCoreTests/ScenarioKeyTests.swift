import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// Unknown keys are never ignored; key paths are written as in the file, UTF-8 names included.
@Suite struct ScenarioKeyTests {
    static let unknownKeys: [RuleCase] = [
        RuleCase("typo in a cycle", F.withCycleLine("rework_probabilty = 0.3"), "cycles.a.rework_probabilty",
                 "unknown key 'rework_probabilty' (did you mean 'rework_probability'?)"),
        RuleCase("typo of a section", F.minimal(extra: "[decison]\nmax_loss_probability = 0.1"), "decison",
                 "unknown key 'decison' (did you mean 'decision'?)"),
        RuleCase("typo in scenario", F.minimal(extra: "[scenario]\ntrails = 10"), "scenario.trails",
                 "unknown key 'trails' (did you mean 'trials'?)"),
        RuleCase("typo in product", F.withProductLine("salvage = 1"), "product.salvage",
                 "unknown key 'salvage'"),
        RuleCase("case typo in mold", F.withMoldLine("Capacity_Per_Day = 5"), "mold.Capacity_Per_Day",
                 "unknown key 'Capacity_Per_Day' (did you mean 'capacity_per_day'?)"),
        RuleCase("typo in window", F.minimal(extra: "[window]\nseason_day = 30"), "window.season_day",
                 "unknown key 'season_day' (did you mean 'season_days'?)"),
        RuleCase("typo in demand", F.withDemand("{ units = 800, drift = 0.1 }"), "cycles.a.demand.drift",
                 "unknown key 'drift'"),
        RuleCase("typo in analysis", F.minimal(extra: "[analysis]\nstock_level = [1]"), "analysis.stock_level",
                 "unknown key 'stock_level' (did you mean 'stock_levels'?)"),
        RuleCase("key at the root", "colour = \"red\"\n" + F.minimal(), "colour", "unknown key 'colour'"),
    ]

    @Test(arguments: unknownKeys) func unknownKeyIsRefused(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func farOffKeyGetsNoSuggestion() {
        let problems = scenarioProblems(F.withMoldLine("colour = \"red\""))
        #expect(problems == [.init(keyPath: "mold.colour", message: "unknown key 'colour'")])
    }

    @Test func suggestionNeedsASmallEditDistance() {
        #expect(KeySuggestion.closest(to: "rework_probabilty", among: ScenarioSchema.cycle) == "rework_probability")
        #expect(KeySuggestion.closest(to: "stok", among: ScenarioSchema.product) == "stock")
        #expect(KeySuggestion.closest(to: "price", among: ScenarioSchema.product) == nil)
        #expect(KeySuggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(KeySuggestion.editDistance(Array("mdoe".unicodeScalars), Array("mode".unicodeScalars)) == 1)
        #expect(KeySuggestion.editDistance([], Array("abc".unicodeScalars)) == 3)
    }

    @Test func chineseNamesAreKeptAndNamedInKeyPaths() throws {
        let text = F.minimal(cycles: """
        [cycles."数据驱动"]
        commit_days_before_window = 60
        demand = { visitors = { dist = "lognormal", median = 1_500_000, sigma = 0.25 }, impressions = 20_000, orders = 1_100 }

        [cycles."传统"]
        commit_days_before_window = 100
        demand = { units = 800 }
        """, extra: "[scenario]\nname = \"家用漱口杯 双十一\"")
        let scenario = try parseScenario(text)
        #expect(scenario.name == "家用漱口杯 双十一")
        #expect(scenario.cycles.map(\.name) == ["数据驱动", "传统"])

        let bad = text.replacingOccurrences(of: "sigma = 0.25", with: "sigma = -1")
        expectProblem(bad, at: #"cycles."数据驱动".demand.visitors.sigma"#, "must be ≥ 0")
    }

    @Test func namesThatAreNotBareKeysAreQuotedInKeyPaths() {
        let text = F.minimal(cycles: "[cycles.\"fast track\"]\ncommit_days_before_window = -1\ndemand = { units = 1 }\n"
            + "[cycles.\"v1.2\"]\ncommit_days_before_window = -1\ndemand = { units = 1 }")
        let problems = scenarioProblems(text)
        #expect(problems.map(\.keyPath) == ["cycles.\"fast track\".commit_days_before_window",
                                           "cycles.\"v1.2\".commit_days_before_window"])
    }

    @Test func pathRendering() {
        let path = TOMLPath.root.key("mold").key("cost").key("weights").index(0)
        #expect(path.description == "mold.cost.weights[0]")
        #expect(TOMLPath.root.key("a\"b").description == "\"a\\\"b\"")
        #expect(TOMLPath.root.key("").description == "\"\"")
    }
}

/// Keys TOMLKit cannot hand over intact, and line endings and marks some editors add.
@Suite struct ScenarioKeyEncodingTests {
    @Test func keyWithNulIsRefusedNotIgnored() {
        expectProblem(F.minimal(extra: "[scenario]\n\"seed\\u0000x\" = 5"), at: "scenario.seed", "must not contain NUL")
        expectProblem(F.minimal(cycles: F.cycles + "\n[cycles.\"b\\u0000\"]\ncommit_days_before_window = 1\ndemand = { units = 1 }"),
                      at: "cycles.b", "must not contain NUL")
    }

    @Test func windowsLineEndingsAndByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}" + F.minimal(cycles: """
        [cycles.second]
        commit_days_before_window = 1
        demand = { units = 1 }
        [cycles.first]
        commit_days_before_window = 1
        demand = { units = 1 }
        """).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        #expect(try parseScenario(text).cycles.map(\.name) == ["second", "first"])
    }
}
