import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The verdict table's rows on the decision (DESIGN §8.4), right after the stock: the demand in
    /// the window against the stock made, the reason in one sentence, the stock search's answer for
    /// the verdict's cycle and, with several cycles, the cycle named beside the runner-up.
    static func decisionRows(_ result: RunResult, words: any ReportStrings) -> [(String, String)] {
        guard let cycle = verdictCycle(result) else { return [] }
        var rows: [(String, String)] = []
        if let demand = cycle.demand {
            rows.append((words.demandLabel, words.demandLine(demand, stock: result.scenario.product.stock,
                                                             sellThrough: cycle.sellThrough.mean)))
        }
        if let why = ReportWording.why(result) { rows.append((words.whyLabel, words.why(why))) }
        if let decision = cycle.stockDecision {
            rows.append((words.stockSearchLabel, words.stockDecision(decision, lifeSeasons: lifeSeasons(result))))
        }
        if let choice = result.verdict.choice {
            rows.append((words.cycleChoiceLabel, words.cycleChoice(choice, lifeSeasons: lifeSeasons(result))))
        }
        return rows
    }

    /// The seasons the verdict's value counts (`[life]` with more than one season), else nil.
    static func lifeSeasons(_ result: RunResult) -> Int? {
        guard let seasons = result.scenario.life?.seasons, seasons > 1 else { return nil }
        return seasons
    }
}
