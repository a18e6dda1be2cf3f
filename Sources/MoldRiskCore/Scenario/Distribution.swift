import Foundation

/// A distribution spec from a scenario file (DESIGN §2): a fixed number or one of the named
/// families, with its parameters as written. Validation (`ScenarioParser`) guarantees that the
/// parameters are finite and legal before a value of this type reaches a sampler.
package enum Distribution: Sendable, Equatable {
    /// Always `value`.
    case fixed(Double)
    /// Uniform on [min, max].
    case uniform(min: Double, max: Double)
    /// Triangular on [min, max] with its peak at `mode`.
    case triangular(min: Double, mode: Double, max: Double)
    /// PERT: `min + (max - min) * Beta(1 + lambda (mode - min)/(max - min), 1 + lambda (max - mode)/(max - min))`.
    case pert(min: Double, mode: Double, max: Double, lambda: Double)
    /// Normal with mean and standard deviation.
    case normal(mean: Double, sd: Double)
    /// Lognormal given by its median and the standard deviation `sigma` of its logarithm.
    case lognormal(median: Double, sigma: Double)
    /// Gamma with shape k and scale θ (mean kθ).
    case gamma(shape: Double, scale: Double)
    /// Beta(α, β) on [0, 1].
    case beta(alpha: Double, beta: Double)
    /// Resampling of observed values, each with its weight (equal weights when none are given).
    case empirical(values: [Double], weights: [Double])

    /// The family's name as written in a scenario file (`dist = "…"`).
    package var familyName: String {
        switch self {
        case .fixed: "fixed"
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .pert: "pert"
        case .normal: "normal"
        case .lognormal: "lognormal"
        case .gamma: "gamma"
        case .beta: "beta"
        case .empirical: "empirical"
        }
    }

    /// True when every draw is the same number (a `fixed` spec, or a degenerate range).
    package var isDeterministic: Bool {
        switch self {
        case .fixed: true
        case let .uniform(lo, hi), let .triangular(lo, _, hi), let .pert(lo, _, hi, _): lo == hi
        case let .normal(_, sd): sd == 0
        case let .lognormal(_, sigma): sigma == 0
        case let .empirical(values, _): Set(values).count <= 1
        case .gamma, .beta: false
        }
    }

    /// The distribution's mean by its closed form (before any clamping at zero by the model).
    package var mean: Double {
        switch self {
        case let .fixed(v): return v
        case let .uniform(lo, hi): return (lo + hi) / 2
        case let .triangular(lo, mode, hi): return (lo + mode + hi) / 3
        case let .pert(lo, mode, hi, lambda):
            return hi == lo ? lo : (lo + lambda * mode + hi) / (lambda + 2)
        case let .normal(mean, _): return mean
        case let .lognormal(median, sigma): return median * Foundation.exp(sigma * sigma / 2)
        case let .gamma(shape, scale): return shape * scale
        case let .beta(a, b): return a / (a + b)
        case let .empirical(values, weights):
            let w = Self.effectiveWeights(values: values, weights: weights)
            return zip(values, w).reduce(0) { $0 + $1.0 * $1.1 } / w.reduce(0, +)
        }
    }

    /// The distribution's variance by its closed form.
    package var variance: Double {
        switch self {
        case .fixed: return 0
        case let .uniform(lo, hi): return (hi - lo) * (hi - lo) / 12
        case let .triangular(a, c, b): return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case let .pert(lo, mode, hi, lambda):
            if hi == lo { return 0 }
            let (alpha, beta) = Self.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
            let width = hi - lo
            return width * width * alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))
        case let .normal(_, sd): return sd * sd
        case let .lognormal(median, sigma):
            let s2 = sigma * sigma
            return (Foundation.exp(s2) - 1) * median * median * Foundation.exp(s2)
        case let .gamma(shape, scale): return shape * scale * scale
        case let .beta(a, b): return a * b / ((a + b) * (a + b) * (a + b + 1))
        case let .empirical(values, weights):
            let m = mean
            let w = Self.effectiveWeights(values: values, weights: weights)
            return zip(values, w).reduce(0) { $0 + $1.1 * ($1.0 - m) * ($1.0 - m) } / w.reduce(0, +)
        }
    }

    /// A PERT's Beta shapes: α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min) (min < max).
    package static func pertShapes(min lo: Double, mode: Double, max hi: Double, lambda: Double) -> (alpha: Double, beta: Double) {
        (1 + lambda * (mode - lo) / (hi - lo), 1 + lambda * (hi - mode) / (hi - lo))
    }

    /// An empirical spec's weights, equal weights when none were given.
    static func effectiveWeights(values: [Double], weights: [Double]) -> [Double] {
        weights.isEmpty ? Array(repeating: 1, count: values.count) : weights
    }
}
