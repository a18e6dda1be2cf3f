#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport

/// A full or closed standard output or error: exit status 1 with the failure
/// said on the other stream, never a trap (exit 132/133 before, from Foundation's `try!`) and
/// never a silent success (a failed headline was exit 0). The full device is a node made in the
/// test's folder with /dev/full's numbers.
@Suite(TestTimeLimit.minutes(20)) struct CLIStandardStreamTests {
    private let noSpace = String(cString: strerror(ENOSPC))

    private func folderWithFullDevice() throws -> (URL, FileHandle) {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("[product]\nstock = -5\n", "bad.toml", in: dir)
        let full = dir.appendingPathComponent("full").path
        try FileNodes.makeFull(full)
        return (dir, try #require(FileHandle(forWritingAtPath: full)))
    }

    @Test(.enabled(if: FileNodes.canMakeDevices)) func aReportToAFullStandardOutputIsExitOne() throws {
        let (dir, full) = try folderWithFullDevice()
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "-"], in: dir,
                            standardOutput: full)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the report to standard output: \(noSpace)\n")
    }

    @Test(.enabled(if: FileNodes.canMakeDevices)) func aHeadlineToAFullStandardOutputIsExitOne() throws {
        let (dir, full) = try folderWithFullDevice()
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "cup.txt"], in: dir,
                            standardOutput: full)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: the report was written to cup.txt, but the headline could not be written "
            + "to standard output: \(noSpace)\n")
        let check = try CLI.run(["check", "cup.toml"], in: dir, standardOutput: full)
        #expect(check.status == 1 && check.errors == "moldrisk: cannot write to standard output: \(noSpace)\n")
        let help = try CLI.run(["--help"], in: dir, standardOutput: full)
        #expect(help.status == 1 && help.errors.hasPrefix("moldrisk: cannot write to standard output: \(noSpace)"))
    }

    @Test(.enabled(if: FileNodes.canMakeDevices)) func anErrorToAFullStandardErrorGoesToStandardOutput() throws {
        let (dir, full) = try folderWithFullDevice()
        let r = try CLI.run(["check", "bad.toml"], in: dir, standardError: full)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("moldrisk: cannot write to standard error: \(noSpace); the message was:\n"))
        #expect(r.stdout.contains("bad.toml: product.stock: must be ≥ 1"), "\(r.stdout)")
        let usage = try CLI.run(["run", "cup.toml", "--trials", "-5"], in: dir, standardError: full)
        #expect(usage.status == 2 && usage.stdout.contains("--trials must be a whole number"))
    }

    @Test func aClosedStandardOutputIsExitOneAndTheReportIsStillComplete() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "cup.txt",
                             "--samples", "cup.csv"], in: dir, closing: [1])
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: the report was written to cup.txt, but the headline could not be written "
            + "to standard output: it is closed\n")
        // The samples file took no standard descriptor's place: it holds only its CSV.
        let csv = try String(contentsOf: dir.appendingPathComponent("cup.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("trial,cycle,") && !csv.contains("GO"))
        let piped = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "-"],
                                in: dir, closing: [1])
        #expect(piped.status == 1 && piped.errors == "moldrisk: cannot write the report to standard output: it is closed\n")
    }
}
