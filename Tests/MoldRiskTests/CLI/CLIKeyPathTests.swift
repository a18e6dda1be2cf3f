import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Key paths the reports print are the ones `--set` takes: with cycles named `"fast track"` and
/// `"数据驱动"` (names TOML must quote), every format names their tables and keys as valid TOML
/// key paths, an override of `cycles."fast track".fixed_cost` marks its row "(set)", and every
/// sensitivity input the JSON names is accepted by `moldrisk check … --set PATH=1`.
@Suite(TestTimeLimit.minutes(20)) struct CLIKeyPathTests {
    /// The small scenario with its cycles renamed to names that need quotes.
    static let scenario = CLI.smallScenario
        .replacingOccurrences(of: "[cycles.traditional]", with: #"[cycles."数据驱动"]"#)
        .replacingOccurrences(of: "[cycles.data_driven]", with: #"[cycles."fast track"]"#)
    static let set = #"cycles."fast track".fixed_cost=30000"#
    /// The unquoted forms a report printed before key paths were a type: not TOML, not `--set`.
    static let invalid = ["cycles.fast track", "cycles.数据驱动"]

    private func run(_ format: String, in dir: URL, charts: String? = nil) throws -> String {
        let r = try CLI.run(["run", "cup.toml", "--format", format, "--output", "r.\(format)", "--set", Self.set]
                            + (charts.map { ["--charts", $0] } ?? []), in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        return try String(contentsOf: dir.appendingPathComponent("r.\(format)"), encoding: .utf8)
    }

    @Test func everyFormatPrintsValidKeyPathsAndMarksTheOverride() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(Self.scenario, "cup.toml", in: dir)
        let text = try run("text", in: dir, charts: "charts")
        let markdown = try run("markdown", in: dir)
        let csv = try run("csv", in: dir)
        let json = try run("json", in: dir)
        let svg = try String(contentsOf: dir.appendingPathComponent("charts/tornado.svg"), encoding: .utf8)
        for (name, output) in [("text", text), ("markdown", markdown), ("csv", csv), ("json", json), ("svg", svg)] {
            for bad in Self.invalid { #expect(!output.contains(bad), "\(name) prints \(bad)") }
        }

        // Every table header of the inputs table is one the scenario file itself opens a table with.
        let fileLines = Self.scenario.split(separator: "\n").map(String.init)
        let headers = text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("[") && $0.hasSuffix("]") }
        #expect(headers.contains(#"[cycles."fast track"]"#) && headers.contains(#"[cycles."数据驱动"]"#), "\(headers)")
        for header in headers {
            #expect(fileLines.contains { $0.hasPrefix(header) }, "\(header) is not a table of the scenario file")
        }
        // The overridden row is marked, in the fast-track table only.
        let lines = text.split(separator: "\n").map(String.init)
        let fastTrack = try #require(lines.firstIndex(of: #"[cycles."fast track"]"#))
        let fixedCosts = lines.indices.filter { lines[$0].hasPrefix("fixed_cost ") }
        #expect(fixedCosts.count == 2)
        for i in fixedCosts {
            #expect(lines[i].hasSuffix("(set)") == (i > fastTrack), "\(lines[i])")
        }
        #expect(text.contains(#"Values set on the command line: cycles."fast track".fixed_cost = 30000"#))
        #expect(markdown.contains(#"\[cycles."fast track"\]"#) && markdown.contains("(set)"))
        #expect(csv.contains(#""cycles.""fast track"".research_days""#), "CSV quotes the key path's quotes")
        // The chart names the input in words (issue 20); its key path is the report's appendix A.
        #expect(svg.contains("<title>research days</title>") && !svg.contains("research_days"))

        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["overrides"] as? [[String: String]] == [["key": #"cycles."fast track".fixed_cost"#, "value": "30000"]])
    }

    @Test func everySensitivityInputInTheJSONIsAcceptedBySet() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(Self.scenario, "cup.toml", in: dir)
        let json = try run("json", in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let cycles = try #require(object["cycles"] as? [String: Any])
        #expect(Set(cycles.keys) == ["fast track", "数据驱动"])
        var inputs: [String] = []
        for (_, cycle) in cycles {
            let bars = try #require((cycle as? [String: Any])?["sensitivity"] as? [[String: Any]])
            inputs += bars.compactMap { $0["input"] as? String }
        }
        let settable = Set(inputs.filter { !$0.hasSuffix(".demand.conversion") })
        #expect(settable.contains(#"cycles."fast track".research_days"#))
        #expect(settable.contains(#"cycles."数据驱动".rework_probability"#))
        #expect(settable.contains("mold.cost"))
        for path in settable.sorted() {
            let check = try CLI.run(["check", "cup.toml", "--set", "\(path)=1"], in: dir)
            #expect(check.status == 0, "--set \(path)=1: \(check.stderr)")
            // `event_impressions` and `visitors` are one key (issue 19 item 5): `check` echoes the
            // name the file uses.
            let asWritten = path.replacingOccurrences(of: ".demand.event_impressions", with: ".demand.visitors")
            #expect(check.stdout.contains("with \(path) = 1") || check.stdout.contains("with \(asWritten) = 1"), "\(check.stdout)")
        }
    }
}
