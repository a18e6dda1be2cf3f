import CGSL
import Foundation
import MoldRiskCore

/// The estimators of `moldrisk fit` (DESIGN §8.7), one per family, each a pure function of the
/// observations (finite, at least two distinct) returning the law with its parameters as a
/// scenario file writes them, or nil when the family cannot describe the data (a lognormal or
/// gamma needs every value > 0). Each matches scipy.stats' `fit` on the same data:
///
/// - normal: the MLE `mean` = x̄, `sd` = √(Σ(x − x̄)²/n) (`norm.fit`);
/// - lognormal: the MLE with location 0, `median` = exp(mean of log x), `sigma` = the MLE sd of
///   log x (`lognorm.fit(x, floc=0)`: `s` = sigma, `scale` = median);
/// - gamma: the MLE with location 0: the shape solves log k − ψ(k) = log x̄ − mean(log x),
///   found by Newton's method from scipy's starting value (`gamma.fit(x, floc=0)` solves the same
///   equation with Brent's method), `scale` = x̄/k;
/// - triangular and PERT (λ = 4): *not* maximum likelihood. Their support depends on the
///   parameters, so the likelihood is not regular (it is 0 with an endpoint at an observation and
///   has no smooth maximum; scipy's `triang.fit` hands it to a general optimiser whose answer
///   depends on its start). The endpoints are the sample's extremes widened by one average gap,
///   `min − r/(n − 1)` and `max + r/(n − 1)` with r the range, and the mode comes from the mean
///   by the method of moments: `mean = (min + mode + max)/3` (triangular), `mean = (min + 4 mode
///   + max)/6` (PERT), clamped into [min, max];
/// - empirical: the distinct values with their counts as weights.
package enum LawFit {
    /// Iterations of the gamma shape's Newton method at most.
    static let maxNewtonSteps = 100

    package static func normal(_ x: [Double]) -> Distribution? {
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        let sd = (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
        guard mean.isFinite, sd.isFinite, sd > 0 else { return nil }
        return .normal(mean: mean, sd: sd)
    }

    package static func lognormal(_ x: [Double]) -> Distribution? {
        guard x.allSatisfy({ $0 > 0 }) else { return nil }
        let logs = x.map { Foundation.log($0) }
        guard case let .normal(mu, sigma)? = normal(logs) else { return nil }
        let median = Foundation.exp(mu)
        guard median.isFinite, median > 0 else { return nil }
        return .lognormal(median: median, sigma: sigma)
    }

    package static func gamma(_ x: [Double]) -> Distribution? {
        guard x.allSatisfy({ $0 > 0 }) else { return nil }
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        let s = Foundation.log(mean) - x.reduce(0) { $0 + Foundation.log($1) } / n
        guard let shape = gammaShape(s) else { return nil }
        let scale = mean / shape
        guard scale.isFinite, scale > 0 else { return nil }
        return .gamma(shape: shape, scale: scale)
    }

    /// The k > 0 with log k − ψ(k) = s (s > 0; the function falls from +∞ to 0): Newton's method
    /// on log k, started at scipy's estimate (3 − s + √((s − 3)² + 24 s))/(12 s). At most
    /// `maxNewtonSteps` steps, each checked finite; nil when s is not a positive finite number or
    /// the steps do not settle to 1e−14 relative.
    static func gammaShape(_ s: Double) -> Double? {
        GSLSetup.ensure()
        guard s.isFinite, s > 0 else { return nil }
        var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
        guard k.isFinite, k > 0 else { return nil }
        for _ in 0..<maxNewtonSteps {
            // g(t) = log k − ψ(k) − s with k = eᵗ; g'(t) = k (1/k − ψ'(k)) = 1 − k ψ'(k) (< 0).
            let g = Foundation.log(k) - gsl_sf_psi(k) - s
            let slope = 1 - k * gsl_sf_psi_1(k)
            guard g.isFinite, slope.isFinite, slope < 0 else { return nil }
            let step = max(-2, min(2, g / slope))
            let next = k * Foundation.exp(-step)
            guard next.isFinite, next > 0 else { return nil }
            if abs(next - k) <= 1e-14 * k { return next }
            k = next
        }
        return nil
    }

    package static func triangular(_ x: [Double]) -> Distribution? {
        guard let (lo, hi, mean) = widenedRange(x) else { return nil }
        let mode = min(hi, max(lo, 3 * mean - lo - hi))
        return .triangular(min: lo, mode: mode, max: hi)
    }

    package static func pert(_ x: [Double]) -> Distribution? {
        guard let (lo, hi, mean) = widenedRange(x) else { return nil }
        let mode = min(hi, max(lo, (6 * mean - lo - hi) / 4))
        return .pert(min: lo, mode: mode, max: hi, lambda: 4)
    }

    /// The sample's extremes widened by one average gap r/(n − 1) (not below 0 when no value is:
    /// a scenario's quantities are never negative), and the mean.
    static func widenedRange(_ x: [Double]) -> (Double, Double, Double)? {
        guard x.count >= 2, let lo = x.min(), let hi = x.max(), hi > lo else { return nil }
        let gap = (hi - lo) / Double(x.count - 1)
        let mean = x.reduce(0, +) / Double(x.count)
        let low = lo >= 0 ? max(0, lo - gap) : lo - gap
        guard (hi + gap).isFinite, mean.isFinite else { return nil }
        return (low, hi + gap, mean)
    }

    package static func empirical(_ x: [Double]) -> Distribution? {
        guard !x.isEmpty else { return nil }
        var counts: [Double: Double] = [:]
        for value in x { counts[value, default: 0] += 1 }
        let values = counts.keys.sorted()
        return .empirical(values: values, weights: values.map { counts[$0]! })
    }
}
