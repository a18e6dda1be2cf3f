import MoldRiskAnalysis
import MoldRiskCore

/// Figures for the precision of a run (standard errors, `--precision` convergence) and the
/// values set on the command line (`--set`), the same in every language.
extension ReportWording {
    /// A small share as a percent with two decimals (`0.0019` → `0.19 %`); below 0.01 % with two
    /// significant digits (`0.000042` → `0.0042 %`).
    static func smallPercent(_ p: Double) -> String {
        guard p.isFinite else { return Fmt.notAvailable }
        if p != 0 && (p * 100).magnitude < 0.01 { return Fmt.precisePercent(p) }
        return Fmt.fixed(p * 100, places: 2) + " %"
    }

    /// `product.stock = 80000, cycles.traditional.rework_probability = 0.2`.
    static func overrideList(_ overrides: [ScenarioOverride]) -> String {
        overrides.map { "\($0.keyPath) = \($0.value)" }.joined(separator: ", ")
    }

    /// The headline's one line about `--set` values, cut to `width` columns.
    static func overridesShort(_ overrides: [ScenarioOverride], width: Int, words: any ReportStrings) -> String {
        DisplayWidth.truncate(TextReport.spacingLineBreaks(words.valuesSetOnCommandLine(overrideList(overrides))),
                              to: width)
    }
}
