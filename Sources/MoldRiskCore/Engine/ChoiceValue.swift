/// The value of one choice of the decision (a cycle at a stock level) in one trial, and its
/// expected value over a run: the one place the value-of-information figures (DESIGN §8.2) read
/// what a choice is worth, so that EVPI and EVSI judge the same value the verdict judges. Not
/// making the mold is worth 0.
package enum ChoiceValue {
    /// The value of the choice whose trial outcome is `outcome`: its profit.
    @inline(__always)
    package static func of(_ outcome: Outcome) -> Double { outcome.profit }

    /// The expected value of choice `cell` (`RunTotals.cell(cycle, stock)`) over the trials of `totals`.
    package static func expected(_ totals: RunTotals, cell: Int) -> Double { totals.profit[cell].mean }
}
