import CGSL
import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// `PoissonSampler` against GSL's Poisson CDF: χ² on binned counts (α = 1e−4) and mean and
/// variance (both μ) within 5 SE, at fixed seeds.
@Suite struct PoissonSamplerTests {
    static let n = 200_000

    /// PTRS (μ ≥ 10) and GSL (μ < 10) both fit Poisson(μ): χ² against GSL's CDF (`poissonCDF`)
    /// (integer bins merged to expected ≥ 5; for large μ ~200 bins at normal quantiles).
    @Test(arguments: [0.5, 3.7, 9.99, 10, 37.5, 1e3, 1e5, 1e7])
    func fitsPoissonDistribution(mean: Double) {
        let xs = sample(Self.n, seed: 0x5EED_0000 + UInt64(mean * 100)) { PoissonSampler.draw(mean: mean, stream: $0.unowned) }
        #expect(xs.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
        let test = poissonChiSquare(xs, mean: mean)
        #expect(test.degreesOfFreedom >= (mean < 5 ? 5 : 20), "too few bins for a meaningful test: \(test.bins)")
        expectChiSquareFits(test)
        expectMoments(xs, mean: mean, variance: mean)
    }

    /// Far beyond GSL's `unsigned int`: no overflow, whole numbers, mean and variance μ.
    @Test(arguments: [5e9, 1e12])
    func hugeMeansHaveMeanAndVarianceMu(mean: Double) {
        let xs = sample(50_000, seed: 12) { PoissonSampler.draw(mean: mean, stream: $0.unowned) }
        #expect(xs.allSatisfy { $0 == $0.rounded() && $0 > Double(UInt32.max) })
        expectMoments(xs, mean: mean, variance: mean)
    }

    @Test func zeroAndNegativeMeansReturnZeroWithoutDrawing() {
        var results: [Double] = []
        for mean in [0.0, -3, .nan] {
            #expect(consumesNoRandomNumbers { results.append(PoissonSampler.draw(mean: mean, stream: $0.unowned)) })
        }
        #expect(results[0] == 0 && results[1] == 0 && results[2].isNaN)
        #expect(RandomStream(seed: 1).poisson(mean: 0) == 0)
    }

    /// The same stream state gives the same draws, through both entry points.
    @Test func reproducible() {
        let a = sample(1_000, seed: 77) { PoissonSampler.draw(mean: 12_345.6, stream: $0.unowned) }
        let b = sample(1_000, seed: 77) { $0.poisson(mean: 12_345.6) }
        #expect(a == b)
    }

    /// `log P(X = k)` against 60-digit values (mpmath: `k log μ − μ − loggamma(k + 1)`); the naive
    /// formula in Double is off by ~1e−2 at μ = 1e12, the saddle-point form must not be.
    @Test(arguments: [
        (1e12, 1e12, -14.734449091169030179),
        (1e12, 1_000_001_234_567, -15.496527233584792346),
        (1e12, 999_997_000_000, -19.234452091173530187),
        (1e12, 1_000_005_000_000, -27.234430757881530043),
        (1e7, 10_004_321, -9.9116199867789225964),
        (37.5, 16, -10.182405178458830705),
        (37.5, 60, -8.6677174450896833165),
        (10, 3, -4.8840041902459179488),
    ])
    func logProbabilityIsAccurate(mean: Double, k: Double, expected: Double) {
        let value = PoissonSampler.logProbability(of: k, mean: mean)
        #expect(abs(value - expected) < 1e-9, "log P(\(k); \(mean)) = \(value), want \(expected)")
    }

    /// Agrees with GSL's pmf wherever that is accurate, across the Stirling-series switch at k = 16.
    @Test func logProbabilityMatchesGSLPmf() {
        for mean in [10.0, 37.5, 1e3, 1e5] {
            let sd = mean.squareRoot()
            for k in stride(from: max(0, (mean - 6 * sd).rounded(.down)), through: mean + 6 * sd, by: max(1, sd / 8)) {
                let k = k.rounded(.down)
                let gsl = Foundation.log(gsl_ran_poisson_pdf(UInt32(k), mean))
                let ours = PoissonSampler.logProbability(of: k, mean: mean)
                #expect(abs(ours - gsl) < 1e-9 * max(1, abs(gsl)), "μ = \(mean), k = \(k): \(ours) vs \(gsl)")
            }
        }
    }

    /// The reference CDF of the χ² tests agrees with a sum of GSL's pmf (`gsl_ran_poisson_pdf`,
    /// ~1e−8 relative per term) across μ ± 6√μ, to 1e−6.
    @Test(arguments: [37.5, 1e5, 1e7])
    func referenceCDFIsAccurate(mean: Double) {
        let sd = mean.squareRoot()
        let start = max(0, (mean - 12 * sd).rounded(.down))
        var cdf = 0.0, worst = 0.0
        for k in stride(from: start, through: mean + 6 * sd, by: 1) {
            cdf += gsl_ran_poisson_pdf(UInt32(k), mean)
            if k >= mean - 6 * sd, Int(k) % 97 == 0 { worst = max(worst, abs(poissonCDF(k, mean: mean) - cdf)) }
        }
        #expect(worst < 1e-6, "reference CDF off by \(worst) at μ = \(mean)")
    }

    /// The χ² test has power: it rejects the rounded normal approximation N(μ, μ) at μ = 37.5
    /// (skewness 1/√μ ≈ 0.16 missing) and PTRS at a mean 0.5 % off at μ = 1e5 (1.6 SD).
    @Test func chiSquareRejectsNearMisses() {
        let mean = 37.5
        let normal = sample(Self.n, seed: 3) { max(0, (mean + mean.squareRoot() * $0.standardNormal()).rounded()) }
        #expect(poissonChiSquare(normal, mean: mean).rejects)
        let shifted = sample(Self.n, seed: 4) { PoissonSampler.draw(mean: 1.005e5, stream: $0.unowned) }
        #expect(poissonChiSquare(shifted, mean: 1e5).rejects)
    }
}
