import Foundation

/// Stirling's series terms shared by the Poisson log-probability and the incomplete beta function:
/// both need `log Γ` of large arguments and a deviance without subtracting two large numbers
/// (C. Loader 2000, "Fast and accurate computation of binomial probabilities").
enum Stirling {
    /// Stirling's remainder `δ(z) = log Γ(z + 1) − ((z+½) log z − z + ½ log 2π)` = `log z! − …`
    /// for z ≥ 16 by its asymptotic series `1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷)`; the
    /// first omitted term, `1/(1188z⁹)`, is below 1.2e−14 at z = 16.
    @inline(__always)
    static func remainder(_ z: Double) -> Double {
        let r = 1 / (z * z)
        return (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r / 1680))) / z
    }

    /// `log Γ(z) − ((z−½) log z − z + ½ log 2π)` for any z > 0: the series above from z = 16 on
    /// (log Γ(z) and log z! share the remainder: `log Γ(z) = log z! − log z`), else from `lgamma`,
    /// whose absolute error (~1e−15 there) is all that small arguments lose.
    @inline(__always)
    static func gammaRemainder(_ z: Double) -> Double {
        if z >= 16 { return remainder(z) }
        return Foundation.lgamma(z) - ((z - 0.5) * Foundation.log(z) - z + 0.5 * Foundation.log(2 * Double.pi))
    }

    /// The deviance `D(k, m) = k log(k/m) + m − k ≥ 0` (k ≥ 0, m > 0), written
    /// `k log1p((k − m)/m) − (k − m)`, exact to ~1e−16·k·|k/m − 1| near k = m where the naive form
    /// cancels.
    @inline(__always)
    static func deviance(_ k: Double, from m: Double) -> Double {
        let excess = k - m
        return k * Foundation.log1p(excess / m) - excess
    }

    /// `D(k, m)` at any ratio (k ≥ 0, m > 0, both finite): the log1p form of `deviance` for
    /// ½m ≤ k ≤ 2m, else `k (log k − log m) + m − k`, which far from k = m neither cancels nor
    /// overflows (`log1p((k − m)/m)` rounds to log 0 = −∞ once k/m is below 2⁻⁵³).
    static func devianceAtAnyRatio(_ k: Double, from m: Double) -> Double {
        if k >= 0.5 * m && k <= 2 * m { return deviance(k, from: m) }
        if k == 0 { return m }
        return k * (Foundation.log(k) - Foundation.log(m)) + m - k
    }
}
