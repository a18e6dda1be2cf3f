import ArgumentParser
import Foundation
import MoldRisk

/// `moldrisk run`: simulate a scenario, print the verdict, write the full report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a scenario, print the verdict and write the full report.",
        discussion: """
            Prints the verdict and headline figures, and writes the full report to
            reports/<scenario-file-stem>.<ext> (txt, json, csv or md) unless --output says otherwise.
            With --output - the report alone goes to standard output and the headline to standard error,
            so `moldrisk run x.toml --format json --output - | jq` works.
            The same scenario and seed always give byte-identical reports, whatever --threads is.
            """)

    @Argument(help: "The scenario file (TOML), e.g. scenarios/rinse-cups.toml.")
    var scenario: String

    @Option(help: "Number of trials (1 to 1,000,000,000); overrides scenario.trials.")
    var trials: Int?

    @Option(help: "Random seed (0 or more); overrides scenario.seed.")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Report format: text, json, csv or markdown.")
    var format: ReportFormat = .text

    @Option(help: "Where to write the report; - for standard output. Default: reports/<stem>.<ext>.")
    var output: String?

    @Option(help: ArgumentHelp("Also write SVG charts into this folder (created if missing); the Markdown report embeds them.",
                               valueName: "dir"))
    var charts: String?

    func validate() throws {
        if let trials, !(1...1_000_000_000).contains(trials) {
            throw ValidationError("--trials must be between 1 and 1,000,000,000 (got \(trials)).")
        }
        if threads < 1 || threads > 1024 {
            throw ValidationError("--threads must be between 1 and 1024 (got \(threads)).")
        }
        if output == "" { throw ValidationError("--output needs a path, or - for standard output.") }
        if charts == "" { throw ValidationError("--charts needs a folder.") }
    }

    func run() throws {
        let loaded = try ScenarioFile.load(scenario)
        let destination = try ReportDestination(output: output, scenarioPath: scenario, format: format)
        if let charts {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: charts, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw CLIFailure(message: "moldrisk: --charts \(charts) is a file; give a folder.")
            }
        }
        let bar = ProgressBar.forStandardError()
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { done, total in bar.update(done, total) } }
        let result = MoldRiskRun.run(loaded, trials: trials, seed: seed, threads: threads, progress: progress)
        bar?.finish()
        var chartsPath: String?
        if let charts {
            do {
                try ChartFolder.write(ChartRenderer.render(result), to: charts)
            } catch {
                throw CLIFailure(message: "moldrisk: cannot write the charts to \(charts): \(error)")
            }
            var reportPath: String?
            if case let .file(path) = destination { reportPath = path }
            chartsPath = ChartFolder.relativePath(to: charts, fromReportAt: reportPath,
                                                  currentDirectory: FileManager.default.currentDirectoryPath)
        }
        let report = ReportRenderer.render(result, as: format, chartsPath: chartsPath)
        var headline = HeadlineRenderer.render(result)
        if !headline.hasSuffix("\n") { headline += "\n" }
        switch destination {
        case .standardOutput:
            FileHandle.standardOutput.write(Data(report.utf8))
            FileHandle.standardError.write(Data(headline.utf8))
        case let .file(path):
            do {
                try AtomicFileWriter.write(report, to: path)
            } catch {
                throw CLIFailure(message: "moldrisk: cannot write the report to \(path): \(error)")
            }
            print(headline + "Full report: \(path)")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// Where `run` writes its report, decided (and checked) before the simulation starts.
enum ReportDestination {
    case standardOutput
    case file(String)

    init(output: String?, scenarioPath: String, format: ReportFormat) throws {
        if output == "-" {
            self = .standardOutput
            return
        }
        let stem = URL(fileURLWithPath: scenarioPath).deletingPathExtension().lastPathComponent
        let path = output ?? "reports/\(stem).\(format.fileExtension)"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure(message: "moldrisk: --output \(path) is a folder; give a file path.")
        }
        self = .file(path)
    }
}
