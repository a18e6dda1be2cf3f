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
            reports/<scenario-file-stem>.<ext> (txt, json, csv, md or pdf) unless --output says otherwise; \
            a what-if run (--set without --output) writes beside it, to reports/<stem>+set-<overrides>.<ext>, \
            and a report in another language than the scenario's own (--lang) to reports/<stem>.<lang>.<ext>. \
            With --output - the report alone goes to standard output and the headline to standard error, \
            so `moldrisk run x.toml --format json --output - | jq` works. \
            The same scenario and seed always give byte-identical reports, whatever --threads is.

            On many machines: --shard I/N --partial FILE runs only shard I's share of the chunks \
            (I from 0 to N-1) and writes a partial result to FILE instead of a report; \
            `moldrisk merge FILE…` then writes the same report as the unsharded run.
            """)

    @Argument(help: "The scenario file (TOML), e.g. scenarios/rinse-cups.toml.")
    var scenario: String

    @Option(name: .customLong("trials"), parsing: .unconditional,
            help: ArgumentHelp("Number of trials (\(Scenario.trialsRangeText)); overrides scenario.trials.", valueName: "trials"))
    var trialsText: String?

    @Option(name: .customLong("seed"), parsing: .unconditional,
            help: ArgumentHelp("Random seed (0 to 2^64 - 1); overrides scenario.seed.", valueName: "seed"))
    var seedText: String?

    @OptionGroup var report: ReportOptions

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Run chunk after chunk until every cycle's P(loss) is known to ± this (95 % half-width), e.g. 0.002.",
        discussion: "--trials (or scenario.trials) is the cap; the report says how many trials it took."))
    var precision: Double?

    @Option(help: "Also write every trial's drawn inputs and outcomes per cycle to this CSV file (streamed).")
    var samples: String?

    @Option(name: .customLong("set"), help: ScenarioInput.setHelp)
    var overrides: [String] = []
    @Option(name: .customLong("variant"), help: ArgumentHelp(
        "A what-if run beside the scenario on the same seed and reported side by side (repeatable).",
        discussion: """
            NAME: KEY=VALUE; KEY=VALUE, each change as --set takes it: --variant 'quote 280k: mold.cost=280000; \
            product.stock=40000'. Added after the file's [[variant]] tables; each is validated like --set.
            """, valueName: "name: key=value; …"))
    var variants: [String] = []

    @Option(help: ArgumentHelp("Run only shard I of N (I from 0 to N-1), e.g. 2/8; needs --partial. Merge with `moldrisk merge`.",
                               valueName: "shard"),
            transform: { text in try Shard(parsing: text) })
    var shard: Shard?

    @Option(help: "With --shard: the file to write the shard's partial result to (instead of a report).")
    var partial: String?

    func validate() throws {
        _ = try WholeNumberOption.trials.value(trialsText)
        _ = try WholeNumberOption.seed.value(seedText)
        if let precision, !(precision > 0 && precision <= 0.5) {
            throw ValidationError("--precision must be a half-width above 0 and at most 0.5, e.g. 0.002 (got \(precision)).")
        }
        if let precision, precision < Precision.smallestReachable {
            throw ValidationError("--precision \(precision) can never be reached: even \(Fmt.group(String(Scenario.trialsRange.upperBound))) "
                + "trials, the most a run may have, know P(loss) only to ± \(Fmt.precisePercent(Precision.smallestReachable)); "
                + "ask for a half-width such as 0.002 (± 0.2 %).")
        }
        if let samples, samples.isEmpty || samples == "-" {
            throw ValidationError("--samples needs a file path (e.g. samples.csv).")
        }
        try ScenarioInput.validateOverrides(overrides)
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
        case let (.some, .some(file)):
            if file.isEmpty || file == "-" { throw ValidationError("--partial needs a file path.") }
            if report.format != nil || report.output != nil {
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
            if report.charts != nil {
                throw ValidationError("--charts does not apply to a shard (it writes no report); give it to `moldrisk merge`.")
            }
            if !variants.isEmpty {
                throw ValidationError("--variant cannot be used with --shard: run the what-ifs without --shard.")
            }
            if report.language != nil {
                throw ValidationError("--lang does not apply to a shard (it writes no report); give it to `moldrisk merge`.")
            }
        }
    }

    /// `--trials`, checked by `validate`.
    private var trials: Int? { (try? WholeNumberOption.trials.intValue(trialsText)) ?? nil }
    /// `--seed`, checked by `validate`.
    private var seed: UInt64? { (try? WholeNumberOption.seed.value(seedText)) ?? nil }

    func run() throws {
        if let shard, let partial {
            return try runShard(shard, partial: partial)
        }
        let format = report.reportFormat
        let loaded = try ScenarioInput.load(scenario, overrides: overrides, variants: variants)
        try ScenarioInput.checkWork(loaded, trials: trials, tornado: report.sensitivity, path: scenario)
        try ScenarioInput.printWarnings(loaded, file: scenario, trials: trials)
        let language = report.reportLanguage(for: loaded)
        // Every destination is checked and opened before the simulation (a FIFO must have a reader).
        let outputs = OutputSet(inputs: [(scenario, "the scenario")])
        let destination = try ReportDestination(output: report.output, scenarioPath: scenario, format: format,
                                                overrides: overrides, language: language,
                                                scenarioLanguage: loaded.language, outputs: outputs)
        let samplesFile = try openSamples(for: loaded, outputs: outputs)
        let chartsDestination = try ChartsDestination.checked(report.charts, for: loaded, outputs: outputs)
        // With --format xlsx the workbook's Samples sheet gets the first rows of the samples too.
        let workbookSamples = samplesFile != nil && format == .xlsx ? WorkbookSamples() : nil
        let result: RunResult
        do {
            result = try simulate(loaded, samplesFile: samplesFile, workbookSamples: workbookSamples)
        } catch {
            throw CLIFailure("\(scenario): internal error: \(error); no report written")
        }
        let chartsPath = try chartsDestination?.add(result, report: destination, language: language, outputs: outputs)
        try ReportDestination.deliver(result, as: format, to: destination, chartsPath: chartsPath, language: language,
                                      outputs: outputs, scope: report.scope, samples: workbookSamples)
    }

    /// `--shard I/N --partial FILE`: run the shard's chunks, write the partial atomically, print one line.
    private func runShard(_ shard: Shard, partial path: String) throws {
        let source = try ScenarioInput.source(scenario, overrides: overrides)
        let loaded = try ScenarioInput.load(source)
        if !loaded.variants.isEmpty {
            throw CLIFailure("\(scenario): its [[variant]] what-ifs are not run in shards (a merge could not pair them); "
                + "run it without --shard, or remove the [[variant]] tables")
        }
        try ScenarioInput.checkWork(loaded, trials: trials, path: scenario)
        try ScenarioInput.printWarnings(loaded, file: scenario, trials: trials)
        let outputs = OutputSet(inputs: [(scenario, "the scenario")])
        let file = try outputs.add(path, what: "the partial result")
        let plan = SimulationPlan(scenario: loaded, trials: trials, seed: seed)
        let bar = ProgressBar.forStandardError()
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { done, total in bar.update(done, total) } }
        let result: PartialResult
        do {
            result = try PartialResult.run(plan, source: source, shard: shard, threads: report.threads, progress: progress)
        } catch {
            throw CLIFailure("\(scenario): \(error.message)")
        }
        bar?.finish()
        try FileOutput.write(result.encodedText(), to: file, in: outputs)
        let chunks = result.chunks
        try StandardStream.output.write("Shard \(shard.index) of \(shard.count): chunks \(chunks.lowerBound)..<\(chunks.upperBound) of "
            + "\(result.chunkCount), \(result.shardTrials) of \(result.trials) trials, seed \(result.seed), "
            + "scenario \(source.file) (fingerprint \(source.fingerprintText)) → \(path)\n")
    }

    /// The simulation with the progress bar (on a terminal) and the `--samples` sink.
    private func simulate(_ scenario: Scenario, samplesFile: AtomicFileStream?,
                          workbookSamples: WorkbookSamples? = nil) throws(SimulationFault) -> RunResult {
        let bar = ProgressBar.forStandardError()
        var options = MoldRiskRun.Options(trials: trials, seed: seed, threads: report.threads, precision: precision,
                                          sensitivity: report.sensitivity, searchLead: true, searchStock: true)
        if let bar {
            options.progress = { done, total in bar.update(done, total) }
            options.listingProgress = { done, total in bar.update(done, total, task: .pricingListings) }
        }
        if let samplesFile {
            options.sink = SamplesCSV.sink(for: scenario, write: { chunk in
                samplesFile.append(chunk)
                workbookSamples?.add(csv: chunk)
            })
        }
        defer { bar?.finish() }
        return try MoldRiskRun.run(scenario, options: options)
    }

    /// The `--samples` file, opened in `outputs` (as a temporary file) before the run and headed.
    private func openSamples(for scenario: Scenario, outputs: OutputSet) throws -> AtomicFileStream? {
        guard let samples else { return nil }
        let file = try outputs.add(samples, what: "the samples")
        if let warning = SamplesCSV.sizeWarning(trials: trials ?? scenario.trials, scenario: scenario, path: samples) {
            try StandardStream.error.write(warning + "\n")
        }
        file.append(SamplesCSV.header)
        return file
    }
}

extension ReportLanguage: ExpressibleByArgument {}
