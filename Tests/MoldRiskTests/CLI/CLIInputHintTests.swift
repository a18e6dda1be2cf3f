import Foundation
import Testing
import MoldRiskTestSupport

/// The built binary on hand-written slips and odd-but-valid scenarios: `check` warns with exit
/// status 0, `run` warns on standard error, a number with commas gets its hint with exit status 1.
@Suite(TestTimeLimit.minutes(20)) struct CLIInputHintTests {
    /// The small scenario with the traditional cycle committed 10 days ahead (its shortest ready
    /// time is research 30 + mold 20 + production 5 = 55 days) and the data-driven cycle's rework
    /// made impossible while its rework days and cost stay (so it is always on time: research 14 +
    /// mold 30 + production 5 = 49 ≤ 60 days).
    static let oddScenario = CLI.smallScenario
        .replacingOccurrences(of: "commit_days_before_window = 100", with: "commit_days_before_window = 10")
        .replacingOccurrences(of: "rework_probability = 0.10", with: "rework_probability = 0")

    @Test func checkWarnsAndExitsZero() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(Self.oddScenario, "odd.toml", in: dir)
        let r = try CLI.run(["check", "odd.toml"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stdout.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        #expect(warnings.count == 4, "\(r.stdout)")
        #expect(warnings.contains { $0.hasPrefix("warning: odd.toml: cycles.data_driven.commit_days_before_window: "
                + "cycle data_driven is always on time: its longest possible ready time is 49 days") })
        #expect(warnings.contains { $0.hasPrefix("warning: odd.toml: cycles.traditional.commit_days_before_window: "
                + "cycle traditional can never be on time: its shortest possible ready time is 55 days") })
        #expect(warnings.contains { $0.hasPrefix("warning: odd.toml: cycles.data_driven.rework_days: given, but rework_probability is 0") })
        #expect(warnings.contains { $0.hasPrefix("warning: odd.toml: cycles.data_driven.rework_cost: given, but rework_probability is 0") })
        #expect(r.stdout.hasPrefix("ok  odd.toml: "))
    }

    @Test func runWarnsOnStandardErrorAndKeepsTheReportClean() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(Self.oddScenario, "odd.toml", in: dir)
        let r = try CLI.run(["run", "odd.toml", "--trials", "2000", "--no-sensitivity", "--format", "json", "--output", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("warning: odd.toml: cycles.traditional.commit_days_before_window: cycle traditional can never"))
        #expect(!r.stdout.contains("warning"))
        #expect(r.stdout.hasPrefix("{"))
    }

    @Test func aNumberWithCommasIsRefusedWithTheHint() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "stock = 100_000 ", with: "stock = 50,000 "), "commas.toml", in: dir)
        let r = try CLI.run(["check", "commas.toml"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("commas.toml:10:11: TOML syntax error: "), "\(r.stderr)")
        #expect(r.stderr.contains("; a number cannot contain ',': write 50_000 or 50000\n"), "\(r.stderr)")
        let run = try CLI.run(["run", "commas.toml", "--trials", "1000"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("write 50_000 or 50000"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func aSetKeyWithoutItsTableSuggestsTheFullPath() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["check", "cup.toml", "--set", "stock=1"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "cup.toml: --set stock=1: stock: unknown key 'stock' (did you mean product.stock?)\n")
    }
}
