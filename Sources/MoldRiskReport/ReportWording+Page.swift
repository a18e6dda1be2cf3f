import MoldRiskCore

/// Wording around the pages of a paginated report (the PDF's running header and footer, its
/// document title, a table continued on the next page), kept with the rest of the wording so
/// that a renderer holds none.
extension ReportWording {
    /// The document title (PDF metadata and outline root): `Mold risk report: NAME`.
    package static func documentTitle(_ scenarioName: String) -> String {
        "Mold risk report: " + TextReport.spacingLineBreaks(scenarioName)
    }

    /// The running header: the scenario name on one line.
    package static func runningHeader(_ scenarioName: String) -> String {
        TextReport.spacingLineBreaks(scenarioName)
    }

    /// The running footer's left part: `moldrisk 0.1.0 · seed 42 · 200,000 trials`.
    package static func pageFooter(version: String, seed: UInt64, trials: Int) -> String {
        "moldrisk \(version) · seed \(seed) · \(Fmt.units(Double(trials))) trials"
    }

    /// The running footer's page number: `page 3 of 9`.
    package static func pageNumber(_ page: Int, of pages: Int) -> String {
        "page \(page) of \(pages)"
    }

    /// A table's title on the pages after the first it spans: `TITLE (continued)`.
    package static func continuedTitle(_ title: String) -> String {
        title + " (continued)"
    }
}
