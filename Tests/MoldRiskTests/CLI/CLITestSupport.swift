import Foundation
import Testing

/// Runs the built `moldrisk` binary (built next to the test bundle) in a working folder and
/// captures its exit status, standard output and standard error.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String
    let stdoutData: Data
}

enum CLI {
    /// The package root (this file lives in Tests/MoldRiskTests/CLI/).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `moldrisk` executable in the same build folder as the running tests.
    static var binary: URL {
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
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = folder
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

    /// A fresh empty folder for one test.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("moldrisk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small valid scenario (few trials, so CLI tests are fast).
    static let smallScenario = """
        [scenario]
        name = "小杯 small cup"
        trials = 3_000
        seed = 11

        [product]
        unit_price = 9.9
        unit_cost = 2.6
        salvage_value = 1.0
        stock = 100_000

        [mold]
        cost = { dist = "pert", min = 150_000, mode = 250_000, max = 800_000 }
        days = { dist = "uniform", min = 20, max = 30 }
        capacity_per_day = 20_000

        [window]
        season_days = 30
        peak_share = 0.4

        [cycles.traditional]
        commit_days_before_window = 100
        research_days = { dist = "triangular", min = 30, mode = 45, max = 75 }
        rework_probability = 0.35
        rework_days = { dist = "triangular", min = 5, mode = 10, max = 25 }
        rework_cost = { dist = "triangular", min = 20_000, mode = 50_000, max = 150_000 }
        demand = { units = { dist = "lognormal", median = 80_000, sigma = 0.6 }, drift_per_30_days = 0.15 }

        [cycles.data_driven]
        commit_days_before_window = 60
        fixed_cost = 20_000
        research_days = { dist = "triangular", min = 4, mode = 7, max = 14 }
        rework_probability = 0.10
        rework_days = { dist = "triangular", min = 3, mode = 5, max = 10 }
        rework_cost = { dist = "triangular", min = 10_000, mode = 30_000, max = 80_000 }
        demand = { visitors = { dist = "lognormal", median = 1_500_000, sigma = 0.25 }, impressions = 20_000, orders = 1_100, drift_per_30_days = 0.15 }

        [analysis]
        stock_levels = [40_000, 80_000, 100_000, 120_000]
        """

    /// Writes `text` to `name` inside `folder`.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}
