import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `--lang en|zh` on `run` and `merge`, `scenario.lang` in the file, and `new --lang zh`.
@Suite(TestTimeLimit.minutes(20)) struct CLILanguageTests {
    static let chineseScenario = CLI.smallScenario.replacingOccurrences(of: "seed = 11", with: "seed = 11\nlang = \"zh\"")

    static func verdictLine(_ report: String) -> String? {
        report.split(separator: "\n").first { $0.hasPrefix("Decision  ") || $0.hasPrefix("结论      ") }.map(String.init)
    }

    /// `--lang` overrides `scenario.lang`, which overrides English; the headline follows the report.
    @Test func languageOptionOverridesTheScenarioWhichOverridesEnglish() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "plain.toml", in: dir)
        try CLI.write(Self.chineseScenario, "zh.toml", in: dir)
        let cases: [(args: [String], chinese: Bool)] = [
            (["run", "plain.toml"], false),
            (["run", "plain.toml", "--lang", "zh"], true),
            (["run", "zh.toml"], true),
            (["run", "zh.toml", "--lang", "en"], false),
            (["run", "zh.toml", "--lang", "zh"], true),
        ]
        for (args, chinese) in cases {
            let r = try CLI.run(args + ["--output", "out.txt"], in: dir)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let report = try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8)
            let line = try #require(Self.verdictLine(report), "\(args)")
            #expect(line.hasPrefix(chinese ? "结论      " : "Decision  "), "\(args): \(line)")
            #expect(r.stdout.hasSuffix(chinese ? "完整报告：out.txt\n" : "Full report: out.txt\n"), "\(args): \(r.stdout)")
        }
    }

    /// The language only words the reports: JSON and CSV are the same bytes, and the text report
    /// says the same verdict in both languages.
    @Test func jsonAndCSVBytesDoNotChangeWithTheLanguage() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write(Self.chineseScenario, "zh.toml", in: dir)
        for format in ["json", "csv"] {
            var outputs: [Data] = []
            for args in [["cup.toml"], ["cup.toml", "--lang", "zh"], ["zh.toml"], ["zh.toml", "--lang", "en"]] {
                let r = try CLI.run(["run"] + args + ["--format", format, "--output", "-"], in: dir)
                #expect(r.status == 0, "\(r.stderr)")
                outputs.append(r.stdoutData)
            }
            // The scenario files differ only in scenario.lang, which JSON and CSV do not show.
            #expect(Set(outputs).count == 1, "\(format)")
        }
    }

    @Test func mergeTakesTheLanguageToo() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(Self.chineseScenario, "zh.toml", in: dir)
        for shard in 0..<2 {
            let r = try CLI.run(["run", "zh.toml", "--trials", "20000", "--shard", "\(shard)/2",
                                 "--partial", "p\(shard).partial"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let run = try CLI.run(["run", "zh.toml", "--trials", "20000", "--output", "run.txt"], in: dir)
        let merged = try CLI.run(["merge", "p0.partial", "p1.partial", "--output", "merged.txt"], in: dir)
        let english = try CLI.run(["merge", "p0.partial", "p1.partial", "--lang", "en", "--output", "en.txt"], in: dir)
        #expect(run.status == 0 && merged.status == 0 && english.status == 0, "\(merged.stderr)")
        let read = { (name: String) in try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) }
        #expect(try read("merged.txt") == read("run.txt"))
        #expect(try Self.verdictLine(read("merged.txt"))?.hasPrefix("结论") == true)
        #expect(try Self.verdictLine(read("en.txt"))?.hasPrefix("Decision") == true)
        let shardLang = try CLI.run(["run", "zh.toml", "--shard", "0/2", "--partial", "x.partial", "--lang", "zh"], in: dir)
        #expect(shardLang.status == 2)
        #expect(shardLang.stderr.contains("--lang does not apply to a shard"))
    }

    @Test(arguments: ["fr", "ZH", ""]) func unknownScenarioLanguageIsNamedByItsKeyPath(value: String) throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "seed = 11", with: "seed = 11\nlang = \"\(value)\""),
                      "bad.toml", in: dir)
        try CLI.write("", "reports/keep.txt", in: dir)
        let r = try CLI.run(["run", "bad.toml"], in: dir)
        #expect(r.status == 1)
        #expect(r.errors.hasSuffix("bad.toml: scenario.lang: must be \"en\" or \"zh\" (the language of the reports), "
            + "got \"\(value)\"\n"), "\(r.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("reports").path) == ["keep.txt"])
        let wrongType = CLI.smallScenario.replacingOccurrences(of: "seed = 11", with: "seed = 11\nlang = 1")
        expectProblem(wrongType, at: "scenario.lang", "expected a string, found")
    }

    @Test func unknownLanguageOptionIsAUsageError() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--lang", "fr"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--lang"))
    }

    /// `new --lang zh`: Chinese comments, the same keys and values as the English template, and
    /// `scenario.lang = "zh"` so its reports come out in Chinese.
    @Test func chineseTemplateParsesToTheEnglishScenario() throws {
        let dir = try CLI.scratchFolder()
        let r = try CLI.run(["new", "漱口杯", "--lang", "zh"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: dir.appendingPathComponent("漱口杯.toml"), encoding: .utf8)
        #expect(text == ScenarioTemplate.text(name: "漱口杯", language: .zh))
        #expect(text.contains("# 金额单位是元，时间单位是天，数量单位是件。"))
        var chinese = try parseScenario(text)
        let english = try parseScenario(ScenarioTemplate.text(name: "漱口杯"))
        #expect(chinese.language == .zh && english.language == nil)
        chinese.language = nil
        #expect(chinese == english)
        // Every comment is Chinese: no English comment line of the English template is left.
        let englishComments = ScenarioTemplate.text(name: "x").split(separator: "\n").compactMap { line in
            line.firstIndex(of: "#").map { String(line[$0...]) }
        }.filter { $0.contains(where: \.isLetter) && !$0.contains("dist = ") && !$0.contains("[cycles.")
            && !$0.hasPrefix("# [")   // a commented-out table header (`# [value_of_information]`) is TOML, not English
            // nor is a commented-out key without an explanation (`# rank = 0.6`)
            && !($0.range(of: #"^# [a-z_]+ = "#, options: .regularExpression) != nil && !$0.dropFirst().contains("#")) }
        #expect(englishComments.count > 20)
        for comment in englishComments {
            #expect(!text.contains(comment), "\(comment)")
        }
    }
}
