#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Issue 25 item 13: digits grouped as TOML allows (an `_` only between two digits), a
/// `--precision` no run can reach refused in words instead of "the 0.00000000000 % asked
/// for", and `merge` of a FIFO saying what it is (it said "You don't have permission" as root).
@Suite struct CLIParsingFaultTests {
    @Test(arguments: [("--trials", "_1"), ("--trials", "1_"), ("--trials", "1__0"), ("--trials", "2_000_"),
                      ("--threads", "_2"), ("--seed", "1__5"), ("--seed", "0x_ff"), ("--seed", "0xff_")])
    func anUnderscoreNotBetweenTwoDigitsIsRefused(_ option: String, _ value: String) throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", option, value, "--no-sensitivity"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Error: \(option) must be a whole number from "), "\(r.stderr)")
        #expect(r.stderr.contains("got \(value)"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }

    @Test func groupedDigitsAreStillNumbers() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2_0_00", "--seed", "0xdead_beef", "--threads", "1_0",
                             "--no-sensitivity", "--format", "json", "--output", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any]
        #expect(json?["trials"] as? Int == 2000)
        #expect(json?["seed"] as? Int == 0xdeadbeef)
    }

    @Test(arguments: ["5e-324", "1e-12", "0.000000001"])
    func aPrecisionNoRunCanReachIsRefusedInWords(_ value: String) throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--precision", value], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("can never be reached: even 1,000,000,000 trials, the most a run may have, know P(loss) "
            + "only to ± 0.00000019 %"), "\(r.stderr)")
        #expect(!r.stderr.contains("0.00000000000"))
    }

    @Test func theSmallestReachablePrecisionIsWordedWithItsDigits() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--precision", "0.00000001", "--no-sensitivity",
                             "--output", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("above the 0.0000010 % asked for"), "\(r.stdout)")
    }

    @Test func mergeOfAFIFOSaysWhatItIs() throws {
        let dir = try CLI.scratchFolder()
        try FileNodes.makeFIFO(dir.appendingPathComponent("part.partial").path)
        let r = try CLI.run(["merge", "part.partial"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "moldrisk: cannot read part.partial: it is a FIFO (named pipe), not a partial result file\n")
    }
}
