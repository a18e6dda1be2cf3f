import MoldRiskAnalysis
import MoldRiskCore

/// The language-neutral part of the reports' wording, shared by every `ReportStrings`: which case
/// a sentence is in, and the figures and key paths that read the same in every language.
package enum ReportWording {
    /// True when the 95 % interval of a paired difference excludes zero.
    static func isClear(_ c: CycleComparison) -> Bool {
        c.ci.lower > 0 || c.ci.upper < 0
    }
}
