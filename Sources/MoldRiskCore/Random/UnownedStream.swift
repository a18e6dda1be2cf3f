import CDraws
import CGSL

/// A trivially copyable reference to the generator of a live `RandomStream`: what the engine's
/// hot loop draws through. Copying or passing one involves no reference counting (a class
/// reference read from an array is retained and released around every use: about 6 % of the
/// engine's time, measured on 4M trials on one thread). It does not keep its stream alive: use
/// it only while the `RandomStream` it came from (`RandomStream.unowned`) is alive, as
/// `ChunkStreams` does.
///
/// Draws are those of the stream itself: `stream.uniform()` and `stream.unowned.uniform()` take
/// the same next number.
@frozen
package struct UnownedStream: @unchecked Sendable, BitwiseCopyable {
    /// The underlying GSL generator, for calling `gsl_ran_*` directly.
    package let rng: UnsafeMutablePointer<gsl_rng>

    @inlinable
    init(rng: UnsafeMutablePointer<gsl_rng>) { self.rng = rng }

    /// A uniform draw in [0, 1) with 53 random bits.
    @inlinable @inline(__always) package func uniform() -> Double { moldrisk_xoshiro256pp_uniform(rng) }

    /// A standard normal draw: `gsl_ran_gaussian_ziggurat`'s number, its common case inlined (CDraws).
    @inlinable @inline(__always) package func standardNormal() -> Double { moldrisk_normal(rng, 1) }

    /// A Beta(a, b) draw: `gsl_ran_beta`'s number, its two gammas drawn by CDraws without GSL's calls; a, b > 0.
    @inlinable @inline(__always) package func beta(_ a: Double, _ b: Double) -> Double { moldrisk_beta(rng, a, b) }

    /// A Poisson draw with the given mean (≥ 0), as a Double (exact integers up to 2^53).
    @inline(__always) package func poisson(mean: Double) -> Double { PoissonSampler.draw(mean: mean, stream: self) }
}
