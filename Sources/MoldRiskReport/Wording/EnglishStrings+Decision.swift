import MoldRiskAnalysis
import MoldRiskCore

/// The decision's sentences in English (DESIGN §8.4, `DecisionWording`).
extension EnglishStrings {
    package var demandLabel: String { "Demand" }
    package var demandHeadlinePrefix: String { "Demand: " }

    package func demandLine(_ demand: DemandSummary, stock: Double, sellThrough: Double) -> String {
        "\(Fmt.units(demand.mean)) units expected in the window (P10–P90 \(Fmt.units(demand.p10)) to \(Fmt.units(demand.p90)), "
            + "after lateness) against \(Fmt.units(stock)) made; expected sell-through \(Fmt.percent(sellThrough))"
    }

    package var whyLabel: String { "Why" }

    package func why(_ why: ReportWording.Why) -> String {
        let over = why.lifeSeasons.map { " over the mold's \($0) seasons" } ?? ""
        let value = why.lifeSeasons == nil ? "profit" : "NPV"
        let head = "Demand is expected around \(Fmt.units(ReportWording.roughly(why.demand))) units against "
            + "\(Fmt.units(why.stock)) made: "
        let rough = { (x: Double) in self.money(ReportWording.roughMoney(x)) }
        switch why.verdict {
        case let .freeMoldLoses(loss):
            return head + "even a free mold would lose \(rough(loss))\(over)."
        case let .moldTooDear(upTo, mold):
            return head + "the sales\(over) pay for a mold of at most \(rough(upTo)), and the mold is expected to cost "
                + "\(rough(mold))."
        case let .tooRisky(upTo, mold, p, tolerance):
            return head + "on average the sales\(over) pay for a mold of up to \(rough(upTo)) (expected cost "
                + "\(rough(mold))), but \(Fmt.percent(p)) of trials lose money, more than the \(Fmt.percent(tolerance)) "
                + "you accept (expected \(value) is not the whole story)."
        case let .passes(upTo, mold, p, tolerance):
            return head + "the sales\(over) pay for a mold of up to \(rough(upTo)) (expected cost \(rough(mold))), "
                + "and \(Fmt.percent(p)) of trials lose money, within the \(Fmt.percent(tolerance)) you accept."
        }
    }

    package var stockSearchLabel: String { "Stock search" }

    package func stockDecision(_ d: StockDecision, lifeSeasons: Int?) -> String {
        let value = lifeSeasons == nil ? "expected profit" : "expected NPV"
        func at(_ v: StockValue) -> String {
            "\(Fmt.units(v.stock)) units (\(value) \(money(v.expectedValue)) ± \(money(v.se)))"
        }
        var text = "best stock \(at(d.best))"
        if let region = d.withinTolerance, let recommended = d.recommended {
            text += "; within the tolerance from \(Fmt.units(region.lower)) to \(Fmt.units(region.upper)) units; "
                + "recommended \(at(recommended))"
        } else {
            text += "; no stock from \(Fmt.units(d.searched.lower)) to \(Fmt.units(d.searched.upper)) units keeps "
                + "P(loss) within the tolerance with a positive \(value)"
        }
        text += "."
        if d.bestAtRangeBound {
            text += d.bestAtLowerBound
                ? " The best is at the range's lower bound: a smaller stock may earn more (the scenario file can widen the range)."
                : " The best is at the range's upper bound: a larger stock may earn more (the scenario file can widen the range)."
        }
        if d.trials > 0 {
            text += " Searched from \(Fmt.units(d.searched.lower)) to \(Fmt.units(d.searched.upper)) units, to within "
                + "\(Fmt.units(d.resolution)) units, on \(Fmt.units(Double(d.trials))) trials a level."
        }
        return text
    }

    package var decisionDetailTitle: String { "How the verdict was reached" }
    package var cycleChoiceLabel: String { "Runner-up" }

    package func cycleChoice(_ c: CycleChoice, lifeSeasons: Int?) -> String {
        let value = lifeSeasons == nil ? "expected profit" : "expected NPV"
        let (a, b) = (c.chosen.cycle, c.other.cycle)
        let interval = "95 % interval \(moneyRange(c.interval.lower, c.interval.upper))"
        let bothLose = c.chosen.expectedValue < 0 && c.other.expectedValue < 0
        let gap = bothLose ? "loses \(money(c.difference)) less" : "earns \(money(c.difference)) more"
        if c.bothAlwaysLose {
            return "Both \(a) and \(b) lose money in every trial; \(a) \(gap) (\(interval))."
        }
        if c.withinNoise {
            return "\(a) and \(b) are level within the simulation's noise (\(a) \(gap), \(interval)); \(a) is named "
                + "for its higher \(value), not for its place in the file."
        }
        return "\(a) \(gap) than \(b) in expectation (\(interval))."
    }

    package var markRecommended: String { "recommended" }
    package var markWithinTolerance: String { "within" }
    package var lifeMarksNote: String {
        "best: the highest expected NPV of the table; within: P(NPV<0) within the tolerance and a positive expected "
            + "NPV, around the recommended level; recommended: the best within."
    }
}
