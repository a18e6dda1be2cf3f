import Foundation
import MoldRiskCore

/// The Kolmogorov–Smirnov and Anderson–Darling statistics of sorted observations against a law's
/// CDF F:
///
///     D  = max over i of max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n)
///     A² = −n − (1/n) Σᵢ (2i − 1) [log F(x₍ᵢ₎) + log(1 − F(x₍ₙ₊₁₋ᵢ₎))]
///
/// (as `scipy.stats.kstest` and the A² of `scipy.stats.anderson`, the latter computed here against
/// any law). F is clamped into [1e−300, 1 − 2⁻⁵³] inside the logarithms, so an observation where
/// the law puts no probability gives a large finite A² instead of ∞.
package struct GoodnessOfFit: Sendable, Equatable {
    package var ks: Double
    package var ad: Double

    /// The statistics of `sorted` (increasing) against `law`.
    package init(sorted: [Double], law: Distribution) {
        let n = Double(sorted.count)
        let f = sorted.map { min(1 - 0x1p-53, max(1e-300, law.cdf($0))) }
        var d = 0.0
        var sum = 0.0
        for i in f.indices {
            let rank = Double(i + 1)
            d = max(d, rank / n - f[i], f[i] - (rank - 1) / n)
            sum += (2 * rank - 1) * (Foundation.log(f[i]) + Foundation.log1p(-f[f.count - 1 - i]))
        }
        ks = d
        ad = -n - sum / n
    }
}
