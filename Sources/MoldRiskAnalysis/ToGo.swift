import MoldRiskCore

/// What would make a verdict that is not GO a GO (DESIGN §3, `verdict.to_go`), at the planned
/// stock, other inputs unchanged: the highest firm mold quote, the lead needed and the stocks
/// within the tolerance. A GO verdict has none (`Verdict.toGo` is nil, JSON `null`).
package struct ToGo: Sendable, Equatable {
    /// The cycle the lead and the stock range are for: the verdict's.
    package var cycle: String
    /// The highest firm mold quote that gives GO; nil when even a free mold does not.
    package var moldQuote: MoldQuote?
    /// The lead search; nil when it was not run (`MoldRiskRun.Options.searchLead`).
    package var lead: LeadNeeded?
    /// The stocks of `cycle` within the tolerance (`StockDecision.withinTolerance`: the range
    /// around the recommended stock whose levels pass the verdict's rule); nil when none.
    package var stockWithinTolerance: ClosedInterval?

    package init(cycle: String, moldQuote: MoldQuote?, lead: LeadNeeded?, stockWithinTolerance: ClosedInterval?) {
        self.cycle = cycle
        self.moldQuote = moldQuote
        self.lead = lead
        self.stockWithinTolerance = stockWithinTolerance
    }
}

/// A firm (fixed) mold cost X at or below which some cycle at the planned stock passes the rule.
///
/// On common random numbers a trial whose drawn mold cost was m earns `profit + m − X` with a firm
/// quote X, so P(loss) ≤ tolerance exactly when X is at most the (t + 1)-th smallest profit before
/// the mold cost, t the most losing trials the tolerance allows, and expected profit is positive
/// exactly when X is below the mean profit before the mold cost. The quote is the larger of the
/// two limits' minimum over the cycles (any cycle passing makes it GO).
package struct MoldQuote: Sendable, Equatable {
    /// The highest quote, in yuan.
    package var value: Double
    /// The cycle that passes at this quote.
    package var cycle: String
    /// True when the positive expected profit is the binding limit: the quote must stay below
    /// `value` (at `value` expected profit is zero); false when P(loss) binds and `value` itself passes.
    package var limitedByExpectedProfit: Bool

    package init(value: Double, cycle: String, limitedByExpectedProfit: Bool) {
        self.value = value
        self.cycle = cycle
        self.limitedByExpectedProfit = limitedByExpectedProfit
    }
}

/// The lead needed: the smallest whole-day `commit_days_before_window` of the verdict's cycle that
/// gives GO, found without assuming that P(loss) falls as the lead grows (a longer lead means less
/// lateness but an older, more drifted demand signal): a coarse grid over the searched days, then
/// refined between neighbouring grid leads, all on common random numbers.
package struct LeadNeeded: Sendable, Equatable {
    /// The whole days searched, `from...to` (`to`: never late at the planned stock, or the
    /// current commitment if later).
    package var searchedFrom: Int
    package var searchedTo: Int
    /// Trials each lead was evaluated on (the first trials of the run's own streams).
    package var trials: Int
    /// Leads evaluated.
    package var evaluations: Int
    /// The smallest lead found that gives GO; nil: no lead in the searched days is enough.
    package var atLeast: Int?
    /// The first lead above `atLeast` that fails again (the signal grows too old); nil when every
    /// searched lead from `atLeast` on passes.
    package var failsAgainFrom: Int?

    package init(searchedFrom: Int, searchedTo: Int, trials: Int, evaluations: Int, atLeast: Int?,
                failsAgainFrom: Int?) {
        self.searchedFrom = searchedFrom
        self.searchedTo = searchedTo
        self.trials = trials
        self.evaluations = evaluations
        self.atLeast = atLeast
        self.failsAgainFrom = failsAgainFrom
    }
}
