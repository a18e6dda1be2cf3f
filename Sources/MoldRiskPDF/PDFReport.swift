import MoldRiskAnalysis
import MoldRiskCore
import MoldRiskReport

/// The typeset PDF report (`--format pdf`): the same `ReportDocument` as the text and Markdown
/// reports, on A4 pages, with the SVG charts of `ChartRenderer` drawn as vectors beside the
/// figures they illustrate. A pure function of the result (and of the creation date, when one is
/// given): it returns the PDF's bytes and writes no file.
package enum PDFReport {
    /// The PDF of `result`. `creationDate` (seconds since 1970, e.g. `SOURCE_DATE_EPOCH`) sets the
    /// document's creation date; without it the PDF has none, so the same result always gives
    /// the same bytes.
    package static func render(_ result: RunResult, creationDate: Int64? = nil) throws(PDFError) -> [UInt8] {
        let document = ReportContent.document(result, placement: .besideFigures)
        let typesetter = PDFTypesetter(
            title: ReportWording.documentTitle(document.title),
            verdict: ReportWording.verdictLine(result.verdict),
            creator: "moldrisk \(MoldRiskVersion.current)",
            creationDate: creationDate,
            header: ReportWording.runningHeader(document.title),
            footer: ReportWording.pageFooter(version: MoldRiskVersion.current, seed: result.seed, trials: result.trials),
            pageNumber: ReportWording.pageNumber)
        return try typesetter.typeset(document, charts: ChartRenderer.render(result))
    }
}
