import Foundation

/// What one draw of an input costs, in nanoseconds of one core of the release build: the per-law
/// table the work limit counts with (`RunCost`), by GSL's sampler (`Sampler`: random sampling
/// without correlations) or by the inverse CDF (`InverseCDF`: Latin hypercube, Sobol and
/// correlated inputs, DESIGN §8.3), whichever `SamplingLayout` says the run uses.
///
/// The figures are CPU time measured by `moldrisk-genlimit --draw-cost` (bench/README.md), which
/// prints them beside the table on a sweep of every law's shapes, times a margin of 1.5. Whoever
/// changes how a law is drawn (as UNU.RAN's PINV did for PERT, gamma and beta) re-runs it and updates this table
/// in the same change, so the limit stays right for the code it limits: a limit that accepts a run
/// of days is a fault (issue 25 item 10: 1e9 draws of a gamma of shape 1e7 by its inverse were
/// accepted), one that refuses a run that would have fitted a nuisance.
package enum DrawCost {
    /// The measured figures' margin.
    static let margin = 1.5

    /// Nanoseconds for one draw of `distribution`, by its inverse CDF when `byInverse`.
    package static func nanoseconds(_ distribution: Distribution, byInverse: Bool) -> Double {
        if distribution.isDeterministic { return 0 }
        return margin * (byInverse ? inverse(distribution) : sampler(distribution))
    }

    /// GSL's sampler (`Sampler`), measured: closed forms and the alias table 8–27 ns, GSL's gamma,
    /// beta and PERT 21–137 ns.
    static func sampler(_ distribution: Distribution) -> Double {
        switch distribution {
        case .fixed: 0
        case .uniform, .triangular, .normal, .lognormal, .empirical: 30
        case .gamma, .beta, .pert: 140
        }
    }

    /// The inverse CDF (`InverseCDF`): the closed forms and the empirical table's binary search
    /// are cheap; PERT, gamma and beta are UNU.RAN's PINV (`polynomialInverse`, whatever the
    /// shapes) where its set-up succeeds (asked here: `InverseCDF`'s table is cached, so the run
    /// reuses it), else `Quantile` (GSL's inverse checked by one tail evaluation, a bracketed search
    /// when it fails), whose cost depends on the shapes (`gammaInverse`, `betaInverse`).
    static func inverse(_ distribution: Distribution) -> Double {
        switch distribution {
        case .gamma, .beta, .pert: if InverseCDF(distribution).isPolynomial { return polynomialInverse }
        default: break
        }
        switch distribution {
        case .fixed: return 0
        case .uniform, .triangular: return 15
        case .normal, .lognormal: return 55
        case let .empirical(values, _): return 20 + 6 * log2(Double(max(2, values.count)))
        case let .gamma(shape, _): return gammaInverse(shape: shape)
        case let .beta(a, b): return betaInverse(a, b)
        case let .pert(lo, mode, hi, lambda):
            let (a, b) = Distribution.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
            return betaInverse(a, b)
        }
    }

    /// PERT, gamma and beta by PINV (`PINVQuantile`: a guide-table look-up and a polynomial of
    /// degree 5), whatever the shapes: measured 27–48 ns (`moldrisk-genlimit --draw-cost`,
    /// 2026-12-07: PERT 40–41, gamma 0.1 … 1e7 40–44, beta 27–48), so 60 keeps the margin above the
    /// largest.
    static let polynomialInverse = 60.0

    /// Gamma(shape) by `Quantile` (where PINV's set-up fails), measured at decades of the shape (log10 shape → ns; not
    /// monotone: GSL's inverse is accepted at some shapes and searched after at others);
    /// linear in log10 shape between them.
    static let gammaTable: [(logShape: Double, ns: Double)] = [
        (-3, 8_521), (-2, 6_676), (-1, 3_547), (0, 717), (1, 1_585), (2, 3_356), (3, 5_898), (4, 11_951),
        (5, 55_194), (5.48, 144_924), (6, 241_739), (6.48, 61_803), (7, 116_763),
    ]

    /// Beta(a, b) by `Quantile` (also PERT and the conversion posterior): a shape below 1 makes the
    /// search run (measured 13.9 µs for (0.1, 5), 31.7 µs for (0.001, 0.001)); otherwise it grows
    /// with the larger shape (log10 → ns, the upper envelope of the measured pairs: (2, 5) 2.9 µs,
    /// (50, 50) 5.4, (1e3, 1e4) 12.3, (1101, 18901) 11.9, (1e4, 1e4) 16.4, (5e4, 5e4) 25.4,
    /// (1e3, 1e5) 18.8, (1e5, 1e5) 26.8).
    static func betaInverse(_ a: Double, _ b: Double) -> Double {
        if min(a, b) < 1 { return 31_664 }
        return interpolate(betaTable, at: log10(max(a, b)))
    }

    static let betaTable: [(logShape: Double, ns: Double)] = [
        (0, 2_911), (0.7, 2_911), (1.7, 5_412), (4, 16_422), (4.7, 25_434), (5, 26_750),
    ]

    static func gammaInverse(shape: Double) -> Double { interpolate(gammaTable, at: log10(shape)) }

    /// Linear interpolation in `table` (ascending in x), held at its ends.
    static func interpolate(_ table: [(logShape: Double, ns: Double)], at x: Double) -> Double {
        guard let first = table.first, let last = table.last else { return 0 }
        if !(x > first.logShape) { return first.ns }
        if x >= last.logShape { return last.ns }
        let i = table.firstIndex { $0.logShape >= x }!
        let (a, b) = (table[i - 1], table[i])
        return a.ns + (b.ns - a.ns) * (x - a.logShape) / (b.logShape - a.logShape)
    }
}
