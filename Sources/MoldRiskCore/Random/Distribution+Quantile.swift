import Foundation

extension Distribution {
    /// The q-quantile (0 ≤ q ≤ 1): the value below which a share q of draws falls. Continuous
    /// families go through `Quantile` (GSL's inverse or a closed form, checked against the CDF,
    /// with a bounded bracketed search where it fails): finite for every q and every parameter set
    /// validation accepts, with the accuracy `Quantile` documents. PERT is `min + (max − min)·`
    /// the Beta quantile, lognormal `exp(log median + σ z)` and normal `mean + sd·z` with z the
    /// standard normal quantile, gamma `scale ·` the standard gamma quantile. `empirical`: the
    /// smallest value whose cumulative weight reaches q (values sorted). A degenerate spec gives
    /// its constant.
    package func quantile(_ q: Double) -> Double {
        switch self {
        case let .fixed(v):
            return v
        case let .uniform(lo, hi):
            return lo == hi ? lo : Quantile.solve(FlatLaw(lo: lo, hi: hi), q)
        case let .triangular(lo, mode, hi):
            return lo == hi ? lo : Quantile.solve(TriangularLaw(lo: lo, mode: mode, hi: hi), q)
        case let .pert(lo, mode, hi, lambda):
            if lo == hi { return lo }
            let (a, b) = Distribution.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
            return min(hi, max(lo, lo + (hi - lo) * Quantile.beta(q, a, b)))
        case let .normal(mean, sd):
            return sd == 0 ? mean : mean + sd * Quantile.standardNormal(q)
        case let .lognormal(median, sigma):
            if sigma == 0 { return median }
            return min(.greatestFiniteMagnitude, Foundation.exp(Foundation.log(median) + sigma * Quantile.standardNormal(q)))
        case let .gamma(shape, scale):
            return scale * Quantile.standardGamma(q, shape: shape)
        case let .beta(a, b):
            return Quantile.beta(q, a, b)
        case let .empirical(values, weights):
            let w = Self.effectiveWeights(values: values, weights: weights)
            let total = w.reduce(0, +)
            let order = values.indices.sorted { values[$0] < values[$1] }
            var cumulative = 0.0
            for i in order {
                cumulative += w[i]
                if cumulative >= q * total { return values[i] }
            }
            return order.last.map { values[$0] } ?? .nan
        }
    }
}
