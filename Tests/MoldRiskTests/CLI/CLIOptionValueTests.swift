import Foundation
import Testing
import MoldRiskTestSupport

/// Option values the user can get wrong: a negative `--trials`, `--seed`,
/// `--threads` or `--precision` says what is wrong (it said "Missing value" before: the argument
/// parser took `-5` for an option), and a what-if run (`--set` without `--output`) writes beside
/// the scenario's own report instead of over it.
@Suite(TestTimeLimit.minutes(20)) struct CLIOptionValueTests {
    @Test(arguments: [
        (["run", "cup.toml", "--trials", "-5"], "--trials must be a whole number from 1 to 1,000,000,000, got -5"),
        (["run", "cup.toml", "--trials", "1000000001"], "--trials must be a whole number from 1 to 1,000,000,000, got 1000000001"),
        (["run", "cup.toml", "--seed", "-5"], "--seed must be a whole number from 0 to 18,446,744,073,709,551,615 (2^64 - 1), decimal or 0x hex, got -5"),
        (["run", "cup.toml", "--seed", "18446744073709551616"],
         "--seed must be a whole number from 0 to 18,446,744,073,709,551,615 (2^64 - 1), decimal or 0x hex, got 18446744073709551616"),
        (["run", "cup.toml", "--threads", "-1"], "--threads must be a whole number from 1 to 1,024, got -1"),
        (["merge", "a.partial", "--threads", "-2"], "--threads must be a whole number from 1 to 1,024, got -2"),
        (["run", "cup.toml", "--precision", "-0.1"], "--precision must be a half-width above 0 and at most 0.5"),
    ])
    func aNegativeOrOutOfRangeNumberSaysWhatIsWrong(_ args: [String], _ message: String) throws {
        let dir = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(args, in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Error: \(message)"), "\(r.stderr)")
        #expect(!r.stderr.contains("Missing value"))
    }

    /// `--seed` takes what `scenario.seed` takes: `0x` and hex digits give the same run as decimal.
    @Test func aHexSeedRunsLikeItsDecimalValue() throws {
        let dir = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        func report(_ seed: String) throws -> Data {
            let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--seed", seed, "--no-sensitivity",
                                 "--format", "json", "--output", "-"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdoutData
        }
        let hex = try report("0xDEAD_BEEF")
        #expect(hex == (try report("3735928559")))
        let json = try JSONSerialization.jsonObject(with: hex) as? [String: Any]
        #expect((json?["seed"] as? NSNumber)?.uint64Value == 0xDEAD_BEEF)
    }

    @Test func theLargestSeedAndGroupedDigitsAreAccepted() throws {
        let dir = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2_000", "--seed", "18446744073709551615", "--threads", "2",
                             "--no-sensitivity", "--format", "json", "--output", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any]
        #expect(json?["trials"] as? Int == 2000)
        #expect((json?["seed"] as? NSNumber)?.uint64Value == UInt64.max)
    }

    @Test func aWhatIfRunWritesBesideTheScenariosReportUnderANameShowingTheOverrides() throws {
        let dir = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("the scenario's own report\n", "reports/cup.txt", in: dir)
        let base = ["run", "cup.toml", "--trials", "2000", "--no-sensitivity"]
        let r = try CLI.run(base + ["--set", "product.stock = 80000"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Full report: reports/cup+set-product.stock=80000.txt (a what-if run with --set: "
            + "written beside the scenario's own report, which is unchanged)"), "\(r.stdout)")
        #expect(try String(contentsOf: dir.appendingPathComponent("reports/cup.txt"), encoding: .utf8)
            == "the scenario's own report\n")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/cup+set-product.stock=80000.txt").path))

        // Characters a file name should not carry are replaced, and a fingerprint keeps names apart.
        let quoted = try CLI.run(base + ["--set", "scenario.name=\"a/b\"", "--format", "json"], in: dir)
        let other = try CLI.run(base + ["--set", "scenario.name=\"a b\"", "--format", "json"], in: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("reports").path)
            .filter { $0.hasPrefix("cup+set-scenario.name=_a_b_-") && $0.hasSuffix(".json") }
        #expect(quoted.status == 0 && other.status == 0)
        #expect(names.count == 2, "\(names)")
        #expect(names.allSatisfy { $0.count == "cup+set-scenario.name=_a_b_-12345678.json".count })

        // With --output the user chose the path: it is used as given.
        let chosen = try CLI.run(base + ["--set", "product.stock=80000", "--output", "reports/cup.txt"], in: dir)
        #expect(chosen.status == 0 && chosen.stdout.hasSuffix("Full report: reports/cup.txt\n"))
    }
}
