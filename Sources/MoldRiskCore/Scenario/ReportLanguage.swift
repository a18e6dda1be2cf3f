/// The language a scenario's reports are written in: `scenario.lang` in the scenario file sets it
/// for that scenario, `--lang` overrides it, English when neither does. Only the reports a person
/// reads change (text, Markdown, headline, chart wording); JSON and CSV never do.
package enum ReportLanguage: String, CaseIterable, Sendable {
    case en
    case zh

    /// The language of a run: the command line's, else the scenario's, else English.
    package static func resolved(option: ReportLanguage?, scenario: ReportLanguage?) -> ReportLanguage {
        option ?? scenario ?? .en
    }

    /// `"en" or "zh"`, for messages.
    package static let choicesText = allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
}
