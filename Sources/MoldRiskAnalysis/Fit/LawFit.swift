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
/// - triangular and PERT (λ = 4): maximum likelihood by profile likelihood (`LawFit+Bounded`),
///   ends ≥ 0. Not compared with scipy's parameters: `triang.fit` hands this non-regular
///   likelihood to a general optimiser whose answer depends on its start (the tests check that
///   ours is at least as likely);
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
    /// on log k, started at scipy's estimate (3 − s + √((s − 3)² + 24 s))/(12 s). log k − ψ(k) and
    /// its derivative come from GSL's `gsl_sf_psi` and `gsl_sf_psi_1` below k = 20 and from their
    /// asymptotic series above (where the difference of two nearly equal logarithms would lose
    /// the digits; the series' error there is below 1e−15 relative). At most `maxNewtonSteps`
    /// steps, each checked finite; nil when s is not a positive finite number or the steps have not
    /// settled to 1e−9 relative by then.
    static func gammaShape(_ s: Double) -> Double? {
        GSLSetup.ensure()
        guard s.isFinite, s > 0 else { return nil }
        var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
        guard k.isFinite, k > 0 else { return nil }
        var lastStep = Double.infinity
        for _ in 0..<maxNewtonSteps {
            // g(t) = log k − ψ(k) − s with k = eᵗ; g'(t) = k·(d/dk)(log k − ψ(k)) < 0.
            let (value, derivative) = logMinusDigamma(k)
            let g = value - s, slope = k * derivative
            guard g.isFinite, slope.isFinite, slope < 0 else { return nil }
            let step = max(-2, min(2, g / slope))
            let next = k * Foundation.exp(-step)
            guard next.isFinite, next > 0 else { return nil }
            lastStep = abs(step)
            k = next
            if lastStep <= 1e-15 { break }
        }
        return lastStep <= 1e-9 ? k : nil
    }

    /// (log k − ψ(k), 1/k − ψ′(k)).
    static func logMinusDigamma(_ k: Double) -> (Double, Double) {
        guard k >= 20 else { return (Foundation.log(k) - gsl_sf_psi(k), 1 / k - gsl_sf_psi_1(k)) }
        let r = 1 / k, r2 = r * r
        // log k − ψ(k) = 1/(2k) + 1/(12k²) − 1/(120k⁴) + 1/(252k⁶) − 1/(240k⁸) + 1/(132k¹⁰) − …
        let value = r / 2 + r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))))
        // Its derivative, term by term.
        let derivative = -r2 / 2 - r2 * r * (1.0 / 6 - r2 * (1.0 / 30 - r2 * (1.0 / 42 - r2 * (1.0 / 30 - r2 * 5 / 66))))
        return (value, derivative)
    }

    package static func empirical(_ x: [Double]) -> Distribution? {
        guard !x.isEmpty else { return nil }
        var counts: [Double: Double] = [:]
        for value in x { counts[value, default: 0] += 1 }
        let values = counts.keys.sorted()
        return .empirical(values: values, weights: values.map { counts[$0]! })
    }
}
