/// The closed range every draw of a distribution falls in (±∞ on the side of an unbounded
/// family), before and after the engine's clamping of negative draws at 0.
package struct DistributionSupport: Sendable, Equatable {
    /// The smallest possible draw (−∞ for `normal`).
    package var lower: Double
    /// The largest possible draw (+∞ for `normal`, `lognormal`, `gamma`).
    package var upper: Double

    package init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The support after `max(0, draw)`, as the engine uses days, costs and demand.
    package var clampedAtZero: DistributionSupport {
        DistributionSupport(lower: max(0, lower), upper: max(0, upper))
    }
}

extension Distribution {
    /// The support of the family with these parameters: a degenerate spec (`isDeterministic`)
    /// is its one value; an empirical spec spans the values that have a positive weight.
    package var support: DistributionSupport {
        switch self {
        case let .fixed(v):
            return DistributionSupport(lower: v, upper: v)
        case let .uniform(lo, hi), let .triangular(lo, _, hi), let .pert(lo, _, hi, _):
            return DistributionSupport(lower: lo, upper: hi)
        case let .normal(mean, sd):
            return sd == 0 ? DistributionSupport(lower: mean, upper: mean)
                : DistributionSupport(lower: -.infinity, upper: .infinity)
        case let .lognormal(median, sigma):
            return sigma == 0 ? DistributionSupport(lower: median, upper: median)
                : DistributionSupport(lower: 0, upper: .infinity)
        case .gamma:
            return DistributionSupport(lower: 0, upper: .infinity)
        case .beta:
            return DistributionSupport(lower: 0, upper: 1)
        case let .empirical(values, weights):
            let w = Self.effectiveWeights(values: values, weights: weights)
            let drawn = zip(values, w).filter { $0.1 > 0 }.map(\.0)
            return DistributionSupport(lower: drawn.min() ?? -.infinity, upper: drawn.max() ?? .infinity)
        }
    }
}
