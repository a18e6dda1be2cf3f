import CGSL
import Foundation
import Testing
@testable import MoldRiskCore

// Shared statistics for the Random test suites: sampling, moment checks, the one-sample
// Kolmogorov–Smirnov statistic and Pearson's χ² on binned counts. Every significance level is
// fixed here, before any result is seen, and every test uses a fixed seed, so a passing test
// passes every time and a failure is a real disagreement (or a one-in-10 000 event at that seed).

/// Significance levels and tolerances, chosen up front.
package enum Significance {
    /// α for every goodness-of-fit test (KS and χ²): reject when p < 1e−4.
    package static let alpha = 1e-4
    /// Kolmogorov's asymptotic critical value for √n·D at `alpha`:
    /// `P(√n D > x) ≈ 2 e^{−2x²}`, so `x = √(−ln(α/2)/2)` ≈ 2.2250 (the brief's 2.2 rounds it down).
    package static let kolmogorovCritical = (-Foundation.log(alpha / 2) / 2).squareRoot()
    /// Sample mean and variance must lie within this many standard errors of the closed forms.
    package static let momentStandardErrors = 5.0
}

/// `n` draws from a stream seeded with `seed`.
package func sample(_ n: Int, seed: UInt64, _ draw: (RandomStream) -> Double) -> [Double] {
    let stream = RandomStream(seed: seed)
    return (0..<n).map { _ in draw(stream) }
}

/// `n` draws of `Sampler(distribution)` from a stream seeded with `seed`.
package func sample(_ distribution: Distribution, _ n: Int, seed: UInt64) -> [Double] {
    let sampler = Sampler(distribution)
    return sample(n, seed: seed) { sampler.draw($0) }
}

/// Sample moments with their standard errors:
/// `SE(mean) = s/√n`, `SE(variance) = √((m₄ − s⁴)/n)` (m₄ the fourth central moment).
package struct SampleMoments {
    package let count: Int
    package let mean: Double
    /// Unbiased sample variance s².
    package let variance: Double
    /// Fourth central moment m₄.
    package let fourthCentralMoment: Double

    package init(_ xs: [Double]) {
        count = xs.count
        let n = Double(xs.count)
        mean = xs.reduce(0, +) / n
        var m2 = 0.0, m4 = 0.0
        for x in xs {
            let d = x - mean, d2 = d * d
            m2 += d2
            m4 += d2 * d2
        }
        variance = m2 / (n - 1)
        fourthCentralMoment = m4 / n
    }

    package var standardErrorOfMean: Double { (variance / Double(count)).squareRoot() }
    package var standardErrorOfVariance: Double {
        (max(0, fourthCentralMoment - variance * variance) / Double(count)).squareRoot()
    }

    /// How many standard errors the sample mean and variance lie from `mean` and `variance`
    /// (0 when both agree exactly, +∞ when they differ and the SE is 0).
    package func deviations(mean expectedMean: Double, variance expectedVariance: Double) -> (mean: Double, variance: Double) {
        func z(_ diff: Double, _ se: Double) -> Double { diff == 0 ? 0 : abs(diff) / se }
        return (z(mean - expectedMean, standardErrorOfMean), z(variance - expectedVariance, standardErrorOfVariance))
    }

    /// True when both sample moments lie within `Significance.momentStandardErrors` SE.
    package func agree(mean expectedMean: Double, variance expectedVariance: Double) -> Bool {
        let z = deviations(mean: expectedMean, variance: expectedVariance)
        return z.mean <= Significance.momentStandardErrors && z.variance <= Significance.momentStandardErrors
    }
}

/// Expects the sample's mean and variance within 5 SE of `mean` and `variance`.
package func expectMoments(_ xs: [Double], mean: Double, variance: Double,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let m = SampleMoments(xs)
    let z = m.deviations(mean: mean, variance: variance)
    #expect(z.mean <= Significance.momentStandardErrors,
            "sample mean \(m.mean) vs \(mean): \(z.mean) SE", sourceLocation: sourceLocation)
    #expect(z.variance <= Significance.momentStandardErrors,
            "sample variance \(m.variance) vs \(variance): \(z.variance) SE", sourceLocation: sourceLocation)
}

