import CGSL
import Foundation

extension Quantile {
    /// The p-quantile of the standard normal law.
    package static func standardNormal(_ p: Double) -> Double { solve(StandardNormalLaw(), p) }

    /// The p-quantile of Beta(a, b), a, b > 0 (the conversion posterior, PERT, `beta`).
    package static func beta(_ p: Double, _ a: Double, _ b: Double) -> Double { solve(BetaLaw(a: a, b: b), p) }

    /// The p-quantile of Student's t law with `degreesOfFreedom` ≥ 1, p in (0, 1): GSL's
    /// `gsl_cdf_tdist_Pinv` (for the chunk-mean intervals of stratified sampling; it agrees with
    /// the tables to their last digit, `StudentTQuantileTests`).
    package static func studentT(_ p: Double, degreesOfFreedom: Int) -> Double {
        GSLSetup.ensure()
        return gsl_cdf_tdist_Pinv(p, Double(max(1, degreesOfFreedom)))
    }

    /// The p-quantile of Gamma(shape, scale 1).
    static func standardGamma(_ p: Double, shape: Double) -> Double { solve(GammaLaw(shape: shape), p) }
}

/// Uniform on [lo, hi], lo < hi: closed forms.
struct FlatLaw: QuantileLaw {
    let lo: Double, hi: Double
    var lowerEnd: Double { lo }
    var upperEnd: Double { hi }
    func lowerTail(_ x: Double) -> Double { min(1, max(0, (x - lo) / (hi - lo))) }
    func upperTail(_ x: Double) -> Double { min(1, max(0, (hi - x) / (hi - lo))) }
    func directLower(_ t: Double) -> Double { lo + t * (hi - lo) }
    func directUpper(_ t: Double) -> Double { hi - t * (hi - lo) }
}

/// Triangular on [lo, hi] with its peak at mode, lo < hi: closed forms.
struct TriangularLaw: QuantileLaw {
    let lo: Double, mode: Double, hi: Double
    var lowerEnd: Double { lo }
    var upperEnd: Double { hi }

    /// `P(X ≤ x)` below the mode, `P(X > x)` above it: the two closed-form pieces.
    private func pieces(_ x: Double) -> (lower: Double, upper: Double) {
        if x <= lo { return (0, 1) }
        if x >= hi { return (1, 0) }
        if x <= mode {
            let lower = (x - lo) * (x - lo) / ((hi - lo) * (mode - lo))
            return (lower, 1 - lower)
        }
        let upper = (hi - x) * (hi - x) / ((hi - lo) * (hi - mode))
        return (1 - upper, upper)
    }

    func lowerTail(_ x: Double) -> Double { pieces(x).lower }
    func upperTail(_ x: Double) -> Double { pieces(x).upper }
    func directLower(_ t: Double) -> Double {
        t < (mode - lo) / (hi - lo) ? lo + (t * (hi - lo) * (mode - lo)).squareRoot()
            : hi - ((1 - t) * (hi - lo) * (hi - mode)).squareRoot()
    }
    func directUpper(_ t: Double) -> Double {
        t < (hi - mode) / (hi - lo) ? hi - (t * (hi - lo) * (hi - mode)).squareRoot()
            : lo + ((1 - t) * (hi - lo) * (mode - lo)).squareRoot()
    }
}

/// N(0, 1): GSL's `gsl_cdf_ugaussian_*` (Wichura's AS 241 inverse, accurate to ~1e−16).
struct StandardNormalLaw: QuantileLaw {
    var lowerEnd: Double { -.infinity }
    var upperEnd: Double { .infinity }
    func lowerTail(_ x: Double) -> Double { gsl_cdf_ugaussian_P(x) }
    func upperTail(_ x: Double) -> Double { gsl_cdf_ugaussian_Q(x) }
    func directLower(_ t: Double) -> Double { gsl_cdf_ugaussian_Pinv(t) }
    func directUpper(_ t: Double) -> Double { gsl_cdf_ugaussian_Qinv(t) }
}

/// Gamma(shape k, scale 1): tails from `IncompleteGamma`, first answers from GSL's
/// `gsl_cdf_gamma_Pinv`/`_Qinv` (a bounded Newton iteration of at most 32 steps on GSL's own CDF,
/// NaN when it fails; at shape 1e7 its CDF is off above the mean, so the check rejects its answer
/// there and the bracketed search finds the right one).
struct GammaLaw: QuantileLaw {
    let shape: Double
    var lowerEnd: Double { 0 }
    var upperEnd: Double { .infinity }
    func lowerTail(_ x: Double) -> Double { IncompleteGamma.tails(x, shape).lower }
    func upperTail(_ x: Double) -> Double { IncompleteGamma.tails(x, shape).upper }
    func directLower(_ t: Double) -> Double { gsl_cdf_gamma_Pinv(t, shape, 1) }
    func directUpper(_ t: Double) -> Double { gsl_cdf_gamma_Qinv(t, shape, 1) }
}

/// Beta(a, b): tails from `IncompleteBeta`; first answers from GSL's `gsl_cdf_beta_Pinv` for the
/// lower tail and, by the symmetry `Q(1 − t; a, b) = 1 − Q(t; b, a)`, for the upper one.
///
/// GSL's inverse is only called while a + b ≤ `gslShapeSumLimit`: it starts with a bisection
/// that never ends when `gsl_cdf_beta_P` returns NaN, which it does near the mean once both
/// shapes are large (measured: it spins for (1e6, 1e6), (3e6, 1e6), (1e7, 1e7); on a grid of
/// shapes 1e−3 … 3e7 nothing with a + b ≤ 2e5 spun). Beyond the limit the first answer is the
/// normal approximation `m ± z·√(m(1 − m)/(n + 1))`, which the bracketed search then refines.
/// GSL 2.7 returns NaN for `gsl_cdf_beta_Pinv(0.9, 1414, 33804)`; the symmetry gives 0.041496.
struct BetaLaw: QuantileLaw {
    let a: Double, b: Double
    /// Largest a + b for which GSL's beta inverse is called.
    static let gslShapeSumLimit = 1e5

    var lowerEnd: Double { 0 }
    var upperEnd: Double { 1 }
    func lowerTail(_ x: Double) -> Double { IncompleteBeta.tails(x, a, b).lower }
    func upperTail(_ x: Double) -> Double { IncompleteBeta.tails(x, a, b).upper }

    func directLower(_ t: Double) -> Double {
        a + b <= Self.gslShapeSumLimit ? gsl_cdf_beta_Pinv(t, a, b) : normalApproximation(gsl_cdf_ugaussian_Pinv(t))
    }

    func directUpper(_ t: Double) -> Double {
        a + b <= Self.gslShapeSumLimit ? 1 - gsl_cdf_beta_Pinv(t, b, a) : normalApproximation(gsl_cdf_ugaussian_Qinv(t))
    }

    /// `m + z·sd` of the Beta law, inside (0, 1).
    private func normalApproximation(_ z: Double) -> Double {
        let n = a + b, m = a / n
        let x = m + z * (m * (1 - m) / (n + 1)).squareRoot()
        return min(max(x, m / 2), (1 + m) / 2)
    }
}
