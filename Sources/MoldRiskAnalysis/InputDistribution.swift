import MoldRiskCore

/// One uncertain input as the engine drew it on the tornado's trials, beside the law it was
/// drawn from (DESIGN §2): the small multiples of the input-distribution chart. A continuous law
/// is a histogram of the draws with the law's density over it; an `empirical` input and the
/// rework event are point masses, the share drawn beside the law's probability.
package struct InputDistribution: Sendable, Equatable {
    /// Bins of a continuous input's histogram.
    static let binCount = 30
    /// Points at which the density is evaluated across the histogram's range.
    static let densityPoints = 121
    /// The histogram spans the draws' order statistics at these levels, so one far draw of a
    /// long tail does not squeeze the body into a few bins.
    static let range = (low: 0.001, high: 0.999)

    package enum Law: Sendable, Equatable {
        /// The share of all draws per bin (the bins' range holds about 99.8 % of them), and the
        /// law's density (per unit of the input) across that range.
        case continuous(bins: [HistogramBin], density: [DensityPoint])
        /// Each value drawn or possible, in increasing order.
        case discrete([PointMass])
    }

    /// The input's key path (`mold.cost`, `cycles.traditional.research_days`, `demand.conversion`).
    package var input: TOMLPath
    /// The cycle whose draw it is; nil for the mold cost, shared by every cycle.
    package var cycle: String?
    package var unit: SensitivityUnit
    /// Draws counted: the tornado's trials, or for rework days and cost the trials with rework.
    package var draws: Int
    package var law: Law

    /// `input` as drawn (`lawValues`: one per trial, NaN where unused); nil when no trial drew it.
    static func of(_ input: SensitivityInput, draws lawValues: [Double], plan: SimulationPlan) -> InputDistribution? {
        let scenario = plan.scenario
        let drawn = lawValues.filter { !$0.isNaN }.sorted()
        guard !drawn.isEmpty else { return nil }
        let unit = input.unit(in: scenario)
        let name = input.cycle.map { scenario.cycles[$0].name }
        let key = input.keyPath(in: scenario)
        let n = Double(drawn.count)
        if let masses = input.pointMasses(in: scenario) {
            var values = Set(masses.map(\.value))
            values.formUnion(drawn)
            let points = values.sorted().map { v in
                PointMass(value: v, drawnShare: Double(drawn.count { $0 == v }) / n,
                          probability: masses.first { $0.value == v }?.probability ?? 0)
            }
            return InputDistribution(input: key, cycle: name, unit: unit, draws: drawn.count, law: .discrete(points))
        }
        let lo = drawn[Int((range.low * (n - 1)).rounded(.down))]
        let hi = drawn[Int((range.high * (n - 1)).rounded(.up))]
        // Draws so close together (subnormal demand, say) that a band's width underflows to 0 have
        // no histogram: the band index would divide by zero.
        let width = (hi - lo) / Double(binCount)
        guard hi > lo, width > 0, width.isFinite, let density = input.density(plan: plan) else { return nil }
        var counts = [Int](repeating: 0, count: binCount)
        for v in drawn where v >= lo && v <= hi {
            counts[min(binCount - 1, Int((v - lo) / width))] += 1
        }
        let bins = counts.indices.map { b in
            HistogramBin(lower: lo + Double(b) * width, upper: b == binCount - 1 ? hi : lo + Double(b + 1) * width,
                         share: Double(counts[b]) / n)
        }
        let curve = (0..<densityPoints).compactMap { i -> DensityPoint? in
            let x = lo + (hi - lo) * Double(i) / Double(densityPoints - 1)
            let d = density(x)
            return d.isFinite ? DensityPoint(x: x, density: d) : nil
        }
        return InputDistribution(input: key, cycle: name, unit: unit, draws: drawn.count,
                                 law: .continuous(bins: bins, density: curve))
    }
}

/// One value of a discrete input: the share of draws that took it and the law's probability.
package struct PointMass: Sendable, Equatable {
    package var value: Double
    package var drawnShare: Double
    package var probability: Double
}

/// The density of an input's law at `x` (per unit of the input).
package struct DensityPoint: Sendable, Equatable {
    package var x: Double
    package var density: Double
}

extension SensitivityInput {
    /// The law's point masses for a discrete input (rework: never / happens; an `empirical`
    /// spec: its values), nil for a continuous one.
    func pointMasses(in scenario: Scenario) -> [(value: Double, probability: Double)]? {
        if case let .rework(k) = self {
            let p = scenario.cycles[k].reworkProbability
            return [(0, 1 - p), (1, p)]
        }
        return distribution(in: scenario)?.pointMasses
    }

    /// The density of a continuous input's law, as the engine draws it: the spec's own law, the
    /// conversion rate's Beta posterior, the drift factor's lognormal law
    /// (exp(s·√t·Z − s²t/2), t = the commitment's age in 30-day units).
    func density(plan: SimulationPlan) -> ((Double) -> Double)? {
        switch self {
        case let .conversion(k):
            let (a, b) = (plan.cycles[k].posteriorAlpha, plan.cycles[k].posteriorBeta)
            return { DensityLaws.beta($0, a, b) }
        case let .drift(k):
            let cycle = plan.scenario.cycles[k]
            let s = cycle.demand.driftPer30Days
            let t = cycle.commitDaysBeforeWindow / 30
            guard s > 0, t > 0 else { return nil }
            return { DensityLaws.lognormal($0, logMedian: -s * s * t / 2, sigma: s * t.squareRoot()) }
        default:
            guard let spec = distribution(in: plan.scenario), spec.density(spec.mean) != nil else { return nil }
            return { spec.density($0) ?? 0 }
        }
    }
}
