import Foundation
import Testing
import MoldRiskTestSupport

/// Through the binary: input that crashed or hung the process is exit status 1 with a
/// message, and nothing is written.
@Suite(TestTimeLimit.minutes(20)) struct CLILimitsTests {
    /// `[}]` made toml++ abort (exit 134).
    @Test func headerThatAbortedTheParserIsASyntaxError() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write("[scenario]\nname = \"x\"\n[}]\n", "bad.toml", in: dir)
        let r = try CLI.run(["check", "bad.toml"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("bad.toml:3:2: TOML syntax error: expected a key"), "\(r.stderr)")
    }

    /// A drift of 1e200 with no lead hung the run even with --no-sensitivity.
    @Test func hangingOverridesExitOneAndWriteNothing() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--no-sensitivity", "--output", "out.txt",
                             "--set", "cycles.data_driven.demand.drift_per_30_days=1e200",
                             "--set", "cycles.data_driven.commit_days_before_window=0"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("drift_per_30_days: too large: at most 5 (range 0 to 5; got 1e+200)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.txt").path))
    }

    /// `--trials` meets the work limit (the estimated CPU time, `RunCost`) before anything runs.
    @Test func tooManyTrialsForTheStockLevelsAreRefused() throws {
        let dir = try CLI.scratchFolder()
        let levels = (1...50).map { String($0 * 2_000 + 1) }.joined(separator: ", ")  // the planned 100,000 makes 51
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "1000000000", "--output", "out.txt",
                             "--set", "analysis.stock_levels=[\(levels)]"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("cup.toml: --trials 1000000000: needs about ") && r.stderr.contains("more than the limit of")
                && r.stderr.hasSuffix("use fewer trials, stock levels, cycles, seasons or listing sizes\n"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.txt").path))
        let shard = try CLI.run(["run", "cup.toml", "--trials", "1000000000", "--shard", "0/2", "--partial", "p.partial",
                                 "--set", "analysis.stock_levels=[\(levels)]"], in: dir)
        #expect(shard.status == 1 && shard.stderr.contains("--trials 1000000000: needs about "))
    }

    /// A right-to-left override in a file name is echoed escaped.
    @Test func invisibleCharactersAreEscapedInMessages() throws {
        let dir = try CLI.scratchFolder()
        let r = try CLI.run(["check", "a\u{202E}b.toml"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "a\\u{202E}b.toml: no such file\n", "\(r.stderr)")
    }
}
