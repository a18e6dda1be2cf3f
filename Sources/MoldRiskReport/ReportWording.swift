import MoldRiskAnalysis
import MoldRiskCore

/// Sentences and phrases shared by the full report and the terminal headline, so both say the
/// same thing in the same words. Every number goes through `Fmt`.
package enum ReportWording {
    /// The verdict in one line: `GO AT A SMALLER STOCK: cycle data_driven, 80,000 units`.
    package static func verdictLine(_ verdict: Verdict) -> String {
        "\(verdict.decision.rawValue): cycle \(verdict.cycle), \(Fmt.unitsWord(verdict.stock))"
    }

    /// Whether more trials could flip the verdict, in plain words.
    static func verdictPrecision(_ verdict: Verdict) -> String {
        verdict.isMarginal
            ? "Marginal: the 95 % interval of P(loss) at the chosen stock straddles the tolerance, "
                + "so more trials could change this decision. Rerun with more trials before committing."
            : "Clear: the 95 % interval of P(loss) at the chosen stock lies on one side of the "
                + "tolerance, so more trials would not change this decision."
    }

    /// The terminal's one-line warning for a marginal verdict.
    static let marginalWarning = "Marginal verdict: more trials could change it; rerun with more trials."

    /// `8.1 % (95 % interval 7.9–8.3 %), tolerance 20.0 %: within`.
    static func lossVersusTolerance(_ cycle: CycleResult, tolerance: Double) -> String {
        let ci = cycle.probabilityOfLossCI
        let standing: String
        if ci.upper <= tolerance {
            standing = "within tolerance"
        } else if ci.lower > tolerance {
            standing = "above tolerance"
        } else {
            standing = "interval straddles the tolerance"
        }
        return "\(Fmt.percent(cycle.probabilityOfLoss)) (95 % interval "
            + "\(Fmt.percentRange(ci.lower, ci.upper))) vs tolerance \(Fmt.percent(tolerance)): \(standing)"
    }

    /// `62.3 % of the stock (62,300 units)`, or that the stock cannot break even.
    static func breakEvenSellThrough(_ cycle: CycleResult) -> String {
        let be = cycle.breakEven
        let base = "\(Fmt.percent(be.sellThrough)) of the stock (\(Fmt.unitsWord(be.units)))"
        return be.sellThrough > 1 ? base + ": cannot break even at this stock" : base
    }

    /// `data_driven earns ¥X more on average than traditional (95 % interval …)`.
    static func comparison(_ c: CycleComparison) -> String {
        let d = c.expectedProfitDifference
        let direction = d >= 0 ? "more" : "less"
        let clear = c.ci.lower > 0 || c.ci.upper < 0
        return "\(c.to) earns \(Fmt.money(d.magnitude)) \(direction) on average than \(c.from) "
            + "(95 % interval of the difference \(Fmt.money(c.ci.lower)) to \(Fmt.money(c.ci.upper)))"
            + (clear ? "; the difference is clear." : "; the interval includes zero, so the difference is not established.")
    }

    /// Value at risk in words: `¥120,000: 1 trial in 20 loses more`.
    static func valueAtRisk(_ cycle: CycleResult) -> String {
        cycle.var95 > 0
            ? "\(Fmt.money(cycle.var95)): 1 trial in 20 loses more"
            : "no loss: even the worst 5 % of trials start at a profit of \(Fmt.money(-cycle.var95))"
    }

    /// Conditional value at risk in words.
    static func conditionalValueAtRisk(_ cycle: CycleResult) -> String {
        cycle.cvar95 > 0
            ? "\(Fmt.money(cycle.cvar95)): the average loss in the worst 5 % of trials"
            : "no loss: the worst 5 % of trials average a profit of \(Fmt.money(-cycle.cvar95))"
    }

    /// `P(late) 3.2 % (not ready within the 60.0 days available)`, for the terminal.
    static func latenessShort(_ cycle: CycleResult) -> String {
        "P(late) \(Fmt.percent(cycle.leadTime.probabilityLate)) (not ready within the "
            + "\(Fmt.days(cycle.leadTime.commitDays)) available)"
    }

    /// `3.2 % that the stock is not ready within the 60.0 days before the window`.
    static func lateness(_ cycle: CycleResult) -> String {
        "\(Fmt.percent(cycle.leadTime.probabilityLate)) that the stock is not ready within the "
            + "\(Fmt.days(cycle.leadTime.commitDays)) between commitment and the window"
    }
}
