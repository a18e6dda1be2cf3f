import Foundation
import PropertyBased
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// `cdf(quantile(p)) ≈ p` over generated parameters in the accepted ranges (shapes 1e−3 … 1e7,
/// PERT λ up to 1,000) and probabilities down to 1e−12 in either tail.
@Suite struct QuantilePropertyTests {
    /// A probability: uniform half the time, else 10^(−12u) or 1 − 10^(−12u) (both far tails).
    static var probability: Generator<Double, some SendableSequenceType> {
        zip(Gen.int(in: 0...2), Gen.double(in: 0...1)).map { form, u in
            form == 0 ? u : form == 1 ? Foundation.pow(10, -12 * u) : 1 - Foundation.pow(10, -12 * u)
        }
    }

    /// A shape in [1e−3, 1e7], log-uniform.
    static var shape: Generator<Double, some SendableSequenceType> {
        Gen.double(in: 0...1).map { Foundation.pow(10, -3 + 10 * $0) }
    }

    /// The tail on p's side at q is p's (1e−9 relative), or q's neighbouring Doubles bracket it:
    /// the best a Double can do where the CDF jumps by more than that between neighbours.
    func isQuantile<Law: QuantileLaw>(_ q: Double, of p: Double, _ law: Law) -> Bool {
        guard q.isFinite, q >= law.lowerEnd, q <= law.upperEnd else { return false }
        let slack = 1e-9
        if p <= 0.5 {
            if abs(law.lowerTail(q) - p) <= slack * p { return true }
            return law.lowerTail(q.nextDown) <= p * (1 + slack) && law.lowerTail(q.nextUp) >= p * (1 - slack)
        }
        let t = 1 - p
        if abs(law.upperTail(q) - t) <= slack * t { return true }
        return law.upperTail(q.nextDown) >= t * (1 - slack) && law.upperTail(q.nextUp) <= t * (1 + slack)
    }

    @Test func betaQuantilesInvertTheCDF() async {
        await propertyCheck(count: 300, input: Self.shape, Self.shape, Self.probability) { a, b, p in
            let q = Quantile.beta(p, a, b)
            #expect(isQuantile(q, of: p, BetaLaw(a: a, b: b)), "Beta(\(a), \(b)) at p = \(p): \(q)")
        }
    }

    @Test func gammaQuantilesInvertTheCDF() async {
        await propertyCheck(count: 300, input: Self.shape, Self.probability) { k, p in
            let q = Quantile.standardGamma(p, shape: k)
            #expect(isQuantile(q, of: p, GammaLaw(shape: k)), "Gamma(\(k)) at p = \(p): \(q)")
        }
    }

    @Test func normalTriangularAndUniformQuantilesInvertTheCDF() async {
        await propertyCheck(count: 200, input: Gen.double(in: 0...1), Gen.double(in: 0...1), Self.probability) { m, w, p in
            let lo = -1e6 + 2e6 * m, hi = lo + 1e-3 + 1e6 * w
            #expect(isQuantile(Quantile.standardNormal(p), of: p, StandardNormalLaw()))
            let triangular = TriangularLaw(lo: lo, mode: lo + w * (hi - lo), hi: hi)
            #expect(isQuantile(Quantile.solve(triangular, p), of: p, triangular), "\(triangular) at \(p)")
            let flat = FlatLaw(lo: lo, hi: hi)
            #expect(isQuantile(Quantile.solve(flat, p), of: p, flat), "\(flat) at \(p)")
        }
    }

    /// Every family's `Distribution.quantile` is finite, inside the support and non-decreasing in p.
    @Test func everyFamilyGivesFiniteOrderedQuantiles() async {
        await propertyCheck(count: 200, input: Self.shape, Self.shape, Gen.double(in: 0...1000), Self.probability,
                            Self.probability) { a, b, lambda, p1, p2 in
            let specs: [Distribution] = [
                .uniform(min: 10, max: 10 + a), .triangular(min: 0, mode: a / (1 + a), max: 1),
                .pert(min: 100, mode: 100 + 900 * a / (a + b), max: 1_000, lambda: lambda),
                .normal(mean: 5, sd: a), .lognormal(median: 1_000, sigma: min(a, 3)),
                .gamma(shape: a, scale: b), .beta(alpha: a, beta: b),
                .empirical(values: [3, 1, 2], weights: [a, b, 1]),
            ]
            let (low, high) = (min(p1, p2), max(p1, p2))
            for spec in specs {
                let qLow = spec.quantile(low), qHigh = spec.quantile(high)
                #expect(qLow.isFinite && qHigh.isFinite && qLow <= qHigh, "\(spec): \(qLow) at \(low), \(qHigh) at \(high)")
            }
        }
    }

    /// p = 0 and 1 give the ends of a bounded support and a finite value for an unbounded one; NaN stays NaN.
    @Test func endsAndNaN() {
        #expect(Quantile.beta(0, 2, 3) == 0 && Quantile.beta(1, 2, 3) == 1)
        #expect(Quantile.standardNormal(0).isFinite && Quantile.standardNormal(0) < -37)
        #expect(Quantile.standardNormal(1).isFinite && Quantile.standardNormal(1) > 8)
        #expect(Quantile.standardGamma(1, shape: 2).isFinite)
        #expect(Quantile.beta(.nan, 2, 3).isNaN)
    }
}
