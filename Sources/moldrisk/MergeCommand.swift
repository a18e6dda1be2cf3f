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
            --charts DIR writes the same SVG charts as `run --charts DIR` would.
            """)

    @Argument(help: "The partial result files of one run, e.g. parts/*.partial.")
    var partials: [String]

    @OptionGroup var report: ReportOptions

    func validate() throws {
        if partials.isEmpty { throw ValidationError("Name the partial result files to merge.") }
    }

    func run() throws {
        let chartsDestination = try ChartsDestination.checked(report.charts)
        var named: [NamedPartial] = []
        for path in partials {
            named.append(NamedPartial(name: path, partial: try Self.read(path)))
        }
        let merged: (source: ScenarioSource, result: RunResult)
        do {
            // As `run` does: the tornado comes from the run's first trials (at most 50,000), recomputed here.
            merged = try MoldRiskRun.merge(named, options: .init(threads: report.threads,
                                                                 sensitivity: report.sensitivity, searchLead: true, searchStock: true))
        } catch {
            throw CLIFailure(error.message)
        }
        if let fault = merged.result.simulationFault {
            throw CLIFailure("\(merged.source.file): internal error: \(fault); no report written")
        }
        // The merged run's scenario warns as `run` would have.
        try ScenarioInput.printWarnings(merged.result.scenario, file: merged.source.file)
        let language = report.reportLanguage(for: merged.result.scenario)
        let destination = try ReportDestination(output: report.output, scenarioPath: merged.source.file, format: report.reportFormat,
                                                overrides: merged.source.overrides, language: language,
                                                scenarioLanguage: merged.result.scenario.language)
        let chartsPath = try chartsDestination?.write(merged.result, report: destination, language: language)
        try ReportDestination.deliver(merged.result, as: report.reportFormat, to: destination, chartsPath: chartsPath,
                                      language: language)
    }

    /// Reads and decodes one partial file.
    static func read(_ path: String) throws -> PartialResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure("cannot read \(path): no such file")
        }
        if isDirectory.boolValue { throw CLIFailure("cannot read \(path): it is a folder") }
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
