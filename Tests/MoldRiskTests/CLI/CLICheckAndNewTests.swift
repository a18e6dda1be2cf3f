import Foundation
import Testing
import MoldRiskTestSupport

/// `moldrisk check` and `moldrisk new`.
@Suite(TestTimeLimit.minutes(20)) struct CLICheckAndNewTests {
    @Test func checkReportsEveryBadFileAndExitsOne() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "good.toml", in: dir)
        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "orders = 1_100", with: "orders = 30_000"),
                      "bad.toml", in: dir)
        let good = try CLI.run(["check", "good.toml"], in: dir)
        #expect(good.status == 0, "\(good.stderr)")
        let both = try CLI.run(["check", "good.toml", "bad.toml", "missing.toml"], in: dir)
        #expect(both.status == 1)
        #expect(both.stderr == """
            bad.toml: cycles.data_driven.demand.orders: orders (30000) must be ≤ impressions (20000)
            missing.toml: no such file

            """)
        #expect(both.stdout == """
            ok  good.toml: 小杯 small cup (cycles: traditional, data_driven; 3000 trials)
            warning: good.toml: cycles.data_driven.commit_days_before_window: cycle data_driven is always on time: \
            its longest possible ready time is 59 days (research 14 days + mold 30 days + rework 10 days + \
            production 5 days) and the lead is 60 days; lateness plays no part in its risk

            """)
    }

    @Test func checkCatchesATypoInAKey() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "rework_probability = 0.35", with: "rework_probabilty = 0.35"),
                      "typo.toml", in: dir)
        let r = try CLI.run(["check", "typo.toml"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == "typo.toml: cycles.traditional.rework_probabilty: unknown key 'rework_probabilty' "
            + "(did you mean 'rework_probability'?)\n")
    }

    @Test func newWritesAValidTemplateIntoScenariosAndNeverOverwrites() throws {
        let dir = try CLI.scratchFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        let first = try CLI.run(["new", "bottle"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let path = dir.appendingPathComponent("scenarios/bottle.toml")
        let original = try String(contentsOf: path, encoding: .utf8)
        let check = try CLI.run(["check", "scenarios/bottle.toml"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        try CLI.write(original + "# my edits\n", "scenarios/bottle.toml", in: dir)
        let second = try CLI.run(["new", "bottle"], in: dir)
        #expect(second.status == 1)
        let kept = try String(contentsOf: path, encoding: .utf8)
        #expect(kept.hasSuffix("# my edits\n"))
        let run = try CLI.run(["run", "scenarios/bottle.toml", "--trials", "2000", "--output", "-"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func newWritesIntoTheCurrentFolderWithoutScenarios() throws {
        let dir = try CLI.scratchFolder()
        let r = try CLI.run(["new", "漱口杯"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("漱口杯.toml").path))
        let bad = try CLI.run(["new", "../escape"], in: dir)
        #expect(bad.status == 2)
    }
}
