import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `moldrisk merge` re-runs chunks before it trusts the partials (issue 25 item 11): consistently
/// edited partials are refused with exit status 1, a message naming the partial and the chunk, and
/// nothing written; `--verify all` re-runs every chunk.
@Suite struct CLIMergeVerifyTests {
    /// `parts/I.partial` of `dir` as a JSON object.
    static func json(_ i: Int, in dir: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: dir.appendingPathComponent("parts/\(i).partial"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func write(_ object: [String: Any], _ i: Int, in dir: URL) throws {
        let data = try JSONSerialization.data(withJSONObject: object)
        try data.write(to: dir.appendingPathComponent("parts/\(i).partial"))
    }

    static let merge = ["merge", "parts/0.partial", "parts/1.partial", "parts/2.partial"]

    @Test func aUnitPriceEditedInEveryPartialWithItsFingerprintRecomputedIsRefused() throws {
        let dir = try CLIShardTests.shardedFolder()
        for i in 0..<3 {
            var object = try Self.json(i, in: dir)
            var scenario = object["scenario"] as! [String: Any]
            let text = (scenario["text"] as! String).replacingOccurrences(of: "unit_price = 9.9", with: "unit_price = 29.9")
            scenario["text"] = text
            object["scenario"] = scenario
            let source = ScenarioSource(text: text, file: scenario["file"] as! String, overrides: [])
            object["fingerprint"] = "fnv1a64:" + source.fingerprintText
            try Self.write(object, i, in: dir)
        }
        let r = try CLI.run(Self.merge, in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("moldrisk: cannot merge: parts/0.partial does not match a re-run of its chunk 0 ("), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("it was edited, damaged or written by another build of moldrisk\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func oneChunkEditedIsFoundByVerifyingAll() throws {
        let dir = try CLIShardTests.shardedFolder()
        // Shard 2 holds chunks 2 and 3; chunk 3 (5,000 trials) gets other late counts.
        var object = try Self.json(2, in: dir)
        var totals = object["chunkTotals"] as! [[String: Any]]
        var late = totals[1]["late"] as! [Int]
        late[0] = late[0] == 0 ? 1 : 0
        totals[1]["late"] = late
        object["chunkTotals"] = totals
        try Self.write(object, 2, in: dir)
        let all = try CLI.run(Self.merge + ["--verify", "all", "--no-sensitivity"], in: dir)
        #expect(all.status == 1)
        #expect(all.stderr.hasPrefix("moldrisk: cannot merge: parts/2.partial does not match a re-run of its chunk 3 (late[0]: "),
                "\(all.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
        let bad = try CLI.run(Self.merge + ["--verify", "some"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--verify"), "\(bad.stderr)")
    }

    @Test func untouchedPartialsMergeUnderEitherVerification() throws {
        let dir = try CLIShardTests.shardedFolder()
        let whole = try CLI.run(["run", "scenarios/cup.toml", "--trials", CLIShardTests.trials, "--format", "json",
                                 "--output", "-", "--no-sensitivity"], in: dir)
        for mode in ["sample", "all"] {
            let r = try CLI.run(Self.merge + ["--verify", mode, "--format", "json", "--output", "-", "--no-sensitivity"], in: dir)
            #expect(r.status == 0, "\(mode): \(r.stderr)")
            #expect(r.stdoutData == whole.stdoutData, "\(mode)")
        }
    }
}
