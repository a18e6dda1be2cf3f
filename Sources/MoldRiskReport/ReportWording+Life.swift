import MoldRiskAnalysis
import MoldRiskCore

/// The sentences about the mold's life (DESIGN §8.1) that the full report and the terminal
/// headline share.
extension ReportWording {
    /// What the verdict judges with `[life]`: "the NPV over the mold's 4 seasons, discounted 5.0 %
    /// a season: P(loss) is P(NPV < 0) and expected profit is the expected NPV", or nil without it.
    static func lifeBasis(_ scenario: Scenario) -> String? {
        guard let life = scenario.life else { return nil }
        let seasons = life.seasons == 1 ? "1 season" : "\(life.seasons) seasons"
        let discount = life.discountPerSeason == 0 ? "not discounted"
            : "discounted \(Fmt.percent(life.discountPerSeason)) a season"
        return "the NPV over the mold's \(seasons) (\(discount); restock \(restockWords(life.restock))): "
            + "P(loss) is P(NPV < 0) and expected profit is the expected NPV"
    }

    /// The verdict's reason (`verdictReason` of its figures); with a life of more than one season,
    /// led by what the figures are: "Over the mold's 4 seasons (NPV, discounted 4.0 % a season): with …".
    static func verdictReason(_ result: RunResult) -> String {
        let reason = verdictReason(result.verdict.reason)
        guard let life = result.scenario.life, life.seasons > 1, let first = reason.first else { return reason }
        let discount = life.discountPerSeason == 0 ? "not discounted"
            : "discounted \(Fmt.percent(life.discountPerSeason)) a season"
        return "Over the mold's \(life.seasons) seasons (NPV, \(discount)): " + first.lowercased() + reason.dropFirst()
    }

    /// "the planned stock every season" / "what sold the season before".
    static func restockWords(_ restock: Life.Restock) -> String {
        switch restock {
        case .same: "the same stock every season"
        case .lastSold: "what sold the season before"
        }
    }

    /// "NPV ¥812,400 over 4 seasons, P(NPV < 0) 8.0 % (95 % interval 7.6–8.4 %); half the trials paid back by season 2".
    static func lifeSummary(_ life: LifeResult) -> String {
        let p = life.planned
        let ci = life.probabilityOfLossCI
        var text = "NPV \(Fmt.money(p.mean)) over \(life.seasons == 1 ? "1 season" : "\(life.seasons) seasons"), "
            + "P(NPV < 0) \(Fmt.percent(p.probabilityOfLoss)) (95 % interval \(Fmt.percentRange(ci.lower, ci.upper)))"
        if let season = p.medianPaybackSeason {
            text += "; half the trials have paid back by season \(season)"
        } else {
            text += "; fewer than half the trials pay back within \(life.seasons == 1 ? "the season" : "the \(life.seasons) seasons")"
        }
        return text
    }
}
