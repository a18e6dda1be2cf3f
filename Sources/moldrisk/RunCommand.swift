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

    @Option(help: ArgumentHelp(
        "Run chunk after chunk until every cycle's P(loss) is known to ± this (95 % half-width), e.g. 0.002.",
        discussion: "--trials (or scenario.trials) is the cap; the report says how many trials it took."))
    var precision: Double?

    @Option(help: "Also write every trial's drawn inputs and outcomes per cycle to this CSV file (streamed).")
    var samples: String?
    @Option(name: .customLong("set"), help: ScenarioFile.setHelp)
    var overrides: [String] = []
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
        if let precision, !(precision > 0 && precision <= 0.5) {
            throw ValidationError("--precision must be a half-width above 0 and at most 0.5, e.g. 0.002 (got \(precision)).")
        }
        if let samples, samples.isEmpty || samples == "-" {
            throw ValidationError("--samples needs a file path (e.g. samples.csv).")
        }
        try ScenarioFile.validateOverrides(overrides)
        if charts == "" { throw ValidationError("--charts needs a folder.") }
    }

    func run() throws {
        let loaded = try ScenarioFile.load(scenario, overrides: overrides)
        let destination = try ReportDestination(output: output, scenarioPath: scenario, format: format)
        try checkChartsFolder()
        let samplesFile = try openSamples(for: loaded)
        let result = simulate(loaded, samplesFile: samplesFile)
        do {
            try samplesFile?.commit()
        } catch {
            throw CLIFailure(message: "moldrisk: \(error)")
        }
        let chartsPath = try writeCharts(result, destination: destination)
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

    /// The simulation with the progress bar (on a terminal) and the `--samples` sink.
    private func simulate(_ scenario: Scenario, samplesFile: AtomicFileStream?) -> RunResult {
        let bar = ProgressBar.forStandardError()
        var options = MoldRiskRun.Options(trials: trials, seed: seed, threads: threads, precision: precision,
                                          sensitivity: true)
        if let bar { options.progress = { done, total in bar.update(done, total) } }
        if let samplesFile { options.sink = SamplesCSV.sink(for: scenario, write: { samplesFile.append($0) }) }
        let result = MoldRiskRun.run(scenario, options: options)
        bar?.finish()
        return result
    }

    /// Refuses a `--charts` path that is a file, before anything runs.
    private func checkChartsFolder() throws {
        guard let charts else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: charts, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CLIFailure(message: "moldrisk: --charts \(charts) is a file; give a folder.")
        }
    }

    /// Writes the `--charts` SVGs; returns their folder relative to the report, for Markdown.
    private func writeCharts(_ result: RunResult, destination: ReportDestination) throws -> String? {
        guard let charts else { return nil }
        do {
            try ChartFolder.write(ChartRenderer.render(result), to: charts)
        } catch {
            throw CLIFailure(message: "moldrisk: cannot write the charts to \(charts): \(error)")
        }
        var reportPath: String?
        if case let .file(path) = destination { reportPath = path }
        return ChartFolder.relativePath(to: charts, fromReportAt: reportPath,
                                        currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The `--samples` file, opened (as a temporary file) before the run and headed.
    private func openSamples(for scenario: Scenario) throws -> AtomicFileStream? {
        guard let samples else { return nil }
        do {
            let file = try AtomicFileStream(path: samples)
            file.append(SamplesCSV.header)
            return file
        } catch {
            throw CLIFailure(message: "moldrisk: \(error)")
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
