/// What one draw of an input costs, in nanoseconds of one core of the release build: the per-law
/// table the work limit counts with (`RunCost`), by GSL's sampler (`Sampler`: random sampling
/// without correlations) or by the inverse CDF (`InverseCDF`: Latin hypercube, Sobol and
/// correlated inputs, DESIGN §8.3), whichever `SamplingLayout` says the run uses.
///
/// Measured with `moldrisk-genlimit --draw-cost` (bench/README.md), which prints each entry beside
/// the time it measures, on a sweep of every law's shapes; whoever changes how a law is drawn
/// (a faster inverse, UNU.RAN's PINV) re-runs it and updates this table in the same change, so the
/// limit stays right for the code it limits. The figures are rounded up: a limit that refuses a
/// run that would have fitted is a nuisance, one that accepts a run of days is a fault (issue 25
/// item 10: 1e9 draws of a gamma of shape 1e7 by its inverse, about 1.9 ms each, were accepted).
package enum DrawCost {
    /// Nanoseconds for one draw of `distribution`, by its inverse CDF when `byInverse`.
    package static func nanoseconds(_ distribution: Distribution, byInverse: Bool) -> Double {
        byInverse ? inverse(distribution) : sampler(distribution)
    }

    /// GSL's sampler (`Sampler`).
    static func sampler(_ distribution: Distribution) -> Double {
        if distribution.isDeterministic { return 0 }
        switch distribution {
        case .fixed: return 0
        case .uniform, .triangular, .normal, .lognormal, .empirical: return 30
        case .gamma, .beta, .pert: return 80
        }
    }

    /// The inverse CDF (`InverseCDF`): closed forms and a table search are cheap; PERT, gamma and
    /// beta go through `Quantile` (GSL's inverse checked by one tail evaluation, a bracketed search
    /// when it fails), whose cost grows with the series' terms (`IncompleteGamma.maxTerms`,
    /// `IncompleteBeta.maxTerms`: ∝ √shape) and with the search GSL's beta inverse needs beyond
    /// `BetaLaw.gslShapeSumLimit`.
    static func inverse(_ distribution: Distribution) -> Double {
        if distribution.isDeterministic { return 0 }
        switch distribution {
        case .fixed: return 0
        case .uniform, .lognormal: return 30
        case .triangular, .normal: return 60
        case .empirical: return 100
        case let .gamma(shape, _): return gammaInverse(shape: shape)
        case let .beta(a, b): return betaInverse(a, b)
        case let .pert(min, mode, max, lambda):
            let shapes = Distribution.pertShapes(min: min, mode: mode, max: max, lambda: lambda)
            return betaInverse(shapes.alpha, shapes.beta)
        }
    }

    /// Gamma(shape) by `Quantile`.
    static func gammaInverse(shape: Double) -> Double {
        Coefficients.gamma.base + Coefficients.gamma.perRootShape * shape.squareRoot()
    }

    /// Beta(a, b) by `Quantile` (also PERT and the conversion posterior).
    package static func betaInverse(_ a: Double, _ b: Double) -> Double {
        let root = max(a, b).squareRoot()
        if a + b > BetaLaw.gslShapeSumLimit { return Coefficients.betaSearch.base + Coefficients.betaSearch.perRootShape * root }
        return Coefficients.beta.base + Coefficients.beta.perRootShape * root
    }

    /// Fitted to the sweep of `moldrisk-genlimit --draw-cost`: nanoseconds = base + perRootShape · √shape.
    enum Coefficients {
        static let gamma = (base: 1_000.0, perRootShape: 600.0)
        static let beta = (base: 2_000.0, perRootShape: 100.0)
        static let betaSearch = (base: 20_000.0, perRootShape: 100.0)
    }
}
