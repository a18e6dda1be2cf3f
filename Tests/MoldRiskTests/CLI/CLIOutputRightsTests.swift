#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Replacing a report keeps the replaced file's mode, owner and group (issue 25 item 2): before
/// the fix a 0600 file owned by another user became a 0644 file owned by the user running
/// moldrisk. A hard-linked report is replaced under the name given, the other names keep the
/// old content, and the run says so. When the owner cannot be kept (not root), the run is
/// refused before simulating, nothing written.
@Suite struct CLIOutputRightsTests {
    private static let run = ["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--output", "out/cup.txt"]

    private func status(_ path: String) -> stat {
        var info = stat()
        #expect(lstat(path, &info) == 0)
        return info
    }

    @Test func theModeOfAReplacedReportIsKept() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let report = try CLI.write("old\n", "out/cup.txt", in: dir).path
        #expect(chmod(report, 0o600) == 0)
        let r = try CLI.run(Self.run, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("小杯 small cup"))
        #expect(status(report).st_mode & 0o7777 == 0o600)
        #expect(FileNodes.leftovers(in: dir.appendingPathComponent("out").path).isEmpty)
    }

    /// As root (the tests' usual user here), a file given to another user and group keeps them.
    @Test(.enabled(if: getuid() == 0)) func theOwnerAndGroupOfAReplacedReportAreKept() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let report = try CLI.write("old\n", "out/cup.txt", in: dir).path
        #expect(chown(report, 4242, 4343) == 0 && chmod(report, 0o640) == 0)
        let r = try CLI.run(Self.run, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let info = status(report)
        #expect(info.st_uid == 4242 && info.st_gid == 4343)
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("小杯 small cup"))
    }

    /// Run as an unprivileged user (setpriv, root only), a report that belongs to root cannot keep
    /// its owner: refused (before the simulation), the old report intact, no temporary file left.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReportWhoseOwnerCannotBeKeptIsRefusedBeforeTheRun() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let report = try CLI.write("old\n", "out/cup.txt", in: dir).path
        #expect(chmod(dir.path, 0o777) == 0 && chmod(dir.appendingPathComponent("out").path, 0o777) == 0)
        #expect(chmod(dir.appendingPathComponent("cup.toml").path, 0o644) == 0)
        #expect(chmod(report, 0o666) == 0)
        var folder = dir.deletingLastPathComponent()
        while folder.path != "/" {   // the scratch folder must be reachable by the other user
            var info = stat()
            if stat(folder.path, &info) == 0 && info.st_mode & 0o001 == 0 { return }
            folder = folder.deletingLastPathComponent()
        }
        let binary = CLI.binary.path
        var reachable = stat()
        guard stat(binary, &reachable) == 0, reachable.st_mode & 0o001 != 0 else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + Self.run
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("moldrisk: cannot write the report to out/cup.txt: it belongs to user 0 (root), group 0 (root), "
            + "and moldrisk, running as user 65534"), "\(message)")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "old\n")
        #expect(FileNodes.leftovers(in: dir.appendingPathComponent("out").path).isEmpty)
    }

    @Test func aHardLinkedReportIsReplacedUnderItsNameOnlyAndTheRunSaysSo() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let report = try CLI.write("old\n", "out/cup.txt", in: dir).path
        let other = dir.appendingPathComponent("other-name.txt").path
        #expect(link(report, other) == 0)
        let r = try CLI.run(Self.run, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("小杯 small cup"))
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "old\n")
        #expect(r.errors == "moldrisk: out/cup.txt had 1 other name (hard link), which still shows the old file: "
            + "the new one replaced only this name.\n")
    }
}
