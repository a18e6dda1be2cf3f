/// A distribution spec compiled for drawing by inversion: `value(at: u)` is the u-quantile, the
/// way the stratified samplers and the copula draw an input from its uniform (DESIGN §8.3).
/// Exact and finite for every u in [0, 1] and every spec validation accepts: the continuous
/// families through `Distribution.quantile` (`Quantile`: GSL's inverse or a closed form checked
/// against the CDF, a bounded bracketed search where it fails); `empirical` through a table built
/// once (values sorted, cumulative weights) and a binary search, the smallest value whose
/// cumulative weight reaches u·total, as `Distribution.quantile` defines it. A degenerate spec is
/// its constant.
package struct InverseCDF: Sendable {
    private let distribution: Distribution
    /// `empirical`: the values ascending and their cumulative weights.
    private let sortedValues: [Double]
    private let cumulative: [Double]

    package init(_ distribution: Distribution) {
        self.distribution = distribution
        if case let .empirical(values, weights) = distribution {
            let w = Distribution.effectiveWeights(values: values, weights: weights)
            let order = values.indices.sorted { values[$0] < values[$1] }
            sortedValues = order.map { values[$0] }
            var running = 0.0
            cumulative = order.map { running += w[$0]; return running }
        } else {
            sortedValues = []
            cumulative = []
        }
    }

    /// The u-quantile (u clamped to [0, 1]; NaN only for a NaN u).
    @inline(__always)
    package func value(at u: Double) -> Double {
        guard !sortedValues.isEmpty else { return distribution.quantile(u) }
        if u.isNaN { return .nan }
        let target = min(1, max(0, u)) * (cumulative.last ?? 0)
        // The first index whose cumulative weight reaches the target (binary search, ≤ 64 steps).
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if cumulative[mid] >= target { hi = mid } else { lo = mid + 1 }
        }
        return sortedValues[lo]
    }
}
