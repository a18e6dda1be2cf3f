import CUnuran

/// The inverse CDF of a standard Beta(a, b) or Gamma(shape, 1) by UNU.RAN's PINV: the evaluation
/// view of a `PINVTable` (which owns the generators and must outlive it), trivially copyable so
/// that the per-draw path retains nothing. u-error |P(X ≤ x) − u| ≤ `uErrorBound` (1e−10) for u in
/// (0, 1), up to what the Doubles around x allow (`roundingAllowance`); the reference is scipy's
/// `scipy.stats.sampling.NumericalInversePolynomial(dist, u_resolution=1e-10)`, the same method.
///
/// PINV interpolates x(u) on nodes it places in x, so near a pole at the *right* end (a Beta with
/// b < 1, whose CDF rises like 1 − c(1 − x)ᵇ) the coarse Doubles just below 1 cost it accuracy
/// (Beta(30, 0.5): u-error 7.5e−8 whatever the resolution), while a pole at 0, where Doubles are
/// dense, is fine. Such a Beta is inverted through its mirror, Q_{a,b}(u) = 1 − Q_{b,a}(1 − u)
/// (`lowerMirrored`, `upperMirrored`): for every u when a ≥ 1, for u > ½ when a < 1 too (u ≤ ½
/// then uses Beta(a, b) itself). 1 − u and 1 − y are exact or within half an ulp of 1, a u-error
/// below 1.2e−16 times the density.
///
/// Poles: PINV copes with a pole at 0 for moderate shapes (Beta(0.5, 30), Gamma(0.1) pass), but
/// for Beta(0.5, 0.5) its u-error reaches 4e−9 in the body and for Beta(0.2, 5) it cuts the left
/// tail at x ≈ 1e−16 (u-error 1e−3): the set-up check rejects these and the input keeps the exact
/// `Quantile` (the remedy, not done: give PINV Y = Xᵃ, whose density (1 − y^(1/a))^(b−1)/(a·B(a, b))
/// has no pole at 0).
///
/// `@unchecked Sendable`: the pointers are only read, by `unur_pinv_eval_approxinvcdf` (see `PINVTable`).
struct PINVQuantile: @unchecked Sendable {
    /// The u-error promised (checked at set-up at `checkPoints`, and over grids by `PINVInverseTests`).
    static let uErrorBound = 1e-10
    /// The u at which a new table is checked, both tails included.
    static let checkPoints: [Double] = [1e-12, 1e-9, 1e-6, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99,
                                        1 - 1e-3, 1 - 1e-6, 1 - 1e-9]

    /// The generator for u ≤ ½, and whether it is the mirror's.
    let lower: OpaquePointer
    let lowerMirrored: Bool
    /// The generator for u > ½, and whether it is the mirror's.
    let upper: OpaquePointer
    let upperMirrored: Bool

    /// The u-quantile, 0 < u < 1 (at 0 or 1 UNU.RAN would return the domain's end, ∞ for a gamma).
    @inline(__always)
    func value(_ u: Double) -> Double {
        let (generator, mirrored) = u <= 0.5 ? (lower, lowerMirrored) : (upper, upperMirrored)
        return mirrored ? 1 - unur_pinv_eval_approxinvcdf(generator, 1 - u) : unur_pinv_eval_approxinvcdf(generator, u)
    }

    /// True when the u-error at every check point is within the bound (and the rounding allowance).
    func passesCheck<Law: QuantileLaw>(_ law: Law) -> Bool {
        Self.checkPoints.allSatisfy { u in
            let x = value(u)
            return Self.uError(law, at: x, u: u) <= Self.uErrorBound + Self.roundingAllowance(law, at: x)
        }
    }

    /// |P(X ≤ x) − u|, from the tail u lies in (so that both far tails keep their precision).
    static func uError<Law: QuantileLaw>(_ law: Law, at x: Double, u: Double) -> Double {
        u <= 0.5 ? abs(law.lowerTail(x) - u) : abs(law.upperTail(x) - (1 - u))
    }

    /// The u-error no Double can avoid at x: the CDF's rise between x's neighbouring Doubles (next
    /// to a Beta's pole at 1 they are 1.1e−16 apart and the CDF jumps by far more than 1e−10, so
    /// the best answer is one of two Doubles whose CDFs bracket u, as `Quantile` documents).
    static func roundingAllowance<Law: QuantileLaw>(_ law: Law, at x: Double) -> Double {
        guard x.isFinite else { return 0 }
        let below = max(law.lowerEnd, x.nextDown), above = min(law.upperEnd, x.nextUp)
        return abs(law.upperTail(below) - law.upperTail(above))
    }
}
