import MoldRiskCore

/// The language-neutral part of the wording around a paginated report's pages; the words
/// (document title, footer, "page X of Y", "(continued)") are each language's, in `ReportStrings`.
extension ReportWording {
    /// The running header: the scenario name on one line.
    package static func runningHeader(_ scenarioName: String) -> String {
        TextReport.spacingLineBreaks(scenarioName)
    }
}
