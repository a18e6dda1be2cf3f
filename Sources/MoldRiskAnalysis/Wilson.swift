import MoldRiskCore

/// Confidence intervals for a proportion and a mean.
package enum ConfidenceInterval {
    /// z for a two-sided 95 % interval.
    package static let z95 = 1.959963984540054

    /// Wilson score interval for `successes` out of `trials` (Wilson 1927): stays inside [0, 1]
    /// and contains the observed proportion, unlike the normal (Wald) interval at 0 or 1.
    package static func wilson(successes: Int, trials: Int, z: Double = z95) -> ClosedInterval {
        guard trials > 0 else { return ClosedInterval(lower: 0, upper: 1) }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return ClosedInterval(lower: max(0, min(p, center - half)), upper: min(1, max(p, center + half)))
    }

    /// mean ± z · standard error.
    package static func normal(mean: Double, standardError: Double, z: Double = z95) -> ClosedInterval {
        ClosedInterval(lower: mean - z * standardError, upper: mean + z * standardError)
    }
}
