import CGSL

/// Turns a draw of Beta(α, β) into a draw of Beta(α′, β′) at the same quantile, y = Q′(F(x)):
/// if x ~ Beta(α, β) then F(x) is uniform and y ~ Beta(α′, β′). The engine uses it to re-run a
/// signals-form cycle with an updated conversion posterior on the same trials (common random
/// numbers): the prior draw still consumes its random numbers, every other draw of the trial is
/// unchanged, and each trial's rate moves with its own quantile, so runs under different
/// posteriors are paired trial by trial (preposterior analysis, DESIGN §8.2).
///
/// F and Q′ are not evaluated per trial (an incomplete-beta quantile costs up to ~60 µs at the
/// shapes of a test listing): the map is tabulated at `points` quantile levels u_i = Φ(z_i), z_i
/// evenly spaced over ±`zRange`, as x_i = Q(u_i), y_i = Q′(u_i) (`Quantile.beta`, accurate to
/// 1e−10 relative), and interpolated linearly between neighbouring x_i. Both laws are smooth in
/// normal-score coordinates, so with steps of 14/256 in z the error of a mapped rate is far below
/// its spread; a draw beyond the table's ends (probability 2.6e−12) is mapped to the end's y.
/// The lookup is a binary search of fixed length: no loop depends on the draw.
///
/// Trivially copyable (it sits in a `CycleKernel`, read per trial): the tables live in memory
/// owned by a `BetaCouplingTable`, which must outlive every plan that holds the coupling.
package struct BetaCoupling: @unchecked Sendable {
    /// Quantile levels tabulated.
    package static let points = 257
    /// The tabulated normal scores span −zRange … zRange.
    package static let zRange = 7.0

    let x: UnsafeBufferPointer<Double>
    let y: UnsafeBufferPointer<Double>
    /// The target law's shapes (α′, β′): a rate drawn by inversion (DESIGN §8.3) is moved exactly,
    /// as Q′ at its own uniform, without the table (`TrialSampler.draw(_:quantiles:row:noise:)`).
    package let targetAlpha: Double
    package let targetBeta: Double

    /// The Beta(α′, β′) rate at the quantile of `p` under Beta(α, β).
    @inline(__always)
    package func map(_ p: Double) -> Double {
        let last = x.count - 1
        guard last > 0, p > x[0] else { return y[0] }
        guard p < x[last] else { return y[last] }
        var lo = 0, hi = last  // x[lo] < p < x[hi]
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if x[mid] <= p { lo = mid } else { hi = mid }
        }
        let width = x[hi] - x[lo]
        guard width > 0 else { return y[lo] }
        return y[lo] + (y[hi] - y[lo]) * ((p - x[lo]) / width)
    }
}

/// Owns the tables of one `BetaCoupling` (see there) and frees them when released.
package final class BetaCouplingTable: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Double>
    /// The map; valid while this table is alive.
    package let coupling: BetaCoupling

    /// The map from the law whose quantiles at the table's levels are `from`
    /// (`levels(alpha:beta:)` of the prior, computed once for many targets) to Beta(`to.alpha`, `to.beta`).
    package init(from: [Double], to: (alpha: Double, beta: Double)) {
        let n = BetaCoupling.points
        precondition(from.count == n, "a coupling's source table has \(n) quantiles")
        storage = .allocate(capacity: 2 * n)
        let target = Self.levels(alpha: to.alpha, beta: to.beta)
        for i in 0..<n {
            storage[i] = from[i]
            storage[n + i] = target[i]
        }
        let base = UnsafeBufferPointer(storage)
        coupling = BetaCoupling(x: UnsafeBufferPointer(rebasing: base[0..<n]),
                                y: UnsafeBufferPointer(rebasing: base[n..<(2 * n)]),
                                targetAlpha: to.alpha, targetBeta: to.beta)
    }

    /// The map from Beta(`from.alpha`, `from.beta`) to Beta(`to.alpha`, `to.beta`); every shape > 0.
    package convenience init(from: (alpha: Double, beta: Double), to: (alpha: Double, beta: Double)) {
        self.init(from: Self.levels(alpha: from.alpha, beta: from.beta), to: to)
    }

    /// The quantiles of Beta(alpha, beta) at the table's levels u_i = Φ(z_i).
    package static func levels(alpha: Double, beta: Double) -> [Double] {
        let n = BetaCoupling.points
        return (0..<n).map { i in
            let z = BetaCoupling.zRange * (2 * Double(i) / Double(n - 1) - 1)
            // The level from the tail z lies in, so both far tails keep their precision.
            let u = z <= 0 ? gsl_cdf_ugaussian_P(z) : 1 - gsl_cdf_ugaussian_Q(z)
            return Quantile.beta(u, alpha, beta)
        }
    }

    deinit { storage.deallocate() }
}
