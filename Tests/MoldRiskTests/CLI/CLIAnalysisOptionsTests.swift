import Foundation
import Testing
import MoldRiskTestSupport

/// `run --precision` and `run --samples` end to end.
@Suite(TestTimeLimit.minutes(20)) struct CLIAnalysisOptionsTests {
    @Test func samplesAreWrittenOnlyForAValidScenario() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--samples", "out/samples.csv", "--output", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOf: dir.appendingPathComponent("out/samples.csv"), encoding: .utf8)
        let lines = csv.split(whereSeparator: \.isNewline)
        #expect(lines.count == 1 + 2_000 * 2)
        #expect(lines[0].hasPrefix("trial,cycle,mold_cost"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        #expect(leftovers == ["samples.csv"])

        try CLI.write(CLI.smallScenario.replacingOccurrences(of: "stock = 100_000", with: "stock = -1"), "bad.toml", in: dir)
        let bad = try CLI.run(["run", "bad.toml", "--samples", "bad-samples.csv"], in: dir)
        #expect(bad.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad-samples.csv").path))
    }

    @Test func precisionStopsBeforeTheCap() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--precision", "0.01", "--trials", "400000",
                             "--format", "json", "--output", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any]
        let trials = json?["trials"] as? Int ?? 0
        #expect(trials > 0 && trials < 400_000 && trials % 40_000 == 0)
    }

    @Test func theTornadoIsOnByDefaultAndOffWithNoSensitivity() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        func bars(_ extra: [String]) throws -> Int {
            let r = try CLI.run(["run", "cup.toml", "--format", "json", "--output", "-"] + extra, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any]
            let cycle = (json?["cycles"] as? [String: Any])?["traditional"] as? [String: Any]
            return (cycle?["sensitivity"] as? [Any])?.count ?? -1
        }
        #expect(try bars([]) > 3)
        #expect(try bars(["--no-sensitivity"]) == 0)
    }

    @Test func badPrecisionOrSamplesArgumentsAreUsageErrors() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        for args in [["--precision", "0"], ["--precision", "-0.1"], ["--precision", "abc"], ["--samples", "-"]] {
            let r = try CLI.run(["run", "cup.toml"] + args, in: dir)
            #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
        }
    }
}
