import Foundation
import Testing
import MoldRiskTestSupport

/// `moldrisk run` end to end: reports written where DESIGN §4 says, byte-identical across
/// thread counts, `--output -` for pipes, and nothing written for a bad scenario.
@Suite(TestTimeLimit.minutes(20)) struct CLIRunTests {
    @Test func runWritesTheTextReportUnderReportsAndPrintsTheVerdict() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "scenarios/cup.toml", in: dir)
        let r = try CLI.run(["run", "scenarios/cup.toml"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // The verdict line of this scenario and seed: GO with data_driven at the searched stock, the
        // planned 100,000 or more (a NO-GO or GO AT A SMALLER STOCK fails).
        let line = String(r.stdout.split(separator: "\n").first ?? "")
        #expect(line.hasPrefix("GO: cycle data_driven, ") && line.hasSuffix(" units"), "\(r.stdout)")
        let stock = Double(line.dropFirst("GO: cycle data_driven, ".count).dropLast(" units".count)
            .replacingOccurrences(of: ",", with: "")) ?? 0
        #expect(stock >= 100_000, "\(line)")
        #expect(r.stdout.contains("reports/cup.txt"))
        let report = try String(contentsOf: dir.appendingPathComponent("reports/cup.txt"), encoding: .utf8)
        #expect(report.contains("小杯 small cup"))
    }

    @Test func reportsAreByteIdenticalForOneTwoAndThreeThreads() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        for format in ["text", "json", "csv", "markdown"] {
            var outputs: [Data] = []
            for threads in ["1", "2", "3"] {
                let r = try CLI.run(["run", "cup.toml", "--trials", "25000", "--threads", threads,
                                     "--format", format, "--output", "-"], in: dir)
                #expect(r.status == 0, "\(r.stderr)")
                outputs.append(r.stdoutData)
            }
            expectSameBytes(outputs[1], outputs[0], "\(format), 2 threads against 1")
            expectSameBytes(outputs[2], outputs[0], "\(format), 3 threads against 1")
            #expect(!outputs[0].isEmpty)
        }
    }

    @Test func outputDashWritesJSONAloneToStandardOutputAndTheHeadlineToStandardError() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-", "--seed", "5"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any]
        #expect(json?["seed"] as? Int == 5)
        #expect(json?["trials"] as? Int == 3_000)
        #expect((json?["cycles"] as? [String: Any])?.keys.sorted() == ["data_driven", "traditional"])
        #expect(CLI.verdictLine(ofStandardError: r.stderr) == (try CLI.verdictLine(CLI.smallScenario, seed: 5)))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func outputPathAndTrialsOverrideAreHonoured() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--format", "csv", "--output", "out/cup-curves.csv",
                             "--trials", "1234"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOf: dir.appendingPathComponent("out/cup-curves.csv"), encoding: .utf8)
        #expect(csv.split(whereSeparator: \.isNewline).count > 10)
    }

    @Test func anInvalidScenarioWritesNothingAndLeavesAnExistingReportIntact() throws {
        let dir = try CLI.scratchFolder()
        let broken = CLI.smallScenario.replacingOccurrences(of: "mode = 10, max = 25", with: "mode = 30, max = 25")
        try CLI.write(broken, "cup.toml", in: dir)
        try CLI.write("previous report\n", "reports/cup.txt", in: dir)
        let r = try CLI.run(["run", "cup.toml"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("cup.toml"))
        #expect(r.stderr.contains("cycles.traditional.rework_days.mode"))
        #expect(!r.stderr.contains("Fatal error"))
        let kept = try String(contentsOf: dir.appendingPathComponent("reports/cup.txt"), encoding: .utf8)
        #expect(kept == "previous report\n")
    }

    @Test func unreadableInputsGetOneLineAndStatusOne() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write("", "empty.toml", in: dir)
        try CLI.write("   \n\n", "blank.toml", in: dir)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF, 0xFE]).write(to: dir.appendingPathComponent("binary.toml"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.toml"), withIntermediateDirectories: true)
        for name in ["missing.toml", "empty.toml", "blank.toml", "binary.toml", "folder.toml"] {
            let r = try CLI.run(["run", name], in: dir)
            #expect(r.status == 1, "\(name): status \(r.status)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(name))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
        }
    }

    @Test func usageErrorsExitWithStatusTwo() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        for args in [["run"], ["run", "cup.toml", "--format", "docx"], ["run", "cup.toml", "--trials", "0"],
                     ["run", "cup.toml", "--threads", "0"], ["frobnicate"], ["run", "cup.toml", "--bogus"]] {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 2, "\(args): status \(r.status) \(r.stderr)")
        }
        let help = try CLI.run(["--help"], in: dir)
        #expect(help.status == 0)
        #expect(help.stdout.contains("run") && help.stdout.contains("check") && help.stdout.contains("new"))
    }
}
