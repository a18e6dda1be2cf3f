import MoldRiskAnalysis
import MoldRiskCore

/// Wording for the precision of a run (standard errors, `--precision` convergence) and for
/// values set on the command line (`--set`), shared by the full report and the headline.
extension ReportWording {
    /// A small share as a percent with two decimals (`0.0019` → `0.19 %`); below 0.01 % with two
    /// significant digits (`0.000042` → `0.0042 %`).
    static func smallPercent(_ p: Double) -> String {
        guard p.isFinite else { return Fmt.notAvailable }
        if p != 0 && (p * 100).magnitude < 0.01 { return Fmt.precisePercent(p) }
        return Fmt.fixed(p * 100, places: 2) + " %"
    }

    /// How a `--precision` run ended, in one or two sentences for the report.
    static func convergence(_ c: Convergence, trials: Int) -> String {
        let target = smallPercent(c.targetHalfWidth)
        let achieved = smallPercent(c.achievedHalfWidth)
        if c.stoppedByCap {
            return "Stopped by the cap of \(Fmt.units(Double(c.trialCap))) trials before the target was met: "
                + "the widest 95 % half-width of P(loss) over the cycles is \(achieved), above the \(target) "
                + "asked for. Raise --trials to reach the stated precision."
        }
        return "Ran until the 95 % half-width of every cycle's P(loss) was at most \(target): it took "
            + "\(Fmt.units(Double(trials))) trials (widest half-width \(achieved); cap "
            + "\(Fmt.units(Double(c.trialCap))) trials)."
    }

    /// The headline's one line about convergence (at most 80 columns for ordinary figures).
    static func convergenceShort(_ c: Convergence, trials: Int) -> String {
        let target = smallPercent(c.targetHalfWidth)
        let achieved = smallPercent(c.achievedHalfWidth)
        if c.stoppedByCap {
            return "Trial cap \(Fmt.units(Double(c.trialCap))) reached: P(loss) ± \(achieved), target ± \(target) not met"
        }
        return "Converged after \(Fmt.units(Double(trials))) trials: P(loss) ± \(achieved) (target ± \(target))"
    }

    /// `product.stock = 80000, cycles.traditional.rework_probability = 0.2`.
    static func overrideList(_ overrides: [ScenarioOverride]) -> String {
        overrides.map { "\($0.keyPath) = \($0.value)" }.joined(separator: ", ")
    }

    /// The headline's one line about `--set` values, cut to `width` columns.
    static func overridesShort(_ overrides: [ScenarioOverride], width: Int) -> String {
        DisplayWidth.truncate(TextReport.spacingLineBreaks("Values set on the command line: " + overrideList(overrides)),
                              to: width)
    }
}
