import Foundation
import Testing
@testable import MoldRiskCore

/// A generated scenario with a one-paragraph description, so that a failing property names the
/// scenario readably instead of dumping the nested structures (also inside a tuple of inputs,
/// which is printed with the elements' debug descriptions).
package struct GeneratedScenario: Sendable, CustomTestStringConvertible, CustomStringConvertible, CustomDebugStringConvertible {
    package var scenario: Scenario

    package init(_ scenario: Scenario) { self.scenario = scenario }

    package var testDescription: String { scenario.summary }
    package var description: String { scenario.summary }
    package var debugDescription: String { scenario.summary }
}

extension Scenario {
    /// A compact, human-readable summary of every input (numbers to 4 significant digits).
    package var summary: String {
        let p = product
        let capacity = mold.capacityPerDay.map { Short.number($0) + "/day" } ?? "unlimited"
        let cycleText = cycles.map { c -> String in
            var parts = ["commit \(Short.number(c.commitDaysBeforeWindow))d"]
            if c.fixedCost != 0 { parts.append("fixed_cost \(Short.number(c.fixedCost))") }
            parts.append("research \(c.researchDays.short)")
            if c.moldDays != mold.days { parts.append("mold_days \(c.moldDays.short)") }
            if c.reworkProbability > 0 {
                parts.append("rework p=\(Short.number(c.reworkProbability)) days \(c.reworkDays.short) cost \(c.reworkCost.short)")
            }
            switch c.demand.source {
            case let .units(d): parts.append("demand units \(d.short)")
            case let .signals(s):
                parts.append("demand visitors \(s.visitors.short) orders \(Short.number(s.orders))/\(Short.number(s.impressions)) "
                    + "prior (\(Short.number(s.priorAlpha)), \(Short.number(s.priorBeta)))")
            }
            if c.demand.driftPer30Days > 0 { parts.append("drift \(Short.number(c.demand.driftPer30Days))") }
            return "\(c.name): " + parts.joined(separator: ", ")
        }
        return "Scenario(trials \(trials), seed \(seed); price \(Short.number(p.unitPrice)) cost \(Short.number(p.unitCost)) "
            + "salvage \(Short.number(p.salvageValue)) stock \(Short.number(p.stock)); mold cost \(mold.cost.short) "
            + "days \(mold.days.short) capacity \(capacity); season \(Short.number(window.seasonDays))d "
            + "peak \(Short.number(window.peakShare)); levels [\(stockLevels.map(Short.number).joined(separator: ", "))]; "
            + "tolerance \(Short.number(maxLossProbability)); cycles [\(cycleText.joined(separator: "; "))])"
    }
}

extension Distribution {
    /// `family(parameters)` with short numbers.
    package var short: String {
        let n = Short.number
        return switch self {
        case let .fixed(v): n(v)
        case let .uniform(lo, hi): "uniform(\(n(lo)), \(n(hi)))"
        case let .triangular(lo, m, hi): "triangular(\(n(lo)), \(n(m)), \(n(hi)))"
        case let .pert(lo, m, hi, l): "pert(\(n(lo)), \(n(m)), \(n(hi)), λ \(n(l)))"
        case let .normal(m, sd): "normal(\(n(m)), \(n(sd)))"
        case let .lognormal(m, s): "lognormal(median \(n(m)), σ \(n(s)))"
        case let .gamma(k, t): "gamma(\(n(k)), \(n(t)))"
        case let .beta(a, b): "beta(\(n(a)), \(n(b)))"
        case let .empirical(v, w): "empirical([\(v.map(n).joined(separator: ", "))] w [\(w.map(n).joined(separator: ", "))])"
        }
    }
}

/// Number formatting for failure messages.
package enum Short {
    /// A number to 4 significant digits (`%.4g`).
    package static func number(_ x: Double) -> String { String(format: "%.4g", x) }
}
