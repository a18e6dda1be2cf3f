import CDraws
import CGSL
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// The generator against published and independently computed reference outputs, the
/// binomial's moments and law (including n above `UInt32.max`), and seed derivation.
@Suite struct RandomStreamTests {
    /// splitmix64 from state 0 (reference values of Steele, Lea and Flood's generator).
    @Test func splitmix64ReferenceOutputs() {
        var x: UInt64 = 0
        let outputs = (0..<4).map { _ in moldrisk_splitmix64_next(&x) }
        #expect(outputs == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC])
    }

    /// xoshiro256++ from the state {1, 2, 3, 4} (the reference outputs used by rand_xoshiro).
    @Test func xoshiro256PlusPlusReferenceOutputs() {
        var state = moldrisk_xoshiro256pp_state(s: (1, 2, 3, 4))
        let outputs = (0..<6).map { _ in moldrisk_xoshiro256pp_next(&state) }
        #expect(outputs == [41_943_041, 58_720_359, 3_588_806_011_781_223, 3_591_011_842_654_386,
                            9_228_616_714_210_784_205, 9_973_669_472_204_895_162])
    }

    /// `RandomStream(seed:)` = splitmix64 fills the state, then `(next >> 11)·2⁻⁵³`; expected values
    /// from an independent Python implementation of both generators.
    @Test(arguments: [
        (UInt64(0), [0.3245752680314067, 0.38223929651167343, 0.3596172076473553, 0.011455508934653635, 0.49527006868383106],
         [UInt(0x5317_5D61), 0x61DA_6F3D, 0x5C0F_DF91, 0x02EE_BF8C, 0x7ECA_04EB]),
        (UInt64(20_201_111), [0.5286414575710789, 0.8160474204755889, 0.056746833067333524, 0.3544524553751177, 0.4552857121140166],
         [UInt(0x8755_0BEB), 0xD0E8_7BD6, 0x0E86_F5E0, 0x5ABD_6567, 0x748D_9ABB]),
    ])
    func streamReferenceOutputs(seed: UInt64, uniforms: [Double], upperWords: [UInt]) {
        let stream = RandomStream(seed: seed)
        #expect((0..<5).map { _ in stream.uniform() } == uniforms)
        // GSL's own entry points reach the same generator: gsl_rng_uniform and gsl_rng_get (upper 32 bits).
        let viaGSL = RandomStream(seed: seed)
        #expect((0..<5).map { _ in gsl_rng_uniform(viaGSL.rng) } == uniforms)
        let words = RandomStream(seed: seed)
        #expect((0..<5).map { _ in gsl_rng_get(words.rng) } == upperWords)
        #expect(gsl_rng_max(words.rng) == 0xFFFF_FFFF && gsl_rng_min(words.rng) == 0)
    }

    /// A stream and its `unowned` view share one generator state: interleaved draws through both
    /// are the draws of the stream alone.
    @Test func theUnownedViewDrawsFromItsStreamsState() {
        let mixed = RandomStream(seed: 5), alone = RandomStream(seed: 5)
        let viaBoth = [mixed.uniform(), mixed.unowned.uniform(), mixed.unowned.standardNormal(), mixed.standardNormal(),
                       mixed.unowned.beta(2, 3), mixed.unowned.poisson(mean: 50), mixed.uniform()]
        let viaStream = [alone.uniform(), alone.uniform(), alone.standardNormal(), alone.standardNormal(),
                         alone.beta(2, 3), alone.poisson(mean: 50), alone.uniform()]
        #expect(viaBoth == viaStream)
    }

    /// Binomial(n, p): mean n p, variance n p (1 − p), within 5 SE; in GSL's range and beyond.
    /// (n = 1e9 and `UInt32.max` fail through `gsl_ran_binomial` itself: variance +5 %, mean 175 SE off.)
    @Test(arguments: [(1_000.0, 0.3), (1e6, 0.3), (16_777_217, 0.5), (1e9, 0.3), (4_294_967_295, 0.5),
                      (1e10, 0.3), (1e12, 0.5), (7.5e12, 1e-6)])
    func binomialMoments(n: Double, p: Double) {
        let xs = sample(50_000, seed: 31) { $0.binomial(trials: n, probability: p) }
        #expect(xs.allSatisfy { $0 >= 0 && $0 <= n && $0 == $0.rounded() })
        expectMoments(xs, mean: n * p, variance: n * p * (1 - p))
    }

    /// Beyond `UInt32.max` with n p small the law is Poisson(n p) to within p: χ² against it, on
    /// both tails (p tiny, and 1 − p tiny through n − X). A normal approximation fails this.
    @Test(arguments: [(1e10, 1e-9), (5e9, 1 - 2e-9)])
    func binomialBeyondUInt32HasTheExactLaw(n: Double, p: Double) {
        let small = min(p, 1 - p)
        let xs = sample(200_000, seed: 32) { stream in
            let x = stream.binomial(trials: n, probability: p)
            return p < 0.5 ? x : n - x
        }
        expectChiSquareFits(poissonChiSquare(xs, mean: n * small))
    }

    @Test func binomialEdgesDrawNothing() {
        var results: [Double] = []
        for (n, p) in [(0.0, 0.5), (10, 0), (10, 1), (1e13, 0), (1e13, 1)] {
            #expect(consumesNoRandomNumbers { results.append($0.binomial(trials: n, probability: p)) })
        }
        #expect(results == [0, 0, 10, 0, 1e13])
    }

    /// 10 000 chunks get 10 000 distinct seeds, for every role; 8 roles of one chunk are distinct;
    /// all 80 000 (chunk, role) pairs and a neighbouring run seed's pairs are distinct too.
    @Test func derivedSeedsAreDistinct() {
        var all = Set<UInt64>()
        for runSeed: UInt64 in [1, 2] {
            for role: UInt64 in 0..<8 {
                let seeds = (0..<UInt64(10_000)).map { StreamSeed.derive(runSeed: runSeed, chunk: $0, role: role) }
                #expect(Set(seeds).count == 10_000)
                all.formUnion(seeds)
            }
            let roles = (0..<UInt64(8)).map { StreamSeed.derive(runSeed: runSeed, chunk: 0, role: $0) }
            #expect(Set(roles).count == 8)
        }
        #expect(all.count == 2 * 8 * 10_000)
        // The derivation is a fixed function: the same inputs give the same seed.
        #expect(StreamSeed.derive(runSeed: 7, chunk: 3, role: 1) == StreamSeed.derive(runSeed: 7, chunk: 3, role: 1))
    }
}
