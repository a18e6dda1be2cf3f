import CDraws
import CGSL

/// An owning wrapper of one GSL generator (`gsl_rng`) of type xoshiro256++, seeded with a full
/// 64-bit seed. One stream per chunk and role: never shared between threads, freed in `deinit`.
/// Every draw of the simulation goes through a `RandomStream`, so GSL's samplers (`gsl_ran_*`)
/// all draw from the same well-seeded generator. The hot loop draws through `unowned`, the same
/// generator without reference counting.
package final class RandomStream {
    /// The generator's name, for reports' method sections.
    package static let generatorName = "xoshiro256++ (as a GSL gsl_rng_type), seeds by splitmix64"

    /// The underlying GSL generator, for calling `gsl_ran_*` directly.
    package let rng: UnsafeMutablePointer<gsl_rng>

    /// This stream's generator as a trivially copyable `UnownedStream`, valid while this stream lives.
    package var unowned: UnownedStream { UnownedStream(rng: rng) }

    /// A stream whose whole state is filled from `seed` by splitmix64.
    package init(seed: UInt64) {
        GSLSetup.ensure()
        guard let rng = gsl_rng_alloc(moldrisk_rng_xoshiro256pp()) else {
            fatalError("moldrisk: out of memory allocating a random number generator")
        }
        self.rng = rng
        gsl_rng_set(rng, UInt(seed))
    }

    /// The stream for one chunk and role of a run: its seed mixes the run's seed, the chunk index
    /// and the role index through splitmix64, so neighbouring chunks and roles get unrelated streams.
    package convenience init(runSeed: UInt64, chunk: Int, role: Int) {
        self.init(seed: StreamSeed.derive(runSeed: runSeed, chunk: UInt64(chunk), role: UInt64(role)))
    }

    deinit { gsl_rng_free(rng) }

    /// A uniform draw in [0, 1) with 53 random bits (`UnownedStream.uniform`).
    package func uniform() -> Double { unowned.uniform() }

    /// A standard normal draw (`UnownedStream.standardNormal`).
    package func standardNormal() -> Double { unowned.standardNormal() }

    /// A Beta(a, b) draw (`UnownedStream.beta`); a, b > 0.
    package func beta(_ a: Double, _ b: Double) -> Double { unowned.beta(a, b) }

    /// A Poisson draw with the given mean (`UnownedStream.poisson`).
    package func poisson(mean: Double) -> Double { unowned.poisson(mean: mean) }

    /// A Binomial(n, p) draw (`UnownedStream.binomial`).
    package func binomial(trials n: Double, probability p: Double) -> Double {
        unowned.binomial(trials: n, probability: p)
    }
}

/// Derivation of stream seeds from (run seed, chunk, role): a 64-bit mix, so that two chunks of a
/// run never share a stream in practice (unlike GSL's 32-bit `gsl_rng_set` for mt19937).
package enum StreamSeed {
    /// splitmix64's output function applied to three words in sequence.
    package static func derive(runSeed: UInt64, chunk: UInt64, role: UInt64) -> UInt64 {
        var x = runSeed
        var h = moldrisk_splitmix64_next(&x)
        x = h ^ chunk
        h = moldrisk_splitmix64_next(&x)
        x = h ^ (role &* 0xD1B5_4A32_D192_ED03)
        return moldrisk_splitmix64_next(&x)
    }
}

/// One-time GSL set-up: switch off GSL's default error handler, which calls `abort()`, and read
/// GSL's ziggurat constants for the inlined normal draw (CDraws). Parameters are validated before
/// they reach GSL, so no error should occur; if one does, GSL returns a NaN or error code instead
/// of killing the process.
package enum GSLSetup {
    /// Whether the constants were read: then normal draws take GSL's common case inline; if not,
    /// every normal draw goes through `gsl_ran_gaussian_ziggurat` (the same numbers, slower).
    package static let inlinesNormalDraws: Bool = {
        gsl_set_error_handler_off()
        return moldrisk_ziggurat_read() == 1
    }()

    /// Runs the set-up once (thread-safe: a Swift global initialiser runs exactly once).
    package static func ensure() { _ = inlinesNormalDraws }
}
