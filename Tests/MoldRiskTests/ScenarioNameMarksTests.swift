import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Combining marks per character of a name are capped (issue 25 item 9): one character with
/// thousands of marks made the PDF take 1.2 s, 17.6 s and 62 s at 4k, 16k and 32k marks. The
/// cap (30, Unicode's stream-safe limit) is refused at validation with the limit named; 30 are
/// still a name.
@Suite struct ScenarioNameMarksTests {
    private typealias F = ScenarioFixtures

    private static func marked(_ count: Int) -> String {
        "a" + String(repeating: "\u{301}", count: count) + " cup"
    }

    @Test func aScenarioNameWithTooManyMarksOnACharacterIsRefused() {
        expectProblem(F.minimal(extra: "[scenario]\nname = \"\(Self.marked(31))\""), at: "scenario.name",
                      "has a character (a…) with 31 combining marks; at most 30 may be joined to one character")
        expectProblem(F.minimal(extra: "[scenario]\nname = \"\(Self.marked(4000))\""), at: "scenario.name",
                      "with 4,000 combining marks; at most 30")
    }

    @Test func aCycleNameWithTooManyMarksOnACharacterIsRefused() {
        let name = "\"" + Self.marked(32) + "\""
        let problems = scenarioProblems(F.minimal(cycles: "[cycles.\(name)]\ncommit_days_before_window = 9\ndemand = { units = 5 }"))
        #expect(problems.contains { $0.message.contains("a cycle's name is invalid: it has a character (a…) with 32 combining marks") },
                "\(problems.map(\.message))")
    }

    @Test func thirtyMarksAndEveryScriptsClustersAreStillNames() throws {
        for name in [Self.marked(30), "👍🏽 thumbs", "🇹🇭 flag", "ཧྐྵྨླྺྼྻྂ Tibetan", "แก้วน้ำ", "किताब"] {
            let scenario = try parseScenario(F.minimal(extra: "[scenario]\nname = \"\(name)\""))
            #expect(scenario.name == name)
        }
    }
}
