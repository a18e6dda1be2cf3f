import Foundation

/// A lognormal spec written by its 10th and 90th percentiles (`p10`, `p90`) instead of its median
/// and `sigma`, kept so the report's inputs section can show it as written. The engine samples
/// the equivalent `Distribution.lognormal(median:sigma:)`:
/// median = √(p10 · p90), σ = ln(p90 / p10) / (2 z) with z = Φ⁻¹(0.9) = 1.2815515655446004
/// (exact to double precision, not the rounded 1.2816).
package struct LognormalQuantiles: Sendable, Equatable {
    /// The value a tenth of the draws fall below (> 0).
    package var p10: Double
    /// The value nine tenths of the draws fall below (> `p10`).
    package var p90: Double

    /// Φ⁻¹(0.9), the standard normal's 90th percentile.
    package static let z90 = 1.2815515655446004

    package init(p10: Double, p90: Double) {
        self.p10 = p10
        self.p90 = p90
    }

    /// √(p10 · p90), computed as √p10 · √p90 so the product cannot overflow or underflow.
    package var median: Double { p10.squareRoot() * p90.squareRoot() }

    /// ln(p90 / p10) / (2 z), computed as a difference of logarithms so the ratio cannot overflow.
    package var sigma: Double { (Foundation.log(p90) - Foundation.log(p10)) / (2 * Self.z90) }

    /// The lognormal with these percentiles.
    package var distribution: Distribution { .lognormal(median: median, sigma: sigma) }

    /// The percentiles of `lognormal(median, sigma)`: median · e^(∓ z σ).
    package init(median: Double, sigma: Double) {
        self.init(p10: median * Foundation.exp(-Self.z90 * sigma), p90: median * Foundation.exp(Self.z90 * sigma))
    }
}
