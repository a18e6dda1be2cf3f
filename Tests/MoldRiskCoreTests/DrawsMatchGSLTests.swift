import CDraws
import CGSL
import Testing
@testable import MoldRiskCore

/// The inlined draws of CDraws against GSL's own samplers: from the same generator state they
/// must return the same number, bit for bit, and leave the generator in the same state, so a run
/// draws exactly what it drew through `gsl_ran_*` (reports unchanged, DESIGN §8.8). A difference
/// in one draw shifts every later draw of the stream, so the streams are compared after each
/// sequence too (the next uniform of both).
@Suite struct DrawsMatchGSLTests {
    /// Draws `count` numbers with `ours` and `theirs` from two generators of the same seed and
    /// returns the first index where they differ (nil if none) and whether the states still agree.
    private func firstDifference(seed: UInt64, count: Int, ours: (UnsafeMutablePointer<gsl_rng>) -> Double,
                                 theirs: (UnsafeMutablePointer<gsl_rng>) -> Double) -> (index: Int?, inStep: Bool) {
        let a = RandomStream(seed: seed), b = RandomStream(seed: seed)
        for i in 0..<count {
            let x = ours(a.rng), y = theirs(b.rng)
            if x.bitPattern != y.bitPattern { return (i, false) }
        }
        return (nil, a.uniform() == b.uniform())
    }

    @Test func gslsZigguratConstantsWereRead() {
        #expect(GSLSetup.inlinesNormalDraws)
        // Layer 0 (bottom strip and tail) always goes to GSL; every other layer has a fast case
        // covering most of its positions (GSL's 128-layer ziggurat accepts 75-99 % of words at once).
        let accept = (0..<128).map { moldrisk_ziggurat_accept_at(Int32($0)) }
        let width = (0..<128).map { moldrisk_ziggurat_width_at(Int32($0)) }
        #expect(accept[0] == 0)
        #expect(accept[1...].allSatisfy { $0 > 12_000_000 && $0 < 1 << 24 })
        // Widths are x_i / 2^24 with x_i rising to the last step's R ≈ 3.44 (x_127 · 2^24 < 3.8).
        #expect(zip(width[1...], width[2...]).allSatisfy { $0 < $1 })
        #expect(width[127] * 0x1p24 > 3.4 && width[127] * 0x1p24 < 3.8)
    }

    @Test(arguments: [(UInt64(1), 1.0), (20_201_111, 1.0), (7, 2.5), (99, 1e-3), (12_345, 4e5)])
    func normalDrawsAreGSLsZiggurat(seed: UInt64, sigma: Double) {
        let result = firstDifference(seed: seed, count: 1_000_000, ours: { moldrisk_normal($0, sigma) },
                                     theirs: { gsl_ran_gaussian_ziggurat($0, sigma) })
        #expect(result.index == nil)
        #expect(result.inStep)
    }

    /// Shapes on both sides of 1 (the boosted branch), near 1, large, and scales ≠ 1.
    @Test(arguments: [0.001, 0.05, 0.3, 0.999, 1, 1.0000001, 1.5, 2, 2.5, 7.3, 40, 1_101, 18_901, 1e7])
    func gammaDrawsAreGSLs(shape: Double) {
        for (seed, scale) in [(UInt64(3), 1.0), (11, 0.01), (29, 3.7)] {
            let result = firstDifference(seed: seed, count: 50_000, ours: { moldrisk_gamma($0, shape, scale) },
                                         theirs: { gsl_ran_gamma($0, shape, scale) })
            #expect(result.index == nil, "shape \(shape), scale \(scale)")
            #expect(result.inStep, "shape \(shape), scale \(scale)")
        }
    }

    /// Both parameters ≤ 1 (GSL's Johnk branch, passed through), one ≤ 1, PERT shapes, the
    /// example scenario's conversion posterior and a sharper one.
    @Test(arguments: [(0.5, 0.5), (1, 1), (0.2, 30), (30, 0.2), (1, 1.0000001), (2, 5), (1.615_384_6, 4.384_615_4),
                      (5, 1), (1_101, 18_901), (2e5, 3e6)])
    func betaDrawsAreGSLs(a: Double, b: Double) {
        let result = firstDifference(seed: 41, count: 50_000, ours: { moldrisk_beta($0, a, b) },
                                     theirs: { gsl_ran_beta($0, a, b) })
        #expect(result.index == nil)
        #expect(result.inStep)
    }

    @Test(arguments: [(0.0, 1.0), (20.0, 30.0), (-5e5, 1e-3), (150_000, 800_000)])
    func flatDrawsAreGSLs(lo: Double, hi: Double) {
        let result = firstDifference(seed: 5, count: 100_000, ours: { moldrisk_flat($0, lo, hi) },
                                     theirs: { gsl_ran_flat($0, lo, hi) })
        #expect(result.index == nil)
        #expect(result.inStep)
    }
}
