import MoldRiskCore

/// A family `moldrisk fit` tries (DESIGN §8.7), with its estimator (`LawFit`), its number of
/// fitted parameters (for AIC) and how the parameters were found.
package enum FitFamily: String, CaseIterable, Sendable {
    case normal, lognormal, gamma, triangular, pert, empirical

    /// How a family's parameters are estimated.
    package enum Method: String, Sendable {
        case maximumLikelihood = "maximum likelihood"
        case data = "the data themselves"
    }

    package var method: Method {
        switch self {
        case .normal, .lognormal, .gamma, .triangular, .pert: .maximumLikelihood
        case .empirical: .data
        }
    }

    /// Fitted parameters (AIC's k): PERT's λ is fixed at 4; empirical has no density and no AIC.
    package var parameterCount: Int {
        switch self {
        case .normal, .lognormal, .gamma: 2
        case .triangular, .pert: 3
        case .empirical: 0
        }
    }

    /// The family's estimate from `values`; nil when the family cannot describe them.
    package func fit(_ values: [Double]) -> Distribution? {
        switch self {
        case .normal: LawFit.normal(values)
        case .lognormal: LawFit.lognormal(values)
        case .gamma: LawFit.gamma(values)
        case .triangular: LawFit.triangular(values)
        case .pert: LawFit.pert(values)
        case .empirical: LawFit.empirical(values)
        }
    }

    /// Why the family cannot be fitted to `values` (nil when it can).
    package func unfitReason(_ values: [Double]) -> FitSkip? {
        let notPositive = values.filter { $0 <= 0 }.count
        guard notPositive > 0 else { return nil }
        switch self {
        case .lognormal, .gamma: return .needsPositiveValues(atOrBelowZero: notPositive)
        case .triangular, .pert: return .lowerEndBelowZero(atZero: notPositive)
        default: return nil
        }
    }
}

/// Why `moldrisk fit` did not fit a family; the report words it in the reader's language.
package enum FitSkip: Sendable, Equatable {
    /// Lognormal and gamma need every value > 0; `atOrBelowZero` values are not.
    case needsPositiveValues(atOrBelowZero: Int)
    /// Triangular and PERT would need a lower end below 0 (`atZero` values sit at 0).
    case lowerEndBelowZero(atZero: Int)
    /// The estimate is not a valid law (not finite, or degenerate).
    case invalidEstimate
    /// A scenario would refuse the estimate: the scenario parser's first message.
    case refusedByScenario(String)
}
