import CGSL

extension Distribution {
    /// The q-quantile (0 < q < 1): the value below which a share q of draws falls, from GSL's
    /// inverse CDFs (`gsl_cdf_*_Pinv`) or the closed form (triangular); for `empirical`, the
    /// smallest value whose cumulative weight reaches q.
    public func quantile(_ q: Double) -> Double {
        switch self {
        case let .fixed(v):
            return v
        case let .uniform(lo, hi):
            return lo == hi ? lo : gsl_cdf_flat_Pinv(q, lo, hi)
        case let .triangular(lo, mode, hi):
            if lo == hi { return lo }
            let split = (mode - lo) / (hi - lo)
            return q < split ? lo + (q * (hi - lo) * (mode - lo)).squareRoot()
                : hi - ((1 - q) * (hi - lo) * (hi - mode)).squareRoot()
        case let .pert(lo, mode, hi, lambda):
            if lo == hi { return lo }
            let width = hi - lo
            let a = 1 + lambda * (mode - lo) / width
            let b = 1 + lambda * (hi - mode) / width
            return lo + width * gsl_cdf_beta_Pinv(q, a, b)
        case let .normal(mean, sd):
            return sd == 0 ? mean : mean + gsl_cdf_gaussian_Pinv(q, sd)
        case let .lognormal(median, sigma):
            return sigma == 0 ? median : gsl_cdf_lognormal_Pinv(q, log(median), sigma)
        case let .gamma(shape, scale):
            return gsl_cdf_gamma_Pinv(q, shape, scale)
        case let .beta(a, b):
            return gsl_cdf_beta_Pinv(q, a, b)
        case let .empirical(values, weights):
            let w = Self.effectiveWeights(values: values, weights: weights)
            let total = w.reduce(0, +)
            let order = values.indices.sorted { values[$0] < values[$1] }
            var cumulative = 0.0
            for i in order {
                cumulative += w[i]
                if cumulative >= q * total { return values[i] }
            }
            return values[order.last!]
        }
    }
}

import Foundation
