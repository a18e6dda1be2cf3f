import MoldRiskCore
import Synchronization

extension ValueOfInformation {
    /// Trials each preposterior re-run uses at most (the run's first; see `Preposterior`).
    package static let maxTrials = RunCost.Extent.listingTrials
    /// Outcome points per listing at most (`BetaBinomialPredictive.points`).
    package static let maxPoints = RunCost.Extent.listingPoints

    /// Prices every listing of `[value_of_information]` for every signals-form cycle of the plan
    /// on the first `min(trials, maxTrials)` trials of the run's own streams (`trials`: those the
    /// run made); nil without the section. An impossible sampler input met in a re-run is thrown
    /// (`SimulationFault`: the run fails).
    /// The re-runs use every thread (`Preposterior`); `progress` is called with (re-runs done,
    /// re-runs in all) as each finishes.
    package static func priceListings(_ plan: SimulationPlan, trials ran: Int, threads: Int,
                                      progress: (@Sendable (Int, Int) -> Void)? = nil)
        throws(SimulationFault) -> PricedListings? {
        guard let spec = plan.scenario.valueOfInformation else { return nil }
        let trials = max(1, min(ran, plan.trials, maxTrials))
        let base = SimulationPlan(scenario: plan.scenario, trials: trials, seed: plan.seed)
        let signals = base.cycles.indices.filter { base.conversionPosterior(ofCycle: $0) != nil }
        var priced = PricedListings(
            spec: spec, trials: trials, maxOutcomePoints: maxPoints,
            cyclesWithoutSignals: base.cycles.indices.filter { !signals.contains($0) }.map { base.cycles[$0].cycle.name })
        guard !signals.isEmpty else { return priced }
        let baseValues = TrialValues(base, threads: threads)
        if let fault = baseValues.fault { throw SimulationFault(fault.message(in: plan.scenario)) }
        let total = signals.reduce(0) { sum, k in
            let prior = base.conversionPosterior(ofCycle: k) ?? (alpha: 1, beta: 1)
            return sum + spec.listingSizes.reduce(0) {
                $0 + BetaBinomialPredictive(impressions: $1, alpha: prior.alpha, beta: prior.beta).points(maxPoints: maxPoints).count
            }
        }
        let done = RerunCount()
        var step: (@Sendable () -> Void)?
        if let progress {
            step = { @Sendable in progress(min(total, done.next()), total) }
        }
        for k in signals {
            for n in spec.listingSizes {
                let analysis = Preposterior.run(base: base, baseValues: baseValues, cycle: k, impressions: n,
                                                maxPoints: maxPoints, threads: threads, progress: step)
                if let fault = analysis.fault { throw SimulationFault(fault.message(in: plan.scenario)) }
                priced.listings.append(ListingValue(
                    cycle: base.cycles[k].cycle.name, impressions: n, evsi: analysis.evsi, evsiSE: analysis.evsiSE,
                    cost: Double(n) * spec.costPerImpression, outcomePoints: analysis.points.count))
            }
        }
        return priced
    }
}

/// The preposterior re-runs finished so far, counted from the threads that run them (for progress).
final class RerunCount: Sendable {
    private let count = Atomic<Int>(0)

    /// Counts one more and returns the new count.
    func next() -> Int { count.add(1, ordering: .relaxed).newValue }
}
