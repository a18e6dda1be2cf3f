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
        return -0.5 * Foundation.log(2 * Double.pi * k) - Stirling.remainder(k) - Stirling.deviance(k, from: mu)
    }
}
