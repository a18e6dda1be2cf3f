import Foundation

extension PoissonSampler {
    /// `log P(X = k)` for X ~ Poisson(μ): `k log μ − μ − log k!`, for a whole k ≥ 0 and μ > 0.
    ///
    /// Written in Loader's saddle-point form for k ≥ 16,
    /// `log P(X = k) = −½ log(2πk) − δ(k) − D(k, μ)`, where `δ(k) = log k! − ((k+½) log k − k + ½ log 2π)`
    /// is Stirling's remainder and `D(k, μ) = k log(k/μ) + μ − k ≥ 0` the deviance, so that no two
    /// large numbers are subtracted: the naive `k log μ − μ − lgamma(k+1)` is off by ~4e−3 at
    /// μ = k = 1e12 (terms near 3e13), which would bend PTRS's acceptance test;
    /// this form keeps ~1e−13 there. Small k (< 16) use `lgamma`, exact enough at those sizes.
    ///
    /// (C. Loader 2000, "Fast and accurate computation of binomial probabilities".)
    @inline(__always)
    static func logProbability(of k: Double, mean mu: Double) -> Double {
        if k < 16 {
            if k == 0 { return -mu }
            return k * Foundation.log(mu) - mu - Foundation.lgamma(k + 1)
        }
        // D(k, μ) = k log1p(d) − (k − μ), d = (k − μ)/μ; k − μ is exact when μ/2 ≤ k ≤ 2μ (Sterbenz).
        let excess = k - mu
        let deviance = k * Foundation.log1p(excess / mu) - excess
        return -0.5 * Foundation.log(2 * Double.pi * k) - stirlingRemainder(k) - deviance
    }

    /// Stirling's remainder `δ(k) = log k! − ((k+½) log k − k + ½ log 2π)` for k ≥ 16 by its
    /// asymptotic series `1/(12k) − 1/(360k³) + 1/(1260k⁵) − 1/(1680k⁷)`; the first omitted term,
    /// `1/(1188k⁹)`, is below 1.2e−14 at k = 16.
    @inline(__always)
    static func stirlingRemainder(_ k: Double) -> Double {
        let r = 1 / (k * k)
        return (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r / 1680))) / k
    }
}
