import MoldRiskAnalysis
import MoldRiskCore

/// The verdict's reason with the mold's life (DESIGN §8.1), shared by the full report, the terminal
/// headline and the JSON report (always in English there).
extension ReportWording {
    /// The verdict's reason (`verdictReason` of its figures); with a life of more than one season,
    /// led by what the figures are: "Over the mold's 4 seasons (NPV, discounted 4.0 % a season): with …".
    static func verdictReason(_ result: RunResult, words: any ReportStrings = EnglishStrings()) -> String {
        let onLife = ReportContent.lifeSeasons(result) != nil
        let reason = words.verdictReason(result.verdict.reason, onLife: onLife)
        guard onLife, let life = result.scenario.life else { return reason }
        return words.lifeReason(reason, life: life)
    }
}
