import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// Names cannot hold characters that break or hide report lines, and every
/// error message shows invisible characters escaped.
@Suite struct MessageEscapingTests {
    @Test(arguments: ["a\nb", "a\u{202E}b", "a\u{200B}b", "a\u{2028}b", "a\u{7F}b"])
    func cycleNameWithInvisibleCharactersIsRefused(name: String) {
        let text = ScenarioFixtures.minimal(cycles: "[cycles.\(TOMLQuoting.basicString(name))]\ncommit_days_before_window = 9\ndemand = { units = 5 }")
        let problems = scenarioProblems(text)
        #expect(problems.contains { $0.message.hasPrefix("a cycle's name is invalid: it must not contain control or invisible format characters") },
                "\(problems)")
    }

    /// The right-to-left override and the zero-width space of a key, a file name and an
    /// override come out as `\u{202E}` and `\u{200B}`, never raw.
    @Test func errorMessagesEscapeInvisibleCharacters() {
        let error: ScenarioError
        do {
            _ = try ScenarioLoader.parse(ScenarioFixtures.withProductLine("\"co\u{202E}lour\" = 1"), file: "x\u{200B}.toml",
                                         overrides: ["product.stock=\u{202E}5"])
            Issue.record("accepted")
            return
        } catch let caught {
            error = caught
        }
        let text = error.description
        #expect(!text.unicodeScalars.contains("\u{202E}") && !text.unicodeScalars.contains("\u{200B}"), "\(text)")
        #expect(text.contains("x\\u{200B}.toml"))
        #expect(text.contains("co\\u{202E}lour"))
        #expect(ShardError("a\u{202E}b.partial is missing").description == "a\\u{202E}b.partial is missing")
    }

    /// Without `scenario.name`, the file's stem names the scenario: shown escaped, never raw.
    @Test func defaultNameFromAFileNameIsEscaped() throws {
        let scenario = try parseScenario(ScenarioFixtures.minimal(), file: "dir/a\nb\u{202E}.toml")
        #expect(scenario.name == "a\\nb\\u{202E}")
    }

    @Test func visibleLinesKeepsLineBreaksAndTextAsItIs() {
        #expect(QuotedString.visibleLines("一\u{FEFF}\nb\tc\n") == "一\\u{FEFF}\nb\\tc\n")
        #expect(QuotedString.visibleLines("家用漱口杯 rinse cup ¥1,000 — ok") == "家用漱口杯 rinse cup ¥1,000 — ok")
    }
}
