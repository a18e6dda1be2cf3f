import CGSL
import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// One continuous family case: a spec and its CDF from GSL (or a closed form).
struct ContinuousCase: Sendable, CustomTestStringConvertible {
    let distribution: Distribution
    let cdf: @Sendable (Double) -> Double
    var testDescription: String { "\(distribution)" }

    static func uniform(_ lo: Double, _ hi: Double) -> Self {
        Self(distribution: .uniform(min: lo, max: hi)) { gsl_cdf_flat_P($0, lo, hi) }
    }

    /// `F(x) = (x − a)²/((b − a)(c − a))` for x ≤ c, `1 − (b − x)²/((b − a)(b − c))` above.
    static func triangular(_ a: Double, _ c: Double, _ b: Double) -> Self {
        Self(distribution: .triangular(min: a, mode: c, max: b)) { x in
            if x <= a { return 0 }
            if x >= b { return 1 }
            return x <= c ? (x - a) * (x - a) / ((b - a) * (c - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - c))
        }
    }

    /// `F(x) = I_{(x − min)/(max − min)}(α, β)`, α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min).
    static func pert(_ lo: Double, _ mode: Double, _ hi: Double, lambda: Double = 4) -> Self {
        let w = hi - lo
        let alpha = 1 + lambda * (mode - lo) / w, beta = 1 + lambda * (hi - mode) / w
        return Self(distribution: .pert(min: lo, mode: mode, max: hi, lambda: lambda)) {
            gsl_cdf_beta_P(($0 - lo) / w, alpha, beta)
        }
    }

    static func normal(_ mean: Double, _ sd: Double) -> Self {
        Self(distribution: .normal(mean: mean, sd: sd)) { gsl_cdf_gaussian_P($0 - mean, sd) }
    }

    static func lognormal(median: Double, sigma: Double) -> Self {
        Self(distribution: .lognormal(median: median, sigma: sigma)) { gsl_cdf_lognormal_P($0, Foundation.log(median), sigma) }
    }

    static func gamma(_ shape: Double, _ scale: Double) -> Self {
        Self(distribution: .gamma(shape: shape, scale: scale)) { gsl_cdf_gamma_P($0, shape, scale) }
    }

    static func beta(_ a: Double, _ b: Double) -> Self {
        Self(distribution: .beta(alpha: a, beta: b)) { gsl_cdf_beta_P($0, a, b) }
    }
}

/// Every sampler family of DESIGN §2 through `Sampler(distribution).draw`: sample mean and
/// variance within 5 SE of `Distribution.mean` / `.variance` (n = 200 000), and a one-sample KS
/// test against GSL's CDF at α = 1e−4 (√n·D > 2.225 rejects); empirical: χ² on value frequencies.
@Suite struct SamplerStatisticalTests {
    static let n = 200_000

    static let continuousCases: [ContinuousCase] = [
        .uniform(-3, 7),
        .uniform(20, 30),
        .triangular(30, 45, 75),
        .triangular(0, 0, 1),             // mode at min
        .triangular(2, 5, 5),             // mode at max
        .pert(150_000, 250_000, 800_000),
        .pert(150_000, 250_000, 800_000, lambda: 2),
        .pert(0, 9, 10, lambda: 12),
        .pert(1, 1, 3),                   // mode at min: Beta(1, 5)
        .normal(100, 15),
        .normal(-2, 0.001),
        .lognormal(median: 80_000, sigma: 0.6),
        .lognormal(median: 1_500_000, sigma: 0.25),
        .lognormal(median: 2, sigma: 1.5),           // heavy right tail
        .gamma(2.5, 3),
        .gamma(0.3, 2),                   // shape < 1
        .gamma(40, 0.01),
        .beta(2, 5),
        .beta(0.5, 0.5),
        .beta(1_101, 18_901),             // the signals-form posterior of the example scenario
    ]

    @Test(arguments: continuousCases.indices)
    func continuousFamily(index: Int) {
        let c = Self.continuousCases[index]
        let xs = sample(c.distribution, Self.n, seed: 1_000 + UInt64(index))
        expectMoments(xs, mean: c.distribution.mean, variance: c.distribution.variance)
        expectKolmogorovSmirnov(xs, cdf: c.cdf)
    }

    /// A lognormal draw is the exponential of the normal sampler's draw from the same random
    /// numbers: median·e^(σZ) with Z from GSL's ziggurat, the definition of the law.
    @Test func lognormalIsTheExponentialOfTheNormalDraw() {
        let lognormal = sample(.lognormal(median: 80_000, sigma: 0.6), 1_000, seed: 5)
        let normal = sample(.normal(mean: Foundation.log(80_000.0), sd: 0.6), 1_000, seed: 5)
        #expect(lognormal == normal.map { Foundation.exp($0) })
    }

    static let empiricalCases: [Distribution] = [
        .empirical(values: [1, 2, 3, 5, 8], weights: [0.1, 0.2, 0.3, 0.25, 0.15]),
        .empirical(values: [120_000, 95_000, 160_000, 70_000], weights: [1, 1, 1, 1]),  // "no weights": equal
        .empirical(values: [4, 4, 7], weights: [1, 1, 1]),                              // repeated value: P(4) = 2/3
        .empirical(values: [-1, 0, 1e6], weights: [5, 0, 1]),                           // a zero weight is never drawn
    ]

    @Test(arguments: empiricalCases)
    func empiricalFamily(distribution: Distribution) {
        guard case let .empirical(values, weights) = distribution else { return }
        let xs = sample(distribution, Self.n, seed: 77)
        expectMoments(xs, mean: distribution.mean, variance: distribution.variance)
        var probabilities: [Double: Double] = [:]
        for (v, w) in zip(values, weights) { probabilities[v, default: 0] += w }
        expectChiSquareFits(ChiSquareTest(sample: xs, categories: probabilities))
    }

    /// No weights at all (an empty array) means equal weights, as the spec's doc says.
    @Test func empiricalWithoutWeightsIsUniformOverValues() {
        let values: [Double] = [3, 1, 4, 1, 5]
        let xs = sample(.empirical(values: values, weights: []), Self.n, seed: 78)
        let equal = Distribution.empirical(values: values, weights: [1, 1, 1, 1, 1])
        expectMoments(xs, mean: equal.mean, variance: equal.variance)
        expectChiSquareFits(ChiSquareTest(sample: xs, categories: [3: 1, 1: 2, 4: 1, 5: 1]))
    }

    /// The tests have power: KS rejects triangular draws against the uniform CDF on the same range
    /// and a normal whose sd is 2 % off; the moment check rejects a 2 % variance error; χ² rejects
    /// equal-weight draws against slightly unequal weights.
    @Test func testsRejectNearMisses() {
        let tri = sample(.triangular(min: 0, mode: 0.5, max: 1), 20_000, seed: 5)
        #expect(kolmogorovSmirnovScaled(tri) { gsl_cdf_flat_P($0, 0, 1) } > Significance.kolmogorovCritical)
        let normal = sample(.normal(mean: 0, sd: 1.02), Self.n, seed: 6)
        #expect(kolmogorovSmirnovScaled(normal) { gsl_cdf_gaussian_P($0, 1) } > Significance.kolmogorovCritical)
        #expect(!SampleMoments(normal).agree(mean: 0, variance: 1))
        let equal = sample(.empirical(values: [1, 2, 3, 4], weights: [1, 1, 1, 1]), Self.n, seed: 7)
        #expect(ChiSquareTest(sample: equal, categories: [1: 1.03, 2: 1, 3: 1, 4: 0.97]).rejects)
    }
}
