import MoldRiskAnalysis
import MoldRiskCore
import MoldRiskReport
import MoldRiskXLSX

/// A format `moldrisk run --format` and `merge --format` accept: one of the text formats
/// `ReportRenderer` writes, the typeset PDF, or the workbook.
package enum OutputFormat: Equatable, Sendable, CaseIterable {
    case report(ReportFormat)
    /// The typeset PDF (`PDFReport`).
    case pdf
    /// The Excel workbook with native charts (`XLSXReport`).
    case xlsx

    package static var allCases: [OutputFormat] { ReportFormat.allCases.map(OutputFormat.report) + [.pdf, .xlsx] }

    /// The name `--format` takes: `text`, `json`, `csv`, `markdown`, `pdf`, `xlsx`.
    package var name: String {
        switch self {
        case let .report(format): format.rawValue
        case .pdf: "pdf"
        case .xlsx: "xlsx"
        }
    }

    package init?(name: String) {
        if name == "pdf" {
            self = .pdf
        } else if name == "xlsx" {
            self = .xlsx
        } else if let format = ReportFormat(rawValue: name) {
            self = .report(format)
        } else {
            return nil
        }
    }

    /// The report's file extension: `txt`, `json`, `csv`, `md`, `pdf`, `xlsx`.
    package var fileExtension: String {
        switch self {
        case let .report(format): format.fileExtension
        case .pdf: "pdf"
        case .xlsx: "xlsx"
        }
    }

    /// Why a report could not be made (a PDF or workbook library's error, in words).
    package struct RenderFailure: Error, Equatable {
        package var message: String
    }

    /// The report of `result` in this format, as the bytes to write. `chartsPath` is the Markdown
    /// report's path to the SVG charts (see `ReportRenderer`); `creationDate` the PDF's and the
    /// workbook's (seconds since 1970; nil: none for the PDF, a fixed date for the workbook). The
    /// text, Markdown, PDF and workbook reports are worded in `language`; `samples` (the first rows
    /// of `--samples`) go in the workbook's Samples sheet.
    package func render(_ result: RunResult, chartsPath: String?, creationDate: Int64?,
                        language: ReportLanguage = .en, scope: ReportContent.Scope = .full,
                        samples: WorkbookSamples? = nil) throws(RenderFailure) -> [UInt8] {
        switch self {
        case let .report(format):
            return Array(ReportRenderer.render(result, as: format, chartsPath: chartsPath, language: language, scope: scope).utf8)
        case .pdf:
            do {
                return try PDFReport.render(result, creationDate: creationDate, language: language, scope: scope)
            } catch {
                throw RenderFailure(message: error.message)
            }
        case .xlsx:
            do {
                return try XLSXReport.render(result, creationDate: creationDate, language: language, scope: scope,
                                             samples: samples)
            } catch {
                throw RenderFailure(message: error.message)
            }
        }
    }
}
