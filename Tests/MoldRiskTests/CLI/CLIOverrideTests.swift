import Foundation
import Testing
import MoldRiskTestSupport

/// `--set KEY=VALUE` on `run` and `check`: the override changes the result, a bad override is
/// an invalid scenario (status 1, nothing written), a malformed one a usage error (status 2).
@Suite(TestTimeLimit.minutes(20)) struct CLIOverrideTests {
    private func stocks(in json: [String: Any]?, cycle: String) -> [Double] {
        let cycles = json?["cycles"] as? [String: Any]
        let curve = (cycles?[cycle] as? [String: Any])?["stock_curve"] as? [[String: Any]] ?? []
        return curve.compactMap { ($0["stock"] as? NSNumber)?.doubleValue }
    }

    @Test func runWithSetChangesTheResult() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let plain = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-"], in: dir)
        let changed = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-",
                                   "--set", "product.stock=70000"], in: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(changed.status == 0, "\(changed.stderr)")
        let plainJSON = try JSONSerialization.jsonObject(with: plain.stdoutData) as? [String: Any]
        let changedJSON = try JSONSerialization.jsonObject(with: changed.stdoutData) as? [String: Any]
        // The planned stock is always on the stock curve: 70 000 appears only with the override.
        for cycle in ["traditional", "data_driven"] {
            #expect(stocks(in: changedJSON, cycle: cycle).contains(70_000), "\(cycle)")
            #expect(!stocks(in: plainJSON, cycle: cycle).contains(70_000), "\(cycle)")
        }
        #expect(changed.stderr != plain.stderr)
        #expect(changed.stderr.contains("70,000"), "\(changed.stderr)")
        #expect(changed.stdoutData != plain.stdoutData)
    }

    @Test func repeatedSetsApplyInOrderAndTheLastWins() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let once = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-",
                                "--set", "product.stock=70000"], in: dir)
        let twice = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-",
                                 "--set", "product.stock=5", "--set", "product.stock=70000"], in: dir)
        #expect(once.status == 0 && twice.status == 0, "\(twice.stderr)")
        expectSameBytes(twice.stdoutData, once.stdoutData, "JSON with the key set twice")
    }

    @Test func aBadOverrideExitsOneNamesTheKeyAndWritesNoReport() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("previous report\n", "reports/cup.txt", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--set", "product.stock=-5", "--set", "mold.capacity_pre_day=1",
                             "--set", "product.unit_cost=abc"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cup.toml: --set product.stock=-5: product.stock: must be ≥ 1"), "\(r.stderr)")
        #expect(r.stderr.contains("--set mold.capacity_pre_day=1: mold.capacity_pre_day: unknown key 'capacity_pre_day' (did you mean 'capacity_per_day'?)"))
        #expect(r.stderr.contains("--set product.unit_cost=abc: not a TOML value"))
        #expect(r.stdout.isEmpty)
        let kept = try String(contentsOf: dir.appendingPathComponent("reports/cup.txt"), encoding: .utf8)
        #expect(kept == "previous report\n")

        let piped = try CLI.run(["run", "cup.toml", "--output", "-", "--set", "window.peak_share=1.5"], in: dir)
        #expect(piped.status == 1)
        #expect(piped.stdoutData.isEmpty)
        #expect(piped.stderr.contains("window.peak_share: must be between 0 and 1"))
    }

    @Test(arguments: [["run", "cup.toml", "--set", "product.stock"],
                      ["run", "cup.toml", "--set", "=5"],
                      ["run", "cup.toml", "--set", "product..stock=5"],
                      ["check", "cup.toml", "--set", "analysis.stock_levels[0]=5"]])
    func aMalformedSetIsAUsageError(_ args: [String]) throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(args, in: dir)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("--set \(args[3])"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func checkValidatesWithTheOverrides() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write(CLI.smallScenario, "mug.toml", in: dir)
        let table = #"mold.cost={ dist = "triangular", min = 200_000, mode = 300_000, max = 900_000 }"#
        let incomplete = try CLI.run(["check", "cup.toml", "--set", "product.stock=80000", "--set", table,
                                "--set", #"cycles."数据驱动".fixed_cost=0"#], in: dir)
        // A cycle only an override creates must be complete: this one is not.
        #expect(incomplete.status == 1)
        #expect(incomplete.stderr.contains(#"--set cycles."数据驱动".fixed_cost=0: cycles."数据驱动".demand: missing required key"#),
                "\(incomplete.stderr)")

        let ok = try CLI.run(["check", "cup.toml", "--set", "product.stock=80000", "--set", table], in: dir)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("product.stock = 80000"), "\(ok.stdout)")
        #expect(ok.stdout.contains("mold.cost = { dist = \"triangular\""), "\(ok.stdout)")

        let bad = try CLI.run(["check", "cup.toml", "mug.toml", "--set", "cycles.traditional.rework_probability=2"], in: dir)
        #expect(bad.status == 1)
        for file in ["cup.toml", "mug.toml"] {
            #expect(bad.stderr.contains("\(file): --set cycles.traditional.rework_probability=2: "
                                        + "cycles.traditional.rework_probability: must be between 0 and 1"), "\(bad.stderr)")
        }
    }
}
