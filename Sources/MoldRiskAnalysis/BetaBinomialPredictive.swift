import Foundation

/// The predictive law of the orders k of a further test listing of n impressions when the
/// conversion rate has posterior Beta(α, β): Beta-binomial(n, α, β),
///
///     P(k) = C(n, k) · B(α + k, β + n − k) / B(α, β),   k = 0 … n,
///
/// evaluated in log space (`lgamma`) so that no factorial or beta function over- or underflows,
/// then exponentiated relative to the largest term and normalised (the weights sum to 1 up to
/// rounding whatever n is).
package struct BetaBinomialPredictive: Sendable {
    package let impressions: Int
    package let alpha: Double
    package let beta: Double

    package init(impressions: Int, alpha: Double, beta: Double) {
        self.impressions = impressions
        self.alpha = alpha
        self.beta = beta
    }

    /// An outcome point: orders k (a stratum's mean when strata are used, so not always whole)
    /// and its probability.
    package struct Point: Sendable, Equatable {
        package var orders: Double
        package var weight: Double
    }

    /// log P(k), for 0 ≤ k ≤ n.
    package func logProbability(_ k: Int) -> Double {
        let n = Double(impressions), kk = Double(k)
        let logChoose = lgamma(n + 1) - lgamma(kk + 1) - lgamma(n - kk + 1)
        return logChoose + Self.logBeta(alpha + kk, beta + n - kk) - Self.logBeta(alpha, beta)
    }

    /// log B(a, b).
    static func logBeta(_ a: Double, _ b: Double) -> Double { lgamma(a) + lgamma(b) - lgamma(a + b) }

    /// P(k) for every k = 0 … n, normalised.
    package func probabilities() -> [Double] {
        let logs = (0...impressions).map(logProbability)
        let top = logs.max() ?? 0
        let raw = logs.map { exp($0 - top) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    /// The outcome points of the preposterior analysis: every k with its probability when there
    /// are at most `maxPoints` of them (n + 1 ≤ maxPoints); otherwise `maxPoints` strata of equal
    /// predictive probability (k belongs to the stratum holding the middle of its probability
    /// step, F(k − 1) + P(k)/2), each stood for by its conditional mean of k and weighted by its
    /// exact probability. The means keep E[k] exactly, so the posterior mean of the rate,
    /// (α + k)/(α + β + n), averages back to the prior one (law of total expectation).
    package func points(maxPoints: Int) -> [Point] {
        let p = probabilities()
        if impressions + 1 <= maxPoints {
            return p.indices.map { Point(orders: Double($0), weight: p[$0]) }
        }
        let strata = max(1, maxPoints)
        var mass = [Double](repeating: 0, count: strata)
        var moment = [Double](repeating: 0, count: strata)
        var below = 0.0
        for k in p.indices {
            let middle = below + p[k] / 2
            let s = middle.isFinite ? min(strata - 1, max(0, Int(middle * Double(strata)))) : strata - 1
            mass[s] += p[k]
            moment[s] += p[k] * Double(k)
            below += p[k]
        }
        return (0..<strata).compactMap { s in
            mass[s] > 0 ? Point(orders: moment[s] / mass[s], weight: mass[s]) : nil
        }
    }
}
