import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The verdict table's rows on the decision (DESIGN §8.4), right after the stock on page 1: the
    /// demand in the window against the stock made and the reason in one sentence.
    static func decisionRows(_ result: RunResult, words: any ReportStrings) -> [(String, String)] {
        guard let cycle = verdictCycle(result) else { return [] }
        var rows: [(String, String)] = []
        if let demand = cycle.demand {
            rows.append((words.demandLabel, words.demandLine(demand, stock: result.scenario.product.stock,
                                                             sellThrough: cycle.sellThrough.mean)))
        }
        if let why = ReportWording.why(result) { rows.append((words.whyLabel, words.why(why))) }
        return rows
    }

    /// How the verdict was reached, the table that opens page 2: the stock search's answer for the
    /// verdict's cycle, with several cycles the cycle named beside the runner-up, and the verdict
    /// rule's reasoning (which cycles and stocks meet the tolerance). Page 1 keeps the one sentence.
    static func decisionDetailRows(_ result: RunResult, words: any ReportStrings) -> [(String, String)] {
        var rows: [(String, String)] = []
        if let decision = verdictCycle(result)?.stockDecision {
            rows.append((words.stockSearchLabel, words.stockDecision(decision, lifeSeasons: lifeSeasons(result))))
        }
        if let choice = result.verdict.choice {
            rows.append((words.cycleChoiceLabel, words.cycleChoice(choice, lifeSeasons: lifeSeasons(result))))
        }
        rows.append((words.phrase(.reasonLabel), ReportWording.verdictReason(result, words: words)))
        return rows + lifeBasisRows(result, words: words)
    }

    /// The seasons the verdict's value counts (`[life]` with more than one season), else nil.
    static func lifeSeasons(_ result: RunResult) -> Int? {
        guard let seasons = result.scenario.life?.seasons, seasons > 1 else { return nil }
        return seasons
    }
}
