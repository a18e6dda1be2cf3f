#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// An output of a run is never one of its inputs (issue 25 item 1): `--output`, `--samples`,
/// `--partial` or a chart in `--charts` that is the scenario (or, for `merge`, a partial) —
/// by the same path, a symbolic link or a hard link — is refused naming both, exit status 1,
/// with nothing written. Before the fix `run x.toml --output x.toml` overwrote the scenario and
/// exited 0. Two outputs of one run to one file are refused the same way.
@Suite struct CLIOutputInputTests {
    private static let run = ["run", "cup.toml", "--trials", "2000", "--no-sensitivity"]

    /// A folder with `cup.toml`, a symbolic link `link.toml` and a hard link `hard.toml` to it.
    private func folder() throws -> URL {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try FileNodes.makeLink(dir.appendingPathComponent("link.toml").path, to: "cup.toml")
        #expect(link(dir.appendingPathComponent("cup.toml").path, dir.appendingPathComponent("hard.toml").path) == 0)
        return dir
    }

    private func expectUntouched(_ dir: URL) throws {
        #expect(try String(contentsOf: dir.appendingPathComponent("cup.toml"), encoding: .utf8) == CLI.smallScenario)
        #expect(FileNodes.type(dir.appendingPathComponent("link.toml").path) == S_IFLNK)
        #expect(FileNodes.leftovers(in: dir.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test(arguments: ["cup.toml", "link.toml", "hard.toml", "./sub/../cup.toml"])
    func theReportOverTheScenarioIsRefusedNamingBoth(_ output: String) throws {
        let dir = try folder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let r = try CLI.run(Self.run + ["--output", output], in: dir)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the report to \(output): it is the scenario cup.toml (the same file), "
            + "which the run reads; choose another path\n")
        #expect(r.stdout.isEmpty)
        try expectUntouched(dir)
    }

    @Test func theSamplesOrAPartialOverTheScenarioAreRefused() throws {
        let dir = try folder()
        let samples = try CLI.run(Self.run + ["--samples", "hard.toml"], in: dir)
        #expect(samples.status == 1)
        #expect(samples.errors == "moldrisk: cannot write the samples to hard.toml: it is the scenario cup.toml (the same file), "
            + "which the run reads; choose another path\n")
        let partial = try CLI.run(["run", "cup.toml", "--trials", "2000", "--shard", "0/2", "--partial", "link.toml"], in: dir)
        #expect(partial.status == 1)
        #expect(partial.errors.hasPrefix("moldrisk: cannot write the partial result to link.toml: it is the scenario cup.toml"))
        try expectUntouched(dir)
    }

    /// Every chart the run may write is checked before it, the newer ones (scatter, input
    /// distributions) included.
    @Test(arguments: ["stock-curve.svg", "scatter.svg", "input-distributions.svg"])
    func aChartOverTheScenarioIsRefusedBeforeTheRun(_ chart: String) throws {
        let dir = try folder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("charts"), withIntermediateDirectories: true)
        try FileNodes.makeLink(dir.appendingPathComponent("charts/\(chart)").path, to: "../cup.toml")
        let r = try CLI.run(Self.run + ["--charts", "charts", "--output", "cup.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the charts to charts/\(chart): it is the scenario cup.toml "
            + "(the same file), which the run reads; choose another path\n")
        try expectUntouched(dir)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cup.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("charts").path) == [chart])
    }

    @Test func twoOutputsToOneFileAreRefused() throws {
        let dir = try folder()
        let r = try CLI.run(Self.run + ["--format", "csv", "--output", "out.csv", "--samples", "./out.csv"], in: dir)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the samples to ./out.csv: the report goes to out.csv, the same file; "
            + "choose another path\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.csv").path))
        #expect(FileNodes.leftovers(in: dir.path).isEmpty)
    }

    @Test func mergeRefusesToWriteOverAPartial() throws {
        let dir = try folder()
        for i in 0..<2 {
            let r = try CLI.run(["run", "cup.toml", "--trials", "20000", "--shard", "\(i)/2", "--partial", "\(i).partial"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let before = try Data(contentsOf: dir.appendingPathComponent("1.partial"))
        let r = try CLI.run(["merge", "0.partial", "1.partial", "--no-sensitivity", "--output", "1.partial"], in: dir)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the report to 1.partial: it is the partial result 1.partial (the same file), "
            + "which the run reads; choose another path\n")
        #expect(try Data(contentsOf: dir.appendingPathComponent("1.partial")) == before)
    }
}