/// One-sample Kolmogorov–Smirnov statistic `D = sup |F_n(x) − F(x)|` of a continuous `cdf`.
package func kolmogorovSmirnovStatistic(_ xs: [Double], cdf: (Double) -> Double) -> Double {
    let sorted = xs.sorted()
    let n = Double(sorted.count)
    var d = 0.0
    for (i, x) in sorted.enumerated() {
        let f = cdf(x)
        d = max(d, f - Double(i) / n, Double(i + 1) / n - f)
    }
    return d
}

/// `√n · D`, to compare with `Significance.kolmogorovCritical`.
package func kolmogorovSmirnovScaled(_ xs: [Double], cdf: (Double) -> Double) -> Double {
    kolmogorovSmirnovStatistic(xs, cdf: cdf) * Double(xs.count).squareRoot()
}

/// Expects the sample to pass the KS test against `cdf` at `Significance.alpha`.
package func expectKolmogorovSmirnov(_ xs: [Double], cdf: (Double) -> Double,
                             sourceLocation: SourceLocation = #_sourceLocation) {
    let scaled = kolmogorovSmirnovScaled(xs, cdf: cdf)
    #expect(scaled <= Significance.kolmogorovCritical,
            "KS √n·D = \(scaled) > \(Significance.kolmogorovCritical)", sourceLocation: sourceLocation)
}

/// Pearson's χ² goodness of fit on bins, with no estimated parameters.
package struct ChiSquareTest {
    package let statistic: Double
    package let degreesOfFreedom: Int
    /// Bins after merging.
    package let bins: Int
    /// Upper-tail probability `P(χ²_df > statistic)` (`gsl_cdf_chisq_Q`).
    package var pValue: Double { gsl_cdf_chisq_Q(statistic, Double(degreesOfFreedom)) }
    package var rejects: Bool { pValue < Significance.alpha }

    /// Merges neighbouring bins, left to right, until each expected count is ≥ `minimumExpected`
    /// (a short last bin joins the one before), then sums `(O − E)²/E`. df = bins − 1.
    package init(observed: [Double], expected: [Double], minimumExpected: Double = 5) {
        precondition(observed.count == expected.count)
        var mergedO: [Double] = [], mergedE: [Double] = []
        var o = 0.0, e = 0.0
        for (oi, ei) in zip(observed, expected) {
            o += oi
            e += ei
            if e >= minimumExpected {
                mergedO.append(o)
                mergedE.append(e)
                o = 0
                e = 0
            }
        }
        if (e > 0 || o > 0), !mergedE.isEmpty {
            mergedO[mergedO.count - 1] += o
            mergedE[mergedE.count - 1] += e
        }
        statistic = zip(mergedO, mergedE).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / $1.1 }
        bins = mergedE.count
        degreesOfFreedom = mergedE.count - 1
    }

    /// χ² of a discrete sample against its CDF `P(X ≤ k)`, on the bins
    /// `(−∞, e₀], (e₀, e₁], …, (e_last, ∞)` given by increasing whole `upperEdges`.
    package init(sample xs: [Double], upperEdges: [Double], cdf: (Double) -> Double) {
        var observed = [Double](repeating: 0, count: upperEdges.count + 1)
        for x in xs {
            // First edge ≥ x (binary search); past the last edge: the open top bin.
            var lo = 0, hi = upperEdges.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if upperEdges[mid] >= x { hi = mid } else { lo = mid + 1 }
            }
            observed[lo] += 1
        }
        let n = Double(xs.count)
        var expected: [Double] = []
        var previous = 0.0
        for edge in upperEdges {
            let f = cdf(edge)
            expected.append(n * (f - previous))
            previous = f
        }
        expected.append(n * (1 - previous))
        self.init(observed: observed, expected: expected)
    }

    /// χ² of a sample of category values against their probabilities (weights, normalised).
    package init(sample xs: [Double], categories: [Double: Double]) {
        let total = categories.values.reduce(0, +)
        let keys = categories.filter { $0.value > 0 }.keys.sorted()
        var counts: [Double: Double] = [:]
        for x in xs { counts[x, default: 0] += 1 }
        // A value outside the categories (or of weight 0) gets its own bin with expectation 0,
        // which makes the statistic +∞.
        let stray = counts.keys.filter { (categories[$0] ?? 0) <= 0 }.map { counts[$0]! }.reduce(0, +)
        let n = Double(xs.count)
        var observed = keys.map { counts[$0, default: 0] }
        var expected = keys.map { n * categories[$0]! / total }
        if stray > 0 {
            observed.append(stray)
            expected.append(0)
        }
        self.init(observed: observed, expected: expected, minimumExpected: 0)
    }
}

