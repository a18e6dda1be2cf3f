import Foundation
import Testing
import MoldRiskTestSupport

/// `moldrisk run --shard I/N --partial FILE` and `moldrisk merge` end to end: the merged report
/// is byte-identical to the unsharded run's; partials that do not make one run are refused by
/// name with exit status 1 and nothing written; malformed flags are usage errors (exit 2).
@Suite(TestTimeLimit.minutes(20)) struct CLIShardTests {
    /// 35 000 trials: 4 chunks, so 3 shards get 1, 1 and 2 chunks.
    static let trials = "35000"

    /// A folder with scenarios/cup.toml and its three shards in parts/0…2.partial.
    static func shardedFolder() throws -> URL {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "scenarios/cup.toml", in: dir)
        for i in 0..<3 {
            let r = try CLI.run(["run", "scenarios/cup.toml", "--trials", trials, "--threads", "\(1 + i % 2)",
                                 "--shard", "\(i)/3", "--partial", "parts/\(i).partial"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == 1, "one summary line: \(r.stdout)")
            #expect(r.stdout.hasPrefix("Shard \(i) of 3: chunks "))
            #expect(r.stdout.contains("parts/\(i).partial"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
        return dir
    }

    /// Every format, with the tornado and without (`--no-sensitivity`, which `merge` takes as
    /// `run` does): the same bytes on standard output and the same headline.
    @Test(arguments: [[], ["--no-sensitivity"]])
    func mergedShardsGiveTheUnshardedReportByteForByte(tornado: [String]) throws {
        let dir = try Self.shardedFolder()
        var reports: [Data] = []
        for format in ["text", "json", "csv", "markdown", "pdf"] {
            let whole = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--format", format,
                                     "--output", "-"] + tornado, in: dir)
            let merged = try CLI.run(["merge", "parts/2.partial", "parts/0.partial", "parts/1.partial",
                                      "--format", format, "--output", "-"] + tornado, in: dir)
            #expect(whole.status == 0 && merged.status == 0, "\(whole.stderr) \(merged.stderr)")
            #expect(!whole.stdoutData.isEmpty)
            expectSameBytes(merged.stdoutData, whole.stdoutData, "\(format) \(tornado) report")
            expectSameBytes(merged.stderr, whole.stderr, "headline")
            reports.append(whole.stdoutData)
        }
        // The JSON says whether the tornado was computed.
        let json = String(decoding: reports[1], as: UTF8.self)
        #expect(json.contains("\"sensitivity_baseline\": null") == !tornado.isEmpty)
    }

    @Test func mergeWritesTheReportWhereRunWouldWithoutTheScenarioFile() throws {
        let dir = try Self.shardedFolder()
        let run = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--format", "markdown"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let report = dir.appendingPathComponent("reports/cup.md")
        let expected = try Data(contentsOf: report)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("reports"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("scenarios"))
        let merged = try CLI.run(["merge", "parts/0.partial", "parts/1.partial", "parts/2.partial",
                                  "--format", "markdown"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        expectSameBytes(merged.stdout, run.stdout, "merge's standard output")
        #expect(merged.stdout.contains("Full report: reports/cup.md"))
        expectSameBytes(try Data(contentsOf: report), expected, "reports/cup.md")
    }

    /// `merge --charts` writes the unsharded run's SVGs byte for byte, and its Markdown links them;
    /// a --charts path that is a file is refused before anything is merged or written.
    @Test func mergeWritesTheUnshardedRunsCharts() throws {
        let dir = try Self.shardedFolder()
        let run = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--format", "markdown",
                               "--output", "whole/cup.md", "--charts", "whole/charts"], in: dir)
        let merged = try CLI.run(["merge", "parts/0.partial", "parts/1.partial", "parts/2.partial", "--format", "markdown",
                                  "--output", "merged/cup.md", "--charts", "merged/charts"], in: dir)
        #expect(run.status == 0 && merged.status == 0, "\(run.stderr) \(merged.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("whole/charts").path)
        #expect(names.sorted() == ChartCLITests.names)
        for name in names {
            let whole = try Data(contentsOf: dir.appendingPathComponent("whole/charts/\(name)"))
            expectSameBytes(try Data(contentsOf: dir.appendingPathComponent("merged/charts/\(name)")), whole, name)
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent("merged/cup.md"))
            == Data(contentsOf: dir.appendingPathComponent("whole/cup.md")))

        try Data("x".utf8).write(to: dir.appendingPathComponent("taken"))
        let refused = try CLI.run(["merge", "parts/0.partial", "parts/1.partial", "parts/2.partial",
                                   "--output", "late/cup.txt", "--charts", "taken"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr == "moldrisk: --charts taken is a file; give a folder.\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("late").path))
    }

    @Test func aMissingShardIsNamedAndNothingIsWritten() throws {
        let dir = try Self.shardedFolder()
        let r = try CLI.run(["merge", "parts/0.partial", "parts/2.partial"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "moldrisk: cannot merge: missing shard 1 of 3\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func aDuplicatedShardIsNamedWithItsFiles() throws {
        let dir = try Self.shardedFolder()
        try FileManager.default.copyItem(at: dir.appendingPathComponent("parts/1.partial"),
                                         to: dir.appendingPathComponent("copy.partial"))
        let r = try CLI.run(["merge", "parts/0.partial", "parts/1.partial", "parts/2.partial", "copy.partial"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "moldrisk: cannot merge: shard 1 of 3 given twice: parts/1.partial, copy.partial\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func aPartialFromAnotherSeedIsRefused() throws {
        let dir = try Self.shardedFolder()
        let other = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--seed", "99",
                                 "--shard", "1/3", "--partial", "other/1.partial"], in: dir)
        #expect(other.status == 0, "\(other.stderr)")
        let r = try CLI.run(["merge", "parts/0.partial", "other/1.partial", "parts/2.partial"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "moldrisk: cannot merge: other/1.partial has seed 99, parts/0.partial has seed 11\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func aPartialFromAnotherScenarioIsRefused() throws {
        let dir = try Self.shardedFolder()
        let changed = CLI.smallScenario.replacingOccurrences(of: "unit_price = 9.9", with: "unit_price = 10.9")
        try CLI.write(changed, "scenarios/cup-v2.toml", in: dir)
        let other = try CLI.run(["run", "scenarios/cup-v2.toml", "--trials", Self.trials,
                                 "--shard", "2/3", "--partial", "v2/2.partial"], in: dir)
        #expect(other.status == 0, "\(other.stderr)")
        let r = try CLI.run(["merge", "parts/0.partial", "parts/1.partial", "v2/2.partial", "--output", "-"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("moldrisk: cannot merge: v2/2.partial is from another scenario than parts/0.partial"))
        #expect(r.stderr.contains("scenarios/cup-v2.toml"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func setOverridesTravelInThePartials() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let set = ["--set", "product.stock=80000", "--set", "decision.max_loss_probability=0.1"]
        for i in 0..<2 {
            let r = try CLI.run(["run", "cup.toml", "--trials", Self.trials, "--shard", "\(i)/2",
                                 "--partial", "p\(i).partial"] + set, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let plain = try CLI.run(["run", "cup.toml", "--trials", Self.trials, "--shard", "1/2", "--partial", "plain.partial"], in: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("cup.toml"))
        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "stock = 100_000", with: "stock = 1"), "cup.toml", in: dir)
        let merged = try CLI.run(["merge", "p1.partial", "p0.partial", "--format", "json", "--output", "-"], in: dir)
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let whole = try CLI.run(["run", "cup.toml", "--trials", Self.trials, "--format", "json", "--output", "-"] + set, in: dir)
        #expect(merged.status == 0 && whole.status == 0, "\(merged.stderr) \(whole.stderr)")
        expectSameBytes(merged.stdoutData, whole.stdoutData, "merged JSON")
        #expect(merged.stdout.contains("\"stock\": 80000") || merged.stdout.contains("80000"))
        let mixed = try CLI.run(["merge", "p0.partial", "plain.partial"], in: dir)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.hasPrefix("moldrisk: cannot merge: plain.partial is from another scenario than p0.partial"))
    }

    @Test func unreadableOrCorruptPartialsAreRefused() throws {
        let dir = try Self.shardedFolder()
        try CLI.write("not a partial\n", "junk.partial", in: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("parts/2.partial"), encoding: .utf8)
        try CLI.write(String(text.prefix(text.count - 200)), "cut.partial", in: dir)
        let cases = [("junk.partial", "moldrisk: junk.partial is not a moldrisk partial result"),
                     ("cut.partial", "moldrisk: cut.partial is not a moldrisk partial result"),
                     ("gone.partial", "moldrisk: cannot read gone.partial: no such file"),
                     ("parts", "moldrisk: cannot read parts: it is a folder")]
        for (file, message) in cases {
            let r = try CLI.run(["merge", "parts/0.partial", "parts/1.partial", file], in: dir)
            #expect(r.status == 1, "\(file)")
            #expect(r.stderr.hasPrefix(message), "\(file): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(file): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func malformedShardFlagsAreUsageErrors() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let cases: [([String], String)] = [
            (["--shard", "3/3", "--partial", "p.partial"],
             "The value '3/3' is invalid for '--shard <shard>': the index I must be in 0…2 (shards are numbered from 0)"),
            (["--shard", "x", "--partial", "p.partial"],
             "The value 'x' is invalid for '--shard <shard>': give I/N, the shard's index and the number of shards, e.g. 0/8"),
            (["--shard", "1/0", "--partial", "p.partial"],
             "The value '1/0' is invalid for '--shard <shard>': the number of shards N must be at least 1"),
            (["--shard", "0/3"], "--shard needs --partial"),
            (["--partial", "p.partial"], "--partial goes with --shard"),
            (["--shard", "0/3", "--partial", "p.partial", "--format", "json"], "do not apply to a shard"),
            (["--shard", "0/3", "--partial", "p.partial", "--output", "r.txt"], "do not apply to a shard"),
            (["--shard", "0/3", "--partial", "p.partial", "--precision", "0.01"], "--precision cannot be used with --shard"),
            (["--shard", "0/3", "--partial", "p.partial", "--samples", "s.csv"], "--samples cannot be used with --shard"),
            (["--shard", "0/3", "--partial", "-"], "--partial needs a file path"),
            (["--shard", "0/3", "--partial", "p.partial", "--charts", "c"], "give it to `moldrisk merge`"),
        ]
        for (flags, message) in cases {
            let r = try CLI.run(["run", "cup.toml"] + flags, in: dir)
            #expect(r.status == 2, "\(flags): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(flags): \(r.stderr)")
        }
        let tooMany = try CLI.run(["run", "cup.toml", "--shard", "0/3", "--partial", "p.partial"], in: dir)
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("cannot split 3000 trials into 3 shards"))
        let none = try CLI.run(["merge"], in: dir)
        #expect(none.status == 2)
        let noFolder = try CLI.run(["merge", "p.partial", "--charts", ""], in: dir)
        #expect(noFolder.status == 2 && noFolder.stderr.contains("--charts needs a folder"), "\(noFolder.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["cup.toml"])
    }
}
