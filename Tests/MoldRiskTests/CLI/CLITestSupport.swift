import Foundation
import Testing
import MoldRiskTestSupport
@testable import MoldRisk
@testable import MoldRiskReport

/// Runs the built `moldrisk` binary (built next to the test bundle) in a working folder and
/// captures its exit status, standard output and standard error.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String
    let stdoutData: Data

    /// Standard error without the scenario's `warning:` lines (the small scenario warns that a
    /// cycle is always on time), for tests that compare the error message itself.
    var errors: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("warning: ") }.joined(separator: "\n")
    }
}

enum CLI {
    /// The package root (`MoldRiskTestSupport.packageRoot`).
    static let packageRoot = MoldRiskTestSupport.packageRoot

    /// The `moldrisk` executable the CLI tests launch: `MOLDRISK_TEST_BINARY` when set (`make test`
    /// sets it to the release build it has just made, which runs the simulations about 12× faster
    /// than the debug build), else the one in the same build folder as the running tests.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["MOLDRISK_TEST_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("moldrisk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/moldrisk")
    }

    /// Runs `moldrisk args…` in `folder` and waits for it.
    static func run(_ args: [String], in folder: URL) throws -> CLIRun {
        try run(args, in: folder, environment: [:])
    }

    /// Runs `moldrisk args…` in `folder` with `environment` added to the tests' own (e.g.
    /// `COLUMNS`, which sets the width the help is wrapped to) and waits for it.
    static func run(_ args: [String], in folder: URL, environment: [String: String]) throws -> CLIRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Runs `moldrisk args…` in `folder` with standard output and/or error bound to the given
    /// handles (e.g. a device node made in the test's folder); a stream not given is captured.
    /// `closing` names descriptors closed in the child (`>&-`, through `/bin/sh`'s `exec`).
    static func run(_ args: [String], in folder: URL, standardOutput: FileHandle? = nil,
                    standardError: FileHandle? = nil, closing: [Int] = []) throws -> CLIRun {
        let process = Process()
        if closing.isEmpty {
            process.executableURL = binary
            process.arguments = args
        } else {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let redirections = closing.map { "\($0)>&-" }.joined(separator: " ")
            process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirections)", binary.path] + args
        }
        process.currentDirectoryURL = folder
        // Only the captured streams get a pipe: an unused pipe's write end would keep its reader waiting.
        let out = standardOutput == nil ? Pipe() : nil
        let err = standardError == nil ? Pipe() : nil
        process.standardOutput = standardOutput ?? out
        process.standardError = standardError ?? err
        try process.run()
        let outData = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let errData = err?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Starts `moldrisk args…` in `folder` without waiting, standard output discarded, standard
    /// error to the pipe returned (for tests that signal the process or act while it runs).
    static func start(_ args: [String], in folder: URL) throws -> (process: Process, standardError: Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, err)
    }

    /// A fresh empty folder for one test.
    static func scratchFolder() throws -> URL { try FileNodes.scratchFolder() }

    /// A small valid scenario: DESIGN's example with few trials (so CLI tests are fast), another
    /// name and seed, and four stock levels.
    static let smallScenario = ScenarioFixtures.designExample
        .replacingOccurrences(of: "name = \"家用漱口杯 rinse cup, Double 11\"", with: "name = \"小杯 small cup\"")
        .replacingOccurrences(of: "trials = 200_000", with: "trials = 3_000")
        .replacingOccurrences(of: "seed = 20201111", with: "seed = 11")
        .replacingOccurrences(of: "stock_levels = [40_000, 60_000, 80_000, 100_000, 120_000, 150_000]",
                              with: "stock_levels = [40_000, 80_000, 100_000, 120_000]")

    /// The verdict line `moldrisk run` prints for the scenario `text` (with these overrides), from
    /// the same run made in process and worded by the English string table: tests assert the whole
    /// line, since a "GO" substring would also match "NO-GO".
    static func verdictLine(_ text: String, trials: Int? = nil, seed: UInt64? = nil) throws -> String {
        // As `moldrisk run` does: the verdict's stock comes from the stock search.
        let result = try MoldRiskRun.run(try parseScenario(text), options: .init(trials: trials, seed: seed, threads: 1, searchStock: true))
        return EnglishStrings().verdictLine(result.verdict)
    }

    /// The verdict line of a run's standard error: its first line that is not a warning.
    static func verdictLine(ofStandardError stderr: String) -> String? {
        stderr.split(separator: "\n").first { !$0.hasPrefix("warning:") }.map(String.init)
    }

    /// Writes `text` to `name` inside `folder`.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}