/// Expects a χ² test not to reject at `Significance.alpha`.
package func expectChiSquareFits(_ test: ChiSquareTest, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(test.degreesOfFreedom >= 1, "χ² needs at least two bins", sourceLocation: sourceLocation)
    #expect(!test.rejects,
            "χ² = \(test.statistic) on \(test.degreesOfFreedom) df, p = \(test.pValue) < \(Significance.alpha)",
            sourceLocation: sourceLocation)
}

/// Integer bin edges for a Poisson(μ) sample: every integer across μ ± 8√μ when that is at most
/// ~2 000 of them, else ~200 edges at normal quantiles (the χ² uses the exact CDF at the edges,
/// so the edges only need to spread the probability roughly evenly).
package func poissonBinEdges(mean mu: Double) -> [Double] {
    let sd = mu.squareRoot()
    let lo = max(0, (mu - 8 * sd - 1).rounded(.down))
    let hi = (mu + 8 * sd + 1).rounded(.up)
    if hi - lo <= 2_000 { return Array(stride(from: lo, through: hi, by: 1)) }
    let bins = 200
    var edges: [Double] = []
    for j in 1..<bins {
        let edge = (mu + sd * gsl_cdf_ugaussian_Pinv(Double(j) / Double(bins))).rounded(.down)
        if edge != edges.last { edges.append(edge) }
    }
    return edges
}

/// The Poisson(μ) CDF `P(X ≤ k)` from GSL: `gsl_cdf_poisson_P` for μ < 1e6; from μ = 1e6 on, the
/// same function through `P(X ≤ k) = Q(k + 1, μ) = 1 − gsl_sf_gamma_inc_P(k + 1, μ)`, because GSL
/// 2.7's `gsl_cdf_poisson_P` (via `gamma_inc_Q`'s large-x asymptotic) is off by up to 5e−3 at
/// μ = 1e7 for k below the mean, while the complement of `gamma_inc_P` stays within ~1e−7
/// (checked against a pmf sum by `PoissonSamplerTests.referenceCDFIsAccurate`).
package func poissonCDF(_ k: Double, mean mu: Double) -> Double {
    if k < 0 { return 0 }
    if mu < 1e6 { return gsl_cdf_poisson_P(UInt32(k), mu) }
    return 1 - gsl_sf_gamma_inc_P(k + 1, mu)
}

/// χ² of a Poisson(μ) sample against `poissonCDF` (needs μ + 8√μ < 2³²).
package func poissonChiSquare(_ xs: [Double], mean mu: Double) -> ChiSquareTest {
    ChiSquareTest(sample: xs, upperEdges: poissonBinEdges(mean: mu)) { poissonCDF($0, mean: mu) }
}

/// True when drawing through `body` consumed no random numbers: the stream's next uniform is
/// the first uniform of a fresh stream with the same seed.
package func consumesNoRandomNumbers(seed: UInt64 = 99, _ body: (RandomStream) -> Void) -> Bool {
    let used = RandomStream(seed: seed)
    body(used)
    return used.uniform() == RandomStream(seed: seed).uniform()
}
