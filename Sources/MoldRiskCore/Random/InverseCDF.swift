import CGSL
import Foundation

/// A distribution spec compiled for drawing by inversion: `value(at: u)` is the u-quantile, the
/// way the stratified samplers and the copula draw an input from its uniform (DESIGN §8.3).
/// Exact and finite for every u in [0, 1] and every spec validation accepts:
/// - uniform and triangular by their closed forms (lo + u·w below the median, hi − (1 − u)·w above
///   it; the triangular's upper piece rewritten without cancellation, so a mode at `min` keeps
///   its precision at small u);
/// - normal `mean + sd·z` and lognormal `exp(log median + σ·z)` with z from GSL's
///   `gsl_cdf_ugaussian_Pinv` (Wichura's AS 241, relative error ~1e−16), through
///   `Quantile.standardNormal` at u = 0 or 1 where that is infinite;
/// - PERT, gamma and beta by UNU.RAN's PINV (`PINVQuantile`, DESIGN §8.8: the Beta or standard
///   gamma's table, built once per law and process, shared by every thread, then `min + (max −
///   min)·` or `scale ·` it): u-error |P(X ≤ x) − u| ≤ 1e−10 for u in (0, 1), tens of nanoseconds a
///   draw (`bench/README.md`); at u = 0 or 1 the support's end as `Distribution.quantile` gives it.
///   Where PINV's set-up fails or misses the bound (shapes near 1e−3), `Distribution.quantile`
///   (`Quantile`: exact, 1.6–30 µs a draw);
/// - `empirical` through a table built once (values sorted, cumulative weights) and a binary
///   search: the smallest value whose cumulative weight reaches u·total, as
///   `Distribution.quantile` defines it.
/// A degenerate spec is its constant. The closed forms agree with `Distribution.quantile` to
/// rounding (`CopulaTests`), PINV to its u-error (`PINVInverseTests`).
package struct InverseCDF: Sendable {
    private enum Kind: Sendable {
        case constant(Double)
        case flat(lo: Double, hi: Double)
        case triangular(lo: Double, hi: Double, split: Double, lowScale: Double, highScale: Double)
        case normal(mean: Double, sd: Double)
        case lognormal(zeta: Double, sigma: Double)
        case table
        /// `offset + scale·`PINV's standard quantile, held in [atZero, atOne], the values at u = 0 and 1.
        case polynomial(PINVQuantile, offset: Double, scale: Double, atZero: Double, atOne: Double)
        case general
    }

    private let kind: Kind
    private let distribution: Distribution
    /// `empirical`: the values ascending and their cumulative weights.
    private let sortedValues: [Double]
    private let cumulative: [Double]
    /// `polynomial`: the table its quantile's generators belong to (kept alive here).
    private let pinvTable: PINVTable?

    package init(_ distribution: Distribution) {
        self.distribution = distribution
        var table: PINVTable?
        var sorted: [Double] = [], cumulative: [Double] = []
        switch distribution {
        case let .fixed(v): kind = .constant(v)
        case let .uniform(lo, hi): kind = lo == hi ? .constant(lo) : .flat(lo: lo, hi: hi)
        case let .triangular(lo, mode, hi):
            kind = lo == hi ? .constant(lo)
                : .triangular(lo: lo, hi: hi, split: (mode - lo) / (hi - lo),
                              lowScale: (hi - lo) * (mode - lo), highScale: (hi - lo) * (hi - mode))
        case let .normal(mean, sd): kind = sd == 0 ? .constant(mean) : .normal(mean: mean, sd: sd)
        case let .lognormal(median, sigma):
            kind = sigma == 0 ? .constant(median) : .lognormal(zeta: Foundation.log(median), sigma: sigma)
        case let .empirical(values, weights):
            let w = Distribution.effectiveWeights(values: values, weights: weights)
            let order = values.indices.sorted { values[$0] < values[$1] }
            sorted = order.map { values[$0] }
            var running = 0.0
            cumulative = order.map { running += w[$0]; return running }
            kind = sorted.isEmpty ? .general : .table
        case .pert, .gamma, .beta:
            let polynomial = Self.polynomial(distribution)
            table = polynomial?.table
            kind = polynomial?.kind ?? .general
        }
        sortedValues = sorted
        self.cumulative = cumulative
        pinvTable = table
    }

    /// The u-quantile (u clamped to [0, 1]; NaN only for a NaN u).
    @inline(__always)
    package func value(at u: Double) -> Double {
        if u.isNaN { return .nan }
        let u = min(1, max(0, u))
        switch kind {
        case let .constant(v): return v
        case let .flat(lo, hi): return u <= 0.5 ? lo + u * (hi - lo) : hi - (1 - u) * (hi - lo)
        case let .triangular(lo, hi, split, lowScale, highScale):
            if u < split { return lo + (u * lowScale).squareRoot() }
            // hi − √((1 − u)·H) without cancellation near the mode end: with w = hi − lo and
            // H = w·(hi − mode), w² − (1 − u)·H = w·((mode − lo) + (hi − mode)·u), so
            // x − lo = w·((mode − lo) + (hi − mode)·u) / (w + √((1 − u)·H)).
            let w = hi - lo
            let modeAbove = w * split, belowHi = w - w * split
            return min(hi, lo + w * (modeAbove + belowHi * u) / (w + ((1 - u) * highScale).squareRoot()))
        case let .normal(mean, sd): return mean + sd * Self.standardNormal(u)
        case let .lognormal(zeta, sigma):
            return min(.greatestFiniteMagnitude, Foundation.exp(zeta + sigma * Self.standardNormal(u)))
        case .table: return Self.tableValue(u, sortedValues: sortedValues, cumulative: cumulative)
        case let .polynomial(quantile, offset, scale, atZero, atOne):
            if u == 0 { return atZero }
            if u == 1 { return atOne }
            return min(atOne, max(atZero, offset + scale * quantile.value(u)))
        case .general: return distribution.quantile(u)
        }
    }

    /// True when the value comes from UNU.RAN's PINV (PERT, gamma, beta whose set-up succeeded).
    package var isPolynomial: Bool {
        if case .polynomial = kind { return true }
        return false
    }

    /// PERT, gamma or beta by PINV: its table (`PINVTable`, cached per law) and how it is scaled;
    /// nil where the table's set-up failed.
    private static func polynomial(_ distribution: Distribution) -> (table: PINVTable, kind: Kind)? {
        switch distribution {
        case let .pert(lo, mode, hi, lambda):
            let (a, b) = Distribution.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
            guard lo < hi, let table = PINVTable.beta(a, b) else { return nil }
            return (table, .polynomial(table.quantile, offset: lo, scale: hi - lo, atZero: lo, atOne: hi))
        case let .gamma(shape, theta):
            guard let table = PINVTable.gamma(shape) else { return nil }
            return (table, .polynomial(table.quantile, offset: 0, scale: theta, atZero: 0, atOne: theta * table.upperEnd))
        case let .beta(a, b):
            guard let table = PINVTable.beta(a, b) else { return nil }
            return (table, .polynomial(table.quantile, offset: 0, scale: 1, atZero: 0, atOne: 1))
        default:
            return nil
        }
    }

    /// Φ⁻¹(u): GSL's inverse inside (0, 1) (Wichura's AS 241, relative error ~1e−16, without
    /// `Quantile`'s check), `Quantile.standardNormal` (finite) at the ends; also the drift's z of
    /// stratified and correlated sampling.
    @inline(__always)
    package static func standardNormal(_ u: Double) -> Double {
        u > 0 && u < 1 ? gsl_cdf_ugaussian_Pinv(u) : Quantile.standardNormal(u)
    }

    /// The first value whose cumulative weight reaches u·total (binary search, ≤ 64 steps). Static,
    /// on the two arrays only: as a method it needed the whole `InverseCDF` in memory, and every
    /// inlined `value(at:)` in the hot loop copied it there first, whatever the input's law
    /// (callgrind, rinse cups under `latin_hypercube`: 4.2M `memcpy` calls per 100,000 trials, 2.2M
    /// after).
    private static func tableValue(_ u: Double, sortedValues: [Double], cumulative: [Double]) -> Double {
        let target = u * (cumulative.last ?? 0)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if cumulative[mid] >= target { hi = mid } else { lo = mid + 1 }
        }
        return sortedValues[lo]
    }
}
