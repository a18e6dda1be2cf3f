import ArgumentParser
import MoldRisk
import MoldRiskPDF

/// The options `run` and `merge` share (`@OptionGroup`): the report's format and destination,
/// the charts folder, the worker threads and the tornado, each declared and validated here once.
struct ReportOptions: ParsableArguments {
    @Option(help: "Report format (default: text).")
    var format: OutputFormat?

    @Option(help: "Where to write the report; - for standard output. Default: reports/<stem>.<ext>.")
    var output: String?

    @Option(help: ChartsDestination.help)
    var charts: String?

    @Option(name: .customLong("lang"),
            help: ArgumentHelp("The reports' language, English or Chinese; overrides scenario.lang (default: en).",
                               valueName: "lang"))
    var language: ReportLanguage?

    @Option(name: .customLong("threads"), parsing: .unconditional,
            help: ArgumentHelp("Worker threads, 1 to 1,024 (default: all cores). Results do not depend on it.",
                               valueName: "threads"))
    var threadsText: String?

    @Flag(help: ArgumentHelp("Write the summary and decision pages alone (text, Markdown, PDF: at most 4 pages; "
                             + "xlsx: the Summary, Value of information and Variants sheets)."))
    var brief = false

    /// `--brief`: the summary and decision pages alone.
    var scope: ReportContent.Scope { brief ? .brief : .full }

    @Flag(inversion: .prefixedNo,
          help: "Compute the tornado (each input held at its P10 and P90 on the first 50,000 trials).")
    var sensitivity = true

    func validate() throws {
        _ = try WholeNumberOption.threads.value(threadsText)
        if output == "" { throw ValidationError("--output needs a path, or - for standard output.") }
        if charts == "" { throw ValidationError("--charts needs a folder.") }
    }

    /// `--format`, or text.
    var reportFormat: OutputFormat { format ?? .report(.text) }

    /// The language of the reports for `scenario`: `--lang`, else its `scenario.lang`, else English.
    func reportLanguage(for scenario: Scenario) -> ReportLanguage {
        ReportLanguage.resolved(option: language, scenario: scenario.language)
    }

    /// `--threads`, checked by `validate`, or every core.
    var threads: Int { (try? WholeNumberOption.threads.intValue(threadsText)) ?? nil ?? WholeNumberOption.allCores }
}

/// `--format NAME`: `text`, `json`, `csv`, `markdown`, `pdf` or `xlsx`.
extension OutputFormat: ExpressibleByArgument {
    package init?(argument: String) {
        self.init(name: argument)
    }

    package static var allValueStrings: [String] { allCases.map(\.name) }
}
