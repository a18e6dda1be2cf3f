import Foundation

extension Distribution {
    /// `P(X ≤ x)` by the same tails `quantile` inverts (`FlatLaw`, `TriangularLaw`, the standard
    /// normal, `GammaLaw`, `BetaLaw`): normal `Φ((x − mean)/sd)`, lognormal `Φ((log x − log median)/σ)`,
    /// gamma `P(k, x/θ)`, PERT the Beta CDF of `(x − min)/(max − min)`; `empirical` the share of
    /// weight at or below x; a degenerate spec a step at its constant. In [0, 1] for every x
    /// (NaN only for a NaN x); used by the goodness-of-fit statistics of `moldrisk fit`.
    package func cdf(_ x: Double) -> Double {
        GSLSetup.ensure()
        if x.isNaN { return .nan }
        switch self {
        case let .fixed(v):
            return x < v ? 0 : 1
        case let .uniform(lo, hi):
            return lo == hi ? (x < lo ? 0 : 1) : FlatLaw(lo: lo, hi: hi).lowerTail(x)
        case let .triangular(lo, mode, hi):
            return lo == hi ? (x < lo ? 0 : 1) : TriangularLaw(lo: lo, mode: mode, hi: hi).lowerTail(x)
        case let .pert(lo, mode, hi, lambda):
            if lo == hi { return x < lo ? 0 : 1 }
            if x <= lo { return 0 }
            if x >= hi { return 1 }
            let (a, b) = Distribution.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
            return BetaLaw(a: a, b: b).lowerTail((x - lo) / (hi - lo))
        case let .normal(mean, sd):
            return sd == 0 ? (x < mean ? 0 : 1) : StandardNormalLaw().lowerTail((x - mean) / sd)
        case let .lognormal(median, sigma):
            if x <= 0 { return 0 }
            if sigma == 0 { return x < median ? 0 : 1 }
            return StandardNormalLaw().lowerTail((Foundation.log(x) - Foundation.log(median)) / sigma)
        case let .gamma(shape, scale):
            return x <= 0 ? 0 : GammaLaw(shape: shape).lowerTail(x / scale)
        case let .beta(a, b):
            return x <= 0 ? 0 : (x >= 1 ? 1 : BetaLaw(a: a, b: b).lowerTail(x))
        case let .empirical(values, weights):
            let w = Self.effectiveWeights(values: values, weights: weights)
            let total = w.reduce(0, +)
            let below = zip(values, w).reduce(0.0) { $0 + ($1.0 <= x ? $1.1 : 0) }
            return total > 0 ? min(1, below / total) : .nan
        }
    }
}
