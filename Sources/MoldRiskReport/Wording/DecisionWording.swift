import Foundation
import MoldRiskAnalysis
import MoldRiskCore

/// The decision's sentences (DESIGN §8.4), one wording per language: the demand in the window in
/// units beside the stock, the reason in one plain sentence, the stock search's answer, the cycle
/// named beside the runner-up and the life table's marks. `ReportStrings` refines it, so every
/// language gives every sentence.
package protocol DecisionWording {
    /// Label of the demand row: "Demand".
    var demandLabel: String { get }
    /// The demand label as the headline writes it before its line ("Demand: ", "需求：").
    var demandHeadlinePrefix: String { get }
    /// "7,300 units expected in the window (P10–P90 5,100 to 9,800, after lateness) against 60,000 made;
    /// expected sell-through 12.1 %".
    func demandLine(_ demand: DemandSummary, stock: Double, sellThrough: Double) -> String
    /// Label of the one-sentence reason: "Why".
    var whyLabel: String { get }
    /// "Demand is expected around 7,300 units against 60,000 made: even a free mold would lose ¥131,000."
    func why(_ why: ReportWording.Why) -> String
    /// Label of the stock search's row: "Stock search".
    var stockSearchLabel: String { get }
    /// The best stock, the range within the tolerance and the recommended stock with their standard
    /// errors, and a sentence when the best sits at a bound of the range searched.
    func stockDecision(_ decision: StockDecision, lifeSeasons: Int?) -> String
    /// Title of page 2's table on how the verdict was reached: "How the verdict was reached".
    var decisionDetailTitle: String { get }
    /// Label of the runner-up row: "Runner-up".
    var cycleChoiceLabel: String { get }
    /// The cycle named beside the runner-up: "Both lose in every trial; A loses ¥17,800 less." /
    /// "A and B are level within noise …" / "A is expected to earn ¥X more than B …".
    func cycleChoice(_ choice: CycleChoice, lifeSeasons: Int?) -> String
    /// The life table's marks: "best", "within tolerance", "recommended".
    var markRecommended: String { get }
    var markWithinTolerance: String { get }
    /// The life table's note on the marks.
    var lifeMarksNote: String { get }
}

extension ReportWording {
    /// Why the verdict's cycle stands where it does at the planned stock, in the reader's units:
    /// demand against the stock made, and what that means for the mold (DESIGN §8.4). The
    /// mold cost at zero expected value (`value + mean mold cost`) is worded as what it means: below
    /// zero, even a free mold loses.
    package struct Why: Equatable {
        /// Expected demand in the window (units, after lateness) and the stock made.
        package var demand: Double
        package var stock: Double
        package var verdict: Kind
        /// The seasons the value counts with `[life]` (the NPV), nil for one season.
        package var lifeSeasons: Int?

        package enum Kind: Equatable {
            /// Even with a free mold the expected value is negative, by `loss`.
            case freeMoldLoses(loss: Double)
            /// The sales pay for a mold of at most `upTo`, less than its expected cost.
            case moldTooDear(upTo: Double, expectedMold: Double)
            /// On average the mold is paid for, but P(loss) is above the tolerance.
            case tooRisky(upTo: Double, expectedMold: Double, probabilityOfLoss: Double, tolerance: Double)
            /// The mold is paid for and P(loss) is within the tolerance.
            case passes(upTo: Double, expectedMold: Double, probabilityOfLoss: Double, tolerance: Double)
        }
    }

    /// The reason of `result` for its verdict's cycle at the planned stock; nil without the demand
    /// figures.
    static func why(_ result: RunResult) -> Why? {
        guard let cycle = ReportContent.verdictCycle(result), let demand = cycle.demand else { return nil }
        let tolerance = result.scenario.maxLossProbability
        let life = cycle.life.map { $0.planned }
        let value = life?.mean ?? cycle.profit.mean
        let loss = life?.probabilityOfLoss ?? cycle.probabilityOfLoss
        let upTo = value + cycle.meanMoldCost
        let kind: Why.Kind
        if upTo < 0 {
            kind = .freeMoldLoses(loss: -upTo)
        } else if value <= 0 {
            kind = .moldTooDear(upTo: upTo, expectedMold: cycle.meanMoldCost)
        } else if loss > tolerance {
            kind = .tooRisky(upTo: upTo, expectedMold: cycle.meanMoldCost, probabilityOfLoss: loss, tolerance: tolerance)
        } else {
            kind = .passes(upTo: upTo, expectedMold: cycle.meanMoldCost, probabilityOfLoss: loss, tolerance: tolerance)
        }
        let seasons = result.scenario.life?.seasons ?? 1
        return Why(demand: demand.mean, stock: result.scenario.product.stock, verdict: kind,
                   lifeSeasons: seasons > 1 ? seasons : nil)
    }

    /// Units to two significant figures (7,284 → 7,300), for "around" figures in sentences.
    static func roughly(_ x: Double) -> Double { significant(x, digits: 2) }

    /// Money to three significant figures (−131,172 → −131,000), for "around" amounts in sentences.
    static func roughMoney(_ x: Double) -> Double { significant(x, digits: 3) }

    /// `x` rounded to `digits` significant figures, never below whole units (96 stays 96).
    static func significant(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let drop = Double(Int(Foundation.log10(x.magnitude).rounded(.down)) - (digits - 1))
        let scale = Foundation.pow(10, max(0, drop))
        return (x / scale).rounded() * scale
    }
}
