import MoldRiskAnalysis
import MoldRiskCore
import MoldRiskReport

/// A format `moldrisk run --format` and `merge --format` accept: one of the text formats
/// `ReportRenderer` writes, or the typeset PDF.
package enum OutputFormat: Equatable, Sendable, CaseIterable {
    case report(ReportFormat)
    /// The typeset PDF (`PDFReport`).
    case pdf

    package static var allCases: [OutputFormat] { ReportFormat.allCases.map(OutputFormat.report) + [.pdf] }

    /// The name `--format` takes: `text`, `json`, `csv`, `markdown`, `pdf`.
    package var name: String {
        switch self {
        case let .report(format): format.rawValue
        case .pdf: "pdf"
        }
    }

    package init?(name: String) {
        if name == "pdf" {
            self = .pdf
        } else if let format = ReportFormat(rawValue: name) {
            self = .report(format)
        } else {
            return nil
        }
    }

    /// The report's file extension: `txt`, `json`, `csv`, `md`, `pdf`.
    package var fileExtension: String {
        switch self {
        case let .report(format): format.fileExtension
        case .pdf: "pdf"
        }
    }

    /// The report of `result` in this format, as the bytes to write. `chartsPath` is the Markdown
    /// report's path to the SVG charts (see `ReportRenderer`); `creationDate` the PDF's (seconds
    /// since 1970; nil: none). The text, Markdown and PDF reports are worded in `language`.
    package func render(_ result: RunResult, chartsPath: String?, creationDate: Int64?,
                        language: ReportLanguage = .en, scope: ReportContent.Scope = .full) throws(PDFError) -> [UInt8] {
        switch self {
        case let .report(format):
            Array(ReportRenderer.render(result, as: format, chartsPath: chartsPath, language: language, scope: scope).utf8)
        case .pdf: try PDFReport.render(result, creationDate: creationDate, language: language, scope: scope)
        }
    }
}
