@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport
import Testing

/// Report words the verdict's reason from the figures Analysis returns (`VerdictReason`): whole
/// expected sentences for each case, so a change of wording or of a figure shows here. Money is
/// written as the English reader writes it (DESIGN §8.6: ¥ with k/M, three figures).
@Suite struct ReportVerdictWordingTests {
    let go = VerdictPoint(cycle: "fast", stock: 100_000, probabilityOfLoss: 0.1234, expectedValue: 195_365.4)
    let smaller = VerdictPoint(cycle: "slow", stock: 80_000, probabilityOfLoss: 0.137, expectedValue: -1_200)

    @Test func goAtThePlannedStock() {
        #expect(EnglishStrings().verdictReason(.passesAtPlannedStock(chosen: go, tolerance: 0.2), onLife: false)
            == "With fast at 100,000 units, P(loss) is 12.3 %, within the 20.0 % tolerance, "
                + "and expected profit is ¥195k.")
    }

    /// With `[life]` the figures are the NPV over the mold's life and the words say so (issue 21:
    /// the storage-box report called an NPV of ¥1.19M "expected profit" beside a season-1
    /// expected profit of -¥179k); season 1's own figures keep their name.
    @Test func onTheLifeTheValueIsCalledNPV() {
        #expect(EnglishStrings().verdictReason(.passesAtPlannedStock(chosen: go, tolerance: 0.2), onLife: true)
            == "With fast at 100,000 units, P(loss) is 12.3 %, within the 20.0 % tolerance, "
                + "and expected NPV is ¥195k.")
        #expect(EnglishStrings().shortfall(smaller, tolerance: 0.2, onLife: true)
            == "P(loss) 13.7 % is within the tolerance but expected NPV -¥1.2k is not positive")
        #expect(ChineseStrings().verdictReason(.passesAtPlannedStock(chosen: go, tolerance: 0.2), onLife: true)
            .contains("期望净现值"))
        #expect(!ChineseStrings().verdictReason(.passesAtPlannedStock(chosen: go, tolerance: 0.2), onLife: true)
            .contains("期望利润"))
        let toGo = ToGo(cycle: "fast", moldQuote: MoldQuote(value: 250_000, cycle: "fast", limitedByExpectedProfit: false),
                        lead: nil, stockWithinTolerance: ClosedInterval(lower: 20_000, upper: 60_000))
        #expect(EnglishStrings().toGoStocks(toGo, onLife: true)
            == "20,000–60,000 units (fast, P(loss) within the tolerance and a positive expected NPV)")
        #expect(EnglishStrings().toGoMoldQuote(toGo.moldQuote, onLife: true)
            == "at most ¥250k (fast): a firm quote up to this keeps P(loss) within the tolerance with a positive expected NPV")
        #expect(ChineseStrings().toGoStocks(toGo, onLife: true).hasSuffix("亏损概率在容忍度内且期望净现值为正）"))
        #expect(EnglishStrings().toGoStocks(toGo, onLife: false).hasSuffix("a positive expected profit)"))
    }

    @Test func goAtASmallerStock() {
        let lowest = VerdictPoint(cycle: "slow", stock: 100_000, probabilityOfLoss: 0.216, expectedValue: 5)
        let chosen = VerdictPoint(cycle: "fast", stock: 80_000, probabilityOfLoss: 0.137, expectedValue: 41_089)
        #expect(EnglishStrings().verdictReason(.passesAtSmallerStock(chosen: chosen, lowestAtPlanned: lowest,
                                                                  plannedStock: 100_000, tolerance: 0.2), onLife: false)
            == "At the planned 100,000 units no cycle keeps P(loss) within the 20.0 % tolerance (lowest: 21.6 %, "
                + "slow). With fast at 80,000 units, P(loss) is 13.7 % and expected profit is ¥41.1k.")
    }

    /// When the planned stock passes too, the reason says so and that the smaller stock earns more.
    @Test func goAtASmallerStockThatEarnsMore() {
        let planned = VerdictPoint(cycle: "fast", stock: 100_000, probabilityOfLoss: 0.05, expectedValue: 23_389)
        let chosen = VerdictPoint(cycle: "fast", stock: 30_000, probabilityOfLoss: 0, expectedValue: 137_389)
        #expect(EnglishStrings().verdictReason(.passesAtSmallerStock(chosen: chosen, lowestAtPlanned: planned,
                                                                  plannedStock: 100_000, tolerance: 0.2), onLife: false)
            == "At the planned 100,000 units fast passes too (P(loss) 5.0 %, expected profit ¥23.4k), but a smaller "
                + "stock earns more: with fast at 30,000 units, P(loss) is 0.0 % and expected profit is ¥137k.")
    }

    /// A best stock at a bound of the searched range is said in words on page 1, without the key
    /// path (DESIGN §8.4, §8.6), in both languages.
    @Test func aBestStockAtTheRangesBoundIsSaidInWords() {
        let best = StockValue(stock: 150_000, expectedValue: 261_000, se: 900, probabilityOfLoss: 0.28)
        let decision = StockDecision(best: best, withinTolerance: nil, recommended: nil, bestAtRangeBound: true,
                                     searched: ClosedInterval(lower: 5_000, upper: 150_000), resolution: 500,
                                     trials: 0, evaluations: 12)
        let english = EnglishStrings().stockDecision(decision, lifeSeasons: nil)
        #expect(english.hasSuffix(" The best is at the range's upper bound: a larger stock may earn more "
                                  + "(the scenario file can widen the range)."))
        let chinese = ChineseStrings().stockDecision(decision, lifeSeasons: nil)
        #expect(chinese.contains("最佳值位于搜索范围的上限"))
        for text in [english, chinese] { #expect(!text.contains("stock_range"), "\(text)") }
    }

    @Test func noGoNamesTheClosestPointsOnlyWhenTheSmallerOneIsGiven() {
        let closest = VerdictPoint(cycle: "fast", stock: 100_000, probabilityOfLoss: 0.414, expectedValue: 41_089)
        let head = "No cycle keeps P(loss) within the 15.0 % tolerance with a positive expected profit, at the "
            + "planned 100,000 units or any other stock evaluated. Closest at the planned stock: fast, "
            + "P(loss) 41.4 %, 26.4 percentage points above the tolerance (expected profit ¥41.1k)."
        #expect(EnglishStrings().verdictReason(.failsEverywhere(closest: closest, closestSmaller: nil,
                                                             plannedStock: 100_000, tolerance: 0.15), onLife: false) == head)
        #expect(EnglishStrings().verdictReason(.failsEverywhere(closest: closest, closestSmaller: smaller,
                                                             plannedStock: 100_000, tolerance: 0.15), onLife: false)
            == head + " Closest at a smaller stock: slow at 80,000 units, P(loss) 13.7 % is within the tolerance "
                + "but expected profit -¥1.2k is not positive.")
    }
}
