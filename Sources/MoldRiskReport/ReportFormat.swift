import MoldRiskAnalysis
import MoldRiskCore

/// The report formats `moldrisk run --format` accepts.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// The consultant's print-ready document: 80 columns, 66-line pages, form feeds.
    case text
    /// Machine-readable, with the stable keys of DESIGN §4.
    case json
    /// The risk curves as one tidy long table.
    case csv
    /// The text report's content in Markdown, for the consultant's own tools.
    case markdown

    /// The file extension of a report in this format: `txt`, `json`, `csv`, `md`.
    package var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .csv: "csv"
        case .markdown: "md"
        }
    }
}

/// Renders a `RunResult` as a full report. Every format is a pure function of the result: the
/// same result always gives the same bytes.
public enum ReportRenderer {
    /// The report in `format`, without chart links.
    public static func render(_ result: RunResult, as format: ReportFormat) -> String {
        render(result, as: format, chartsPath: nil)
    }

    /// The report; with `chartsPath` (the folder of `ChartRenderer`'s files relative to the report,
    /// `charts` or `../charts`; empty for the same folder) the Markdown report embeds the charts as
    /// images. The other formats ignore it.
    /// The text and Markdown reports are worded in `language`; JSON and CSV are the same bytes in
    /// every language.
    /// `scope` `.brief` (`--brief`) writes the summary and decision pages alone in the text and
    /// Markdown reports; JSON and CSV have no pages or sections and are always whole.
    package static func render(_ result: RunResult, as format: ReportFormat, chartsPath: String?,
                               language: ReportLanguage = .en, scope: ReportContent.Scope = .full) -> String {
        switch format {
        case .text: TextReport.render(result, scope: scope, words: language.strings)
        case .json: JSONReport.render(result)
        case .csv: CSVReport.render(result)
        case .markdown: MarkdownReport.render(result, chartsPath: chartsPath, scope: scope, words: language.strings)
        }
    }
}
