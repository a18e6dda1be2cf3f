import MoldRiskAnalysis
import MoldRiskCore

/// What would make a verdict that is not GO pass the rule (`ToGo`), put together for the terminal
/// headline from the words of a `ReportStrings`. The word "GO" itself is never used there: on a
/// NO-GO report the only "GO" a reader sees is in "NO-GO".
extension ReportWording {
    /// The terminal's lines: one per change that would pass the rule (`onLife`: the rule judges
    /// the NPV over the mold's life).
    static func toGoShort(_ toGo: ToGo, commitDays: Double?, onLife: Bool, words: any ReportStrings) -> [String] {
        let quote = toGo.moldQuote.map(words.toGoShortQuote) ?? words.phrase(.noFirmQuote)
        return [words.toGoShort(quote: quote, lead: words.toGoLead(toGo, commitDays: commitDays),
                                stocks: words.toGoStocks(toGo, onLife: onLife))]
    }

    /// The commitment (`commit_days_before_window`) of the named cycle, if there is one.
    static func commitDays(_ scenario: Scenario, cycle: String) -> Double? {
        scenario.cycles.first { $0.name == cycle }?.commitDaysBeforeWindow
    }
}
