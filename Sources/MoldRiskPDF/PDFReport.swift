import MoldRiskAnalysis
import MoldRiskCore
import MoldRiskReport

/// The typeset PDF report (`--format pdf`): the same `ReportDocument` as the text and Markdown
/// reports, on A4 pages, with the SVG charts of `ChartRenderer` drawn as vectors beside the
/// figures they illustrate, every word (running footer, page numbers, "continued" included) from
/// the language's `ReportStrings`. A pure function of the result (and of the creation date, when
/// one is given): it returns the PDF's bytes and writes no file.
package enum PDFReport {
    /// The PDF of `result` in `language`. `creationDate` (seconds since 1970, e.g.
    /// `SOURCE_DATE_EPOCH`) sets the document's creation date; without it the PDF has none, so the
    /// same result always gives the same bytes.
    package static func render(_ result: RunResult, creationDate: Int64? = nil,
                               language: ReportLanguage = .en,
                               scope: ReportContent.Scope = .full) throws(PDFError) -> [UInt8] {
        let words = language.strings
        let document = ReportContent.document(result, placement: .besideFigures, scope: scope, words: words)
        let typesetter = PDFTypesetter(
            title: words.documentTitle(document.title),
            verdict: words.verdictLine(result.labelled(in: language).verdict),
            creator: "moldrisk \(MoldRiskVersion.current)",
            creationDate: creationDate,
            header: ReportWording.runningHeader(document.title),
            footer: words.pageFooter(version: MoldRiskVersion.current, seed: result.seed, trials: result.trials),
            pageNumber: words.page,
            continuedMark: words.phrase(.continued),
            language: language)
        return try typesetter.typeset(document, charts: ChartRenderer.render(result, language: language))
    }
}
