import CGSL

/// Poisson draws for the signals form of demand (DESIGN §1: `demand ~ Poisson(visitors·p·drift·availability)`).
///
/// `P(X = k) = μᵏ e^{−μ} / k!` for k = 0, 1, 2, …
///
/// - μ < 10: GSL's `gsl_ran_poisson` (exact; its `unsigned int` result cannot overflow there).
/// - μ ≥ 10: Hörmann's transformed rejection with squeeze, PTRS (`PoissonSampler.TransformedRejection`),
///   exact for every finite μ, O(1) expected time (about 1.15 uniform pairs per draw), Double arithmetic,
///   so means up to 2⁵³ give exact integers and no overflow.
///
/// Properties kept: the result is a whole number ≥ 0; mean 0 (or below) returns 0 and consumes no
/// uniforms; the same stream state gives the same draw; only `stream` is read or changed.
/// An impossible mean never loops: NaN returns NaN and +∞ returns +∞, consuming nothing, and −∞
/// returns 0 like any negative mean (the engine checks the mean before drawing and reports a
/// non-finite one, `TrialFault`; this only makes a hang impossible here too).
package enum PoissonSampler {
    /// Means at or above this use PTRS; below it, `gsl_ran_poisson`. Hörmann's constants are fitted
    /// for μ ≥ 10.
    package static let transformedRejectionThreshold = 10.0

    /// A Poisson(mean) draw as a Double; mean ≥ 0 and finite.
    @inline(__always)
    package static func draw(mean: Double, stream: UnownedStream) -> Double {
        if mean >= transformedRejectionThreshold {
            guard mean < .infinity else { return mean }
            return TransformedRejection(mean: mean).draw(stream)
        }
        if mean > 0 { return Double(gsl_ran_poisson(stream.rng, mean)) }
        return mean.isNaN ? mean : 0
    }
}
