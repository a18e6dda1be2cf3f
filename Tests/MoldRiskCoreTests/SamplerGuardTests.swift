import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// No sampler loops on an impossible argument. `binomial(trials:probability:)`
/// with NaN or ±∞ looped forever (its halving loop, or `gsl_ran_binomial`/`gsl_ran_beta` inside
/// it); now every impossible argument returns at once without drawing, and out-of-range finite
/// ones are clamped as documented.
@Suite struct SamplerGuardTests {
    @Test func binomialReturnsAtOnceOnNonFiniteArguments() {
        for (n, p) in [(Double.nan, 0.5), (.infinity, 0.5), (-.infinity, 0.5), (1e9, .nan), (1e9, .infinity),
                       (1e9, -.infinity), (.nan, .nan), (.infinity, .nan), (100, .nan)] {
            var result = 0.0
            #expect(consumesNoRandomNumbers { result = $0.binomial(trials: n, probability: p) }, "n \(n), p \(p)")
            #expect(result.isNaN, "n \(n), p \(p): \(result)")
        }
    }

    @Test func binomialClampsOutOfRangeFiniteArguments() {
        let cases: [(n: Double, p: Double, expected: Double)] = [
            (-5, 0.5, 0), (1e9, -0.1, 0), (1e9, 1.5, 1e9), (1e20, 2, 1e20), (0, 0.5, 0), (7.9, 1, 7),
        ]
        for c in cases {
            var result = 0.0
            #expect(consumesNoRandomNumbers { result = $0.binomial(trials: c.n, probability: c.p) })
            #expect(result == c.expected, "n \(c.n), p \(c.p): \(result)")
        }
        // Huge but finite n: each round halves n, so it ends, with a whole number in [0, n].
        let huge = RandomStream(seed: 3).binomial(trials: 1e300, probability: 0.3)
        #expect(huge.isFinite && huge >= 0 && huge <= 1e300)
    }

    @Test func poissonReturnsAtOnceOnImpossibleMeans() {
        for (mean, expected) in [(Double.nan, Double.nan), (.infinity, .infinity), (-.infinity, 0), (-1e300, 0)] {
            var result = 0.0
            #expect(consumesNoRandomNumbers { result = PoissonSampler.draw(mean: mean, stream: $0.unowned) })
            #expect(result.isNaN ? expected.isNaN : result == expected, "mean \(mean): \(result)")
        }
    }
}
