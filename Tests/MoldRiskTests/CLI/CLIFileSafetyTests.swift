#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport

/// The binary never destroys a file it does not own: `--output`, `--samples`,
/// `--partial` and `--charts` at a device node (made in the test's folder), a symbolic link or a
/// folder. Before the fix the report was renamed over the device node and the link.
@Suite(TestTimeLimit.minutes(20)) struct CLIFileSafetyTests {
    @Test(.enabled(if: FileNodes.canMakeDevices)) func outputSamplesAndPartialAtADeviceKeepTheDevice() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let null = dir.appendingPathComponent("null").path
        try FileNodes.makeNull(null)
        let runs = [["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "null", "--samples", "null"],
                    ["run", "cup.toml", "--trials", "20000", "--shard", "0/2", "--partial", "null"]]
        for args in runs {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(FileNodes.type(null) == S_IFCHR, "\(args)")
            #expect(FileNodes.deviceNumbers(null) == 0x103)
        }
        #expect(FileNodes.leftovers(in: dir.path).isEmpty)
    }

    @Test(.enabled(if: FileNodes.canMakeDevices)) func aFullDeviceIsExitOneAndStaysADevice() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try FileNodes.makeFull(dir.appendingPathComponent("full").path)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "full"], in: dir)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the report to full: \(String(cString: strerror(ENOSPC)))\n")
        #expect(FileNodes.type(dir.appendingPathComponent("full").path) == S_IFCHR)
        let charts = try CLI.run(["run", "cup.toml", "--trials", "2000", "--charts", "full"], in: dir)
        #expect(charts.status == 1 && charts.errors == "moldrisk: --charts full is not a folder; give a folder.\n")
    }

    @Test func aLinkedReportReplacesTheLinksTargetAndKeepsTheLink() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("old report\n", "shared/cup.txt", in: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try FileNodes.makeLink(dir.appendingPathComponent("reports/cup.txt").path, to: "../shared/cup.txt")
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileNodes.type(dir.appendingPathComponent("reports/cup.txt").path) == S_IFLNK)
        let report = try String(contentsOf: dir.appendingPathComponent("shared/cup.txt"), encoding: .utf8)
        #expect(report.contains("小杯 small cup"))
        #expect(FileNodes.leftovers(in: dir.appendingPathComponent("shared").path).isEmpty)
    }

    @Test func aFolderAtAnOutputPathIsExitOneNamingIt() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("kept\n", "taken/inside", in: dir)
        let cases: [([String], String)] = [
            (["--output", "taken"], "moldrisk: cannot write the report to taken: it is a folder; give a file path\n"),
            (["--samples", "taken"], "moldrisk: cannot write the samples to taken: it is a folder; give a file path\n"),
            (["--shard", "0/2", "--partial", "taken"],
             "moldrisk: cannot write the partial result to taken: it is a folder; give a file path\n"),
        ]
        for (options, message) in cases {
            let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity"] + options, in: dir)
            #expect(r.status == 1 && r.errors == message, "\(r.stderr)")
        }
        #expect(try String(contentsOf: dir.appendingPathComponent("taken/inside"), encoding: .utf8) == "kept\n")
    }

    /// `--output` into a missing folder creates it and says so.
    @Test func aMissingOutputFolderIsCreatedAndSaid() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "new/deep/cup.txt"], in: dir)
        #expect(r.status == 0)
        #expect(r.errors == "moldrisk: created the folder new for the report.\n")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("new/deep/cup.txt").path))
    }
}
