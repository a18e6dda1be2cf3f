import MoldRiskAnalysis
import MoldRiskCore

/// What would make a verdict that is not GO pass the rule (`ToGo`), in the words the full report
/// and the terminal headline share. The word "GO" itself is never used here: on a NO-GO report the
/// only "GO" a reader sees is in "NO-GO".
extension ReportWording {
    static let toGoTitle = "What would change the verdict"

    /// `at most ¥812,000 (data_driven): a firm quote up to this passes …`.
    static func toGoMoldQuote(_ toGo: ToGo) -> String {
        guard let q = toGo.moldQuote else {
            return "none: even a free mold leaves every cycle short of the rule at the planned stock"
        }
        return q.limitedByExpectedProfit
            ? "below \(Fmt.money(q.value)) (\(q.cycle)): a firm quote under this keeps P(loss) within the "
                + "tolerance, and expected profit stays positive only below it"
            : "at most \(Fmt.money(q.value)) (\(q.cycle)): a firm quote up to this keeps P(loss) within the "
                + "tolerance with a positive expected profit"
    }

    /// The lead needed, in words, with the current commitment.
    static func toGoLead(_ toGo: ToGo, commitDays: Double?) -> String {
        let now = commitDays.map { " (now \(Fmt.days($0)))" } ?? ""
        guard let lead = toGo.lead else { return "not searched" }
        guard let first = lead.atLeast else {
            return "no lead is enough: no whole-day commitment from \(lead.searchedFrom) to \(lead.searchedTo) days "
                + "before the window passes with \(toGo.cycle)\(now)"
        }
        guard let again = lead.failsAgainFrom else {
            return "commit \(toGo.cycle) at least \(first) days before the window\(now)"
        }
        return "commit \(toGo.cycle) \(first) to \(again - 1) days before the window\(now); from \(again) days on "
            + "it fails again (an older demand signal drifts more)"
    }

    /// `40,000–80,000 units (data_driven)`, or that no evaluated stock is within tolerance.
    static func toGoStocks(_ toGo: ToGo) -> String {
        guard let r = toGo.stockWithinTolerance else { return "none of the evaluated stocks (\(toGo.cycle))" }
        let span = r.lower == r.upper ? Fmt.units(r.lower) : "\(Fmt.units(r.lower))–\(Fmt.units(r.upper))"
        return "\(span) units (\(toGo.cycle), P(loss) within the tolerance and a positive expected profit)"
    }

    /// The terminal's lines: one per change that would pass the rule.
    static func toGoShort(_ toGo: ToGo, commitDays: Double?) -> [String] {
        let quote = toGo.moldQuote.map { q in
            "a firm mold quote \(q.limitedByExpectedProfit ? "below" : "of at most") \(Fmt.money(q.value)) (\(q.cycle))"
        } ?? "no firm mold quote is low enough"
        return ["What would change it: " + quote + "; lead: " + toGoLead(toGo, commitDays: commitDays)
            + "; stock: " + toGoStocks(toGo) + "."]
    }

    /// How the figures were found, for the method section.
    static func toGoMethod(_ toGo: ToGo) -> String {
        var text = "firm mold quote: from every trial's profit before the mold cost at the planned stock (on the "
            + "same trials a firm quote X turns it into profit − X; read from its histogram, within "
            + "\(Fmt.precisePercent(ValueSketch.relativeError))); stock: from the stock curve"
        if let lead = toGo.lead {
            text += "; commitment: whole days from \(lead.searchedFrom) to \(lead.searchedTo) (a year, or the latest "
                + "ready day or the current commitment if later), each lead evaluated on the first "
                + "\(Fmt.units(Double(lead.trials))) trials of the run's own streams (common random numbers; at most "
                + "\(Fmt.units(Double(LeadSearch.maxTrials)))), no monotonicity assumed: a grid of at most "
                + "\(LeadSearch.gridLeads + 1) leads, then refined to the day between neighbours "
                + "(\(lead.evaluations) leads evaluated)"
        }
        return text
    }

    /// The commitment (`commit_days_before_window`) of the named cycle, if there is one.
    static func commitDays(_ scenario: Scenario, cycle: String) -> Double? {
        scenario.cycles.first { $0.name == cycle }?.commitDaysBeforeWindow
    }
}
