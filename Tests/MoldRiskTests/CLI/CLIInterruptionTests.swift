#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import MoldRiskTestSupport

/// SIGTERM or Ctrl-C (SIGINT) during a long `--samples` run: exit status 143 or
/// 130, the unfinished temporary files (samples, and the report's, opened before the run)
/// removed with the folders made for them, the previous samples file unchanged. Before the
/// fix the process died of the signal and left `.samples.csv.tmp-PID-RAND` behind.
@Suite(TestTimeLimit.minutes(20)) struct CLIInterruptionTests {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalRemovesTheTemporaryFileAndExitsWith128PlusTheSignal(_ signal: Int32, _ status: Int32) throws {
        let dir = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("previous samples\n", "samples.csv", in: dir)
        let (process, err) = try CLI.start(["run", "cup.toml", "--trials", "100000000", "--threads", "1", "--no-sensitivity",
                                            "--samples", "samples.csv", "--output", "new/deep/cup.txt"], in: dir)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        // Wait (at most 60 s, a guard against a hang) until trial rows are being streamed.
        var temporary: String?
        for _ in 0..<6000 where process.isRunning {
            if let name = FileNodes.leftovers(in: dir.path).first(where: { name in
                let size = try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(name).path)[.size] as? Int
                return (size ?? 0) > 10_000
            }) {
                temporary = name
                break
            }
            usleep(10_000)
        }
        #expect(temporary != nil, "the run never started streaming its samples")
        kill(process.processIdentifier, signal)
        // The exit is immediate; 10 s is only a guard so that a regression fails instead of hanging.
        for _ in 0..<1000 where process.isRunning { usleep(10_000) }
        #expect(!process.isRunning, "still running 10 s after the signal")
        if process.isRunning { return }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(FileNodes.leftovers(in: dir.path).isEmpty)
        #expect(try String(contentsOf: dir.appendingPathComponent("samples.csv"), encoding: .utf8) == "previous samples\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new").path))
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("moldrisk: interrupted (\(signal == SIGINT ? "SIGINT" : "SIGTERM")); removed 2 unfinished temporary files "
            + "and the folders made for them (new/deep, new); files that existed before are unchanged.\n"))
    }
}
