import Foundation
import MoldRiskCore

/// The probability density of each continuous law of DESIGN §2, for drawing a law over the
/// histogram of its draws (the input-distribution chart). Evaluated in log space where a
/// closed form would overflow (a conversion posterior as sharp as Beta(1101, 18901)).
extension Distribution {
    /// The density at `x`; nil for a law without one (`fixed`, `empirical`, a degenerate range).
    package func density(_ x: Double) -> Double? {
        guard !isDeterministic else { return nil }
        switch self {
        case .fixed, .empirical:
            return nil
        case let .uniform(lo, hi):
            return x < lo || x > hi ? 0 : 1 / (hi - lo)
        case let .triangular(lo, mode, hi):
            if x < lo || x > hi { return 0 }
            if x < mode { return 2 * (x - lo) / ((hi - lo) * (mode - lo)) }
            if x > mode { return 2 * (hi - x) / ((hi - lo) * (hi - mode)) }
            return 2 / (hi - lo)
        case let .pert(lo, mode, hi, lambda):
            let width = hi - lo
            let a = 1 + lambda * (mode - lo) / width
            let b = 1 + lambda * (hi - mode) / width
            return DensityLaws.beta((x - lo) / width, a, b) / width
        case let .normal(mean, sd):
            let z = (x - mean) / sd
            return Foundation.exp(-z * z / 2) / (sd * (2 * Double.pi).squareRoot())
        case let .lognormal(median, sigma):
            return DensityLaws.lognormal(x, logMedian: Foundation.log(median), sigma: sigma)
        case let .gamma(shape, scale):
            guard x >= 0 else { return 0 }
            if x == 0 { return shape == 1 ? 1 / scale : (shape < 1 ? .infinity : 0) }
            let t = x / scale
            return Foundation.exp((shape - 1) * Foundation.log(t) - t - Foundation.lgamma(shape)) / scale
        case let .beta(a, b):
            return DensityLaws.beta(x, a, b)
        }
    }

    /// An `empirical` spec's distinct values with their probabilities (weights normalised), in
    /// increasing order; nil for every other law.
    package var pointMasses: [(value: Double, probability: Double)]? {
        guard case let .empirical(values, weights) = self else { return nil }
        let w = weights.isEmpty ? Array(repeating: 1.0, count: values.count) : weights
        let total = w.reduce(0, +)
        var mass: [Double: Double] = [:]
        for (v, weight) in zip(values, w) { mass[v, default: 0] += weight / total }
        return mass.keys.sorted().map { ($0, mass[$0]!) }
    }
}

/// Densities shared by several laws.
enum DensityLaws {
    /// Beta(a, b) on [0, 1], in log space.
    static func beta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard x >= 0, x <= 1 else { return 0 }
        if x == 0 { return a == 1 ? b : (a < 1 ? .infinity : 0) }
        if x == 1 { return b == 1 ? a : (b < 1 ? .infinity : 0) }
        let logBeta = Foundation.lgamma(a) + Foundation.lgamma(b) - Foundation.lgamma(a + b)
        return Foundation.exp((a - 1) * Foundation.log(x) + (b - 1) * Foundation.log1p(-x) - logBeta)
    }

    /// The lognormal law whose logarithm is N(logMedian, sigma²).
    static func lognormal(_ x: Double, logMedian: Double, sigma: Double) -> Double {
        guard x > 0 else { return 0 }
        let z = (Foundation.log(x) - logMedian) / sigma
        return Foundation.exp(-z * z / 2) / (x * sigma * (2 * Double.pi).squareRoot())
    }
}
