import ArgumentParser
import Foundation
import MoldRisk

/// `moldrisk run`: simulate a scenario, print the verdict, write the full report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a scenario, print the verdict and write the full report.",
        discussion: """
            Prints the verdict and headline figures, and writes the full report to \
            reports/<scenario-file-stem>.<ext> (txt, json, csv or md) unless --output says otherwise. \
            With --output - the report alone goes to standard output and the headline to standard error, \
            so `moldrisk run x.toml --format json --output - | jq` works. \
            The same scenario and seed always give byte-identical reports, whatever --threads is.

            On many machines: --shard I/N --partial FILE runs only shard I's share of the chunks \
            (I from 0 to N-1) and writes a partial result to FILE instead of a report; \
            `moldrisk merge FILE…` then writes the same report as the unsharded run.
            """)

    @Argument(help: "The scenario file (TOML), e.g. scenarios/rinse-cups.toml.")
    var scenario: String

    @Option(help: "Number of trials (1 to 1,000,000,000); overrides scenario.trials.")
    var trials: Int?

    @Option(help: "Random seed (0 or more); overrides scenario.seed.")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Report format: text, json, csv or markdown (default: text).")
    var format: ReportFormat?

    @Option(help: "Where to write the report; - for standard output. Default: reports/<stem>.<ext>.")
    var output: String?

    @Option(help: ArgumentHelp(
        "Run chunk after chunk until every cycle's P(loss) is known to ± this (95 % half-width), e.g. 0.002.",
        discussion: "--trials (or scenario.trials) is the cap; the report says how many trials it took."))
    var precision: Double?

    @Option(help: "Also write every trial's drawn inputs and outcomes per cycle to this CSV file (streamed).")
    var samples: String?

    @Flag(inversion: .prefixedNo,
          help: "Compute the tornado (each input held at its P10 and P90 on the first 50,000 trials).")
    var sensitivity = true
    @Option(name: .customLong("set"), help: ScenarioFile.setHelp)
    var overrides: [String] = []
    @Option(help: ChartsDestination.help)
    var charts: String?

    @Option(help: "Run only shard I of N (I from 0 to N-1), e.g. 2/8; needs --partial. Merge with `moldrisk merge`.")
    var shard: String?

    @Option(help: "With --shard: the file to write the shard's partial result to (instead of a report).")
    var partial: String?

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
        try validateShard()
    }

    /// `--shard I/N` and `--partial FILE` go together, and without the options that need the whole run.
    private func validateShard() throws {
        switch (shard, partial) {
        case (nil, nil):
            return
        case (.some, nil):
            throw ValidationError("--shard needs --partial FILE: a shard writes a partial result, not a report.")
        case (nil, .some):
            throw ValidationError("--partial goes with --shard I/N (e.g. --shard 0/4 --partial parts/0.partial).")
        case let (.some(text), .some(file)):
            do {
                _ = try Shard(parsing: text)
            } catch {
                throw ValidationError(error.message + ".")
            }
            if file.isEmpty || file == "-" { throw ValidationError("--partial needs a file path.") }
            if format != nil || output != nil {
                throw ValidationError("--format and --output do not apply to a shard (it writes no report); "
                    + "give them to `moldrisk merge`.")
            }
            if precision != nil {
                throw ValidationError("--precision cannot be used with --shard: it stops a run from the running "
                    + "totals of all chunks, which no shard sees. Choose --trials instead.")
            }
            if samples != nil {
                throw ValidationError("--samples cannot be used with --shard; run it without --shard.")
            }
            if charts != nil {
                throw ValidationError("--charts does not apply to a shard (it writes no report); give it to `moldrisk merge`.")
            }
        }
    }

    func run() throws {
        if let shard, let partial {
            return try runShard(try Shard(parsing: shard), partial: partial)
        }
        let format = format ?? .text
        let loaded = try ScenarioFile.load(scenario, overrides: overrides)
        let destination = try ReportDestination(output: output, scenarioPath: scenario, format: format)
        let chartsDestination = try ChartsDestination.checked(charts)
        let samplesFile = try openSamples(for: loaded)
        let result = simulate(loaded, samplesFile: samplesFile)
        if let fault = result.simulationFault {
            throw CLIFailure(message: "moldrisk: \(scenario): internal error: \(fault); no report written")
        }
        do {
            try samplesFile?.commit()
        } catch {
            throw CLIFailure(message: "moldrisk: \(error)")
        }
        let chartsPath = try chartsDestination?.write(result, report: destination)
        try ReportDestination.deliver(result, as: format, to: destination, chartsPath: chartsPath)
    }

    /// `--shard I/N --partial FILE`: run the shard's chunks, write the partial atomically, print one line.
    private func runShard(_ shard: Shard, partial path: String) throws {
        let source = try ScenarioFile.source(scenario, overrides: overrides)
        let loaded = try ScenarioFile.load(source)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure(message: "moldrisk: --partial \(path) is a folder; give a file path.")
        }
        let plan = SimulationPlan(scenario: loaded, trials: trials, seed: seed)
        let bar = ProgressBar.forStandardError()
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { done, total in bar.update(done, total) } }
        let result: PartialResult
        do {
            result = try PartialResult.run(plan, source: source, shard: shard, threads: threads, progress: progress)
        } catch {
            throw CLIFailure(message: "moldrisk: \(scenario): \(error.message)")
        }
        bar?.finish()
        do {
            try AtomicFileWriter.write(result.encodedText(), to: path)
        } catch {
            throw CLIFailure(message: "moldrisk: cannot write the partial result to \(path): \(error)")
        }
        let chunks = result.chunks
        print("Shard \(shard.index) of \(shard.count): chunks \(chunks.lowerBound)..<\(chunks.upperBound) of "
            + "\(result.chunkCount), \(result.shardTrials) of \(result.trials) trials, seed \(result.seed), "
            + "scenario \(source.file) (fingerprint \(source.fingerprintText)) → \(path)")
    }

    /// The simulation with the progress bar (on a terminal) and the `--samples` sink.
    private func simulate(_ scenario: Scenario, samplesFile: AtomicFileStream?) -> RunResult {
        let bar = ProgressBar.forStandardError()
        var options = MoldRiskRun.Options(trials: trials, seed: seed, threads: threads, precision: precision,
                                          sensitivity: sensitivity)
        if let bar { options.progress = { done, total in bar.update(done, total) } }
        if let samplesFile { options.sink = SamplesCSV.sink(for: scenario, write: { samplesFile.append($0) }) }
        let result = MoldRiskRun.run(scenario, options: options)
        bar?.finish()
        return result
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
