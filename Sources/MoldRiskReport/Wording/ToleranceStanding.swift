import MoldRiskAnalysis
import MoldRiskCore

/// Where P(loss)'s 95 % interval lies against the tolerance: wholly within it, wholly above it,
/// or across it (then more trials could move P(loss) to the other side). Every language words the
/// same three cases.
package enum ToleranceStanding: Sendable {
    case within, above, straddles

    package init(_ interval: ClosedInterval, tolerance: Double) {
        if interval.upper <= tolerance {
            self = .within
        } else if interval.lower > tolerance {
            self = .above
        } else {
            self = .straddles
        }
    }
}
