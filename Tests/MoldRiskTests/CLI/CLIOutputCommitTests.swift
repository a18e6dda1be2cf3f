#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// A run's outputs are committed together and a closed stream is a message, not a signal
/// (issue 25 items 3, 4, 5 and 6):
/// - every file is complete before any is renamed: a failure replaces nothing (before the fix
///   the samples and the charts were replaced before the report failed);
/// - SIGPIPE is ignored: a reader that quits gives exit status 1 with the reason (before: killed
///   by SIGPIPE, exit 141, no message);
/// - temporary names fit in 255 bytes, and folders made for a failed run are removed;
/// - every destination is checked before simulating (a FIFO without a reader is refused at once).
@Suite struct CLIOutputCommitTests {
    private static let run = ["run", "cup.toml", "--no-sensitivity"]

    /// Every regular file under `dir` with its bytes.
    private func snapshot(_ dir: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let name as String in FileManager.default.enumerator(atPath: dir.path)! {
            let url = dir.appendingPathComponent(name)
            if FileNodes.type(url.path) == S_IFREG { files[name] = try Data(contentsOf: url) }
        }
        return files
    }

    @Test(.enabled(if: FileNodes.canMakeDevices)) func aReportThatFailsReplacesNeitherTheSamplesNorTheCharts() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let first = try CLI.run(Self.run + ["--trials", "2000", "--samples", "s.csv", "--charts", "ch", "--output", "r.txt"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        try FileNodes.makeFull(dir.appendingPathComponent("full").path)
        let before = try snapshot(dir)
        let r = try CLI.run(Self.run + ["--trials", "3000", "--seed", "5", "--samples", "s.csv", "--charts", "ch", "--output", "full"],
                            in: dir)
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the report to full: \(String(cString: strerror(ENOSPC))); "
            + "no file was written or replaced\n")
        #expect(try snapshot(dir) == before)
        #expect(FileNodes.leftovers(in: dir.path).isEmpty && FileNodes.leftovers(in: dir.appendingPathComponent("ch").path).isEmpty)
    }

    /// A pipe whose reading end is already closed, as `| head -1` leaves it once head is done.
    private func closedPipe() throws -> FileHandle {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        return pipe.fileHandleForWriting
    }

    @Test func aReportToAClosedPipeIsExitOneAndReplacesNothing() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("previous samples\n", "s.csv", in: dir)
        let r = try CLI.run(Self.run + ["--trials", "2000", "--output", "-", "--samples", "s.csv"], in: dir,
                            standardOutput: try closedPipe())
        #expect(r.status == 1)
        #expect(r.errors == "moldrisk: cannot write the report to standard output: \(String(cString: strerror(EPIPE)))\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("s.csv"), encoding: .utf8) == "previous samples\n")
        #expect(FileNodes.leftovers(in: dir.path).isEmpty)
    }

    @Test func checkIntoAClosedPipeIsExitOneWithTheReason() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["check", "cup.toml"], in: dir, standardOutput: try closedPipe())
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("moldrisk: cannot write to standard output: \(String(cString: strerror(EPIPE)))"))
    }

    /// The reader of a `--samples` FIFO quits after the first bytes: exit status 1 naming the
    /// FIFO, the report not written and the folders made for it removed.
    @Test func aSamplesFIFOWhoseReaderQuitsIsExitOneAndLeavesNoFolder() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let fifo = dir.appendingPathComponent("fifo").path
        try FileNodes.makeFIFO(fifo)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        let (process, err) = try CLI.start(Self.run + ["--trials", "200000", "--threads", "1", "--samples", "fifo",
                                                        "--output", "new/deep/cup.txt"], in: dir)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var got = 0
        for _ in 0..<6000 where got <= 0 {   // at most 60 s, a guard against a hang
            got = read(reader, &buffer, buffer.count)
            if got <= 0 { usleep(10_000) }
        }
        #expect(got > 0, "the run never wrote its samples")
        close(reader)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(message.hasSuffix("moldrisk: cannot write the samples to fifo: \(String(cString: strerror(EPIPE))); "
            + "no file was written or replaced\n"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new").path))
        #expect(FileNodes.type(fifo) == S_IFIFO)
    }

    /// A billion trials would take hours: the FIFO without a reader must be refused before them.
    @Test func aReportFIFOWithoutAReaderIsRefusedBeforeSimulating() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try FileNodes.makeFIFO(dir.appendingPathComponent("fifo").path)
        let (process, err) = try CLI.start(Self.run + ["--trials", "1000000000", "--output", "fifo", "--samples", "s.csv"], in: dir)
        for _ in 0..<6000 where process.isRunning { usleep(10_000) }   // a guard: fail instead of running for hours
        #expect(!process.isRunning, "still simulating after 60 s")
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            return
        }
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.hasSuffix("moldrisk: cannot write the report to fifo: nothing is reading it (a FIFO needs a reader)\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.csv").path))
        #expect(FileNodes.leftovers(in: dir.path).isEmpty)
    }

    /// A 240-byte output name and the default report of a scenario file named with 236
    /// characters are written (the temporary name is cut to fit in 255 bytes).
    @Test func longNamesAreWritten() throws {
        let dir = try CLI.scratchFolder()
        let stem = String(repeating: "杯", count: 20) + String(repeating: "c", count: 216)   // 236 characters, 276 bytes
        let shortStem = String(repeating: "c", count: 236)
        try CLI.write(CLI.smallScenario, "\(shortStem).toml", in: dir)
        let output = String(repeating: "o", count: 236) + ".txt"
        let r = try CLI.run(["run", "\(shortStem).toml", "--trials", "2000", "--no-sensitivity", "--output", output], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(output).path))
        let byDefault = try CLI.run(["run", "\(shortStem).toml", "--trials", "2000", "--no-sensitivity", "--format", "json"], in: dir)
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/\(shortStem).json").path))
        #expect(FileNodes.leftovers(in: dir.appendingPathComponent("reports").path).isEmpty)
        // A name past 255 bytes is refused before the run, naming the limit.
        let tooLong = try CLI.run(["run", "\(shortStem).toml", "--trials", "2000", "--output", "x/" + stem + ".txt"], in: dir)
        #expect(tooLong.status == 1)
        #expect(tooLong.errors == "moldrisk: cannot write the report to x/\(stem).txt: its file name is 280 bytes; "
            + "a file name may have at most 255\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x").path))
    }

    /// A what-if run (`--set`) of a long-named scenario writes beside it, within 255 bytes.
    @Test func aWhatIfRunOfALongNamedScenarioFitsTheNameLimit() throws {
        let dir = try CLI.scratchFolder()
        let stem = String(repeating: "c", count: 236)
        try CLI.write(CLI.smallScenario, "\(stem).toml", in: dir)
        let r = try CLI.run(["run", "\(stem).toml", "--trials", "2000", "--no-sensitivity", "--set", "product.stock=90000"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("reports").path)
        #expect(written.count == 1)
        #expect(written.allSatisfy { $0.utf8.count <= 255 && $0.contains("+set-product.stock=90000") && $0.hasSuffix(".txt") })
    }
}
