/// The value of one choice of the decision (a cycle at a stock level) in one trial, and its
/// expected value over a run: the one place the value-of-information figures (DESIGN §8.2) read
/// what a choice is worth, so that EVPI and EVSI judge the same value the verdict judges — the
/// season's profit, or with `[life]` the NPV over the mold's life (DESIGN §8.1). Not making the
/// mold is worth 0.
package enum ChoiceValue {
    /// The value of the choice whose season-1 outcome is `outcome` and whose NPV over the mold's
    /// life is `lifeNPV` (nil without `[life]`): the NPV when the life is counted, else the profit.
    @inline(__always)
    package static func of(_ outcome: Outcome, lifeNPV: Double?) -> Double { lifeNPV ?? outcome.profit }

    /// The expected value of choice `cell` (`RunTotals.cell(cycle, stock)`) over the trials of
    /// `totals`: the mean NPV with `[life]`, else the mean profit.
    package static func expected(_ totals: RunTotals, cell: Int) -> Double {
        totals.life?.npv[cell].mean ?? totals.profit[cell].mean
    }
}
