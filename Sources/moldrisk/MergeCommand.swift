import ArgumentParser
import Foundation
import MoldRisk

/// `moldrisk merge`: combine the partial results of `run --shard I/N --partial FILE` into the
/// report the unsharded run writes, byte for byte.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine shard partial results into the report of the whole run.",
        discussion: """
            Give every partial of one run (moldrisk run SCENARIO --shard I/N --partial FILE, for I \
            from 0 to N-1), in any order. The report is byte-identical to the unsharded run's and goes \
            to the same place: reports/<scenario-file-stem>.<ext> unless --output says otherwise \
            (--output - writes it to standard output and the headline to standard error). \
            The scenario (with any --set overrides) travels inside the partials: the original file is \
            not needed. The tornado is recomputed here from the run's first 50,000 trials at most, as \
            `run` computes it, so merging takes about as long as a 50,000-trial run \
            (--no-sensitivity skips it, as it does for `run`). \
            Partials from another scenario, seed, trial count, shard count or moldrisk version are \
            refused, and a missing or repeated shard is named; nothing is written then. \
            Partials are not taken on trust: chunks are deterministic, so merge re-runs a sample of \
            them (one chunk in a hundred of each partial, at least one, chosen from the partials' own \
            bytes) and refuses a partial whose chunk differs bit for bit from its re-run; --verify all \
            re-runs every chunk (as long as the unsharded run). Totals no scenario can produce (means \
            beyond ±1e30, whose figures could not be finite) are refused on reading. \
            --charts DIR writes the same SVG charts as `run --charts DIR` would.
            """)

    @Argument(help: "The partial result files of one run, e.g. parts/*.partial.")
    var partials: [String]

    @OptionGroup var report: ReportOptions

    @Option(help: ArgumentHelp("Chunks to re-run before trusting the partials: sample (one in a hundred of each "
                               + "partial, at least one) or all.", valueName: "sample|all"))
    var verify: ShardVerification = .sample

    func validate() throws {
        if partials.isEmpty { throw ValidationError("Name the partial result files to merge.") }
    }

    func run() throws {
        var named: [NamedPartial] = []
        for path in partials {
            named.append(NamedPartial(name: path, partial: try Self.read(path)))
        }
        // Every destination is checked and opened before the merge's own work (the tornado).
        let source = named[0].partial.scenario
        let outputs = OutputSet(inputs: partials.map { ($0, "the partial result") })
        // The report's language decides its default name (`reports/<stem>.zh.<ext>` beside the scenario's own).
        let scenario = try ScenarioInput.load(source)
        let destination = try ReportDestination(output: report.output, scenarioPath: source.file, format: report.reportFormat,
                                                overrides: source.overrides, language: report.reportLanguage(for: scenario),
                                                scenarioLanguage: scenario.language, outputs: outputs)
        let chartsDestination = try ChartsDestination.checked(report.charts, for: scenario, outputs: outputs)
        let merged: (source: ScenarioSource, result: RunResult)
        do {
            // As `run` does: the tornado comes from the run's first trials (at most 50,000), recomputed here.
            merged = try MoldRiskRun.merge(named, options: .init(threads: report.threads,
                                                                 sensitivity: report.sensitivity, searchLead: true, searchStock: true),
                                         verification: verify)
        } catch let error as ShardError {
            throw CLIFailure(error.message)
        } catch {
            throw CLIFailure("\(source.file): internal error: \(error); no report written")
        }
        // The merged run's scenario warns as `run` would have.
        try ScenarioInput.printWarnings(merged.result.scenario, file: merged.source.file)
        let language = report.reportLanguage(for: merged.result.scenario)
        let chartsPath = try chartsDestination?.add(merged.result, report: destination, language: language, outputs: outputs)
        try ReportDestination.deliver(merged.result, as: report.reportFormat, to: destination, chartsPath: chartsPath,
                                      language: language, outputs: outputs, scope: report.scope)
    }

    /// Reads and decodes one partial file.
    static func read(_ path: String) throws -> PartialResult {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CLIFailure("cannot read \(path): " + (errno == ENOENT ? "no such file" : String(cString: strerror(errno))))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw CLIFailure("cannot read \(path): it is a folder") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            // A FIFO would block until written, a device never ends: neither is a saved partial.
            throw CLIFailure("cannot read \(path): it is \(FileKind.name(info.st_mode)), not a partial result file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIFailure("cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try PartialResult.decode(data, name: path)
        } catch {
            throw CLIFailure(error.message)
        }
    }
}

/// `--verify sample|all`.
extension ShardVerification: ExpressibleByArgument {}
