extension ValueOfInformation {
    /// Trials each preposterior re-run uses at most (the run's first; see `Preposterior`).
    package static let maxTrials = 20_000
    /// Outcome points per listing at most (`BetaBinomialPredictive.points`).
    package static let maxPoints = 32

    /// Prices every listing of `[value_of_information]` for every signals-form cycle of the plan
    /// on the first `min(trials, maxTrials)` trials of the run's own streams, and stores them in
    /// `result.valueOfInformation` (unchanged without the section). An impossible sampler input
    /// met in a re-run fails the run instead (`RunResult.simulationFault`).
    package static func addListings(to result: inout RunResult, plan: SimulationPlan, threads: Int) {
        guard let spec = plan.scenario.valueOfInformation else { return }
        let trials = max(1, min(result.trials, plan.trials, maxTrials))
        let base = SimulationPlan(scenario: plan.scenario, trials: trials, seed: plan.seed)
        var value = result.valueOfInformation
        value.spec = spec
        value.listingTrials = trials
        value.maxOutcomePoints = maxPoints
        let signals = base.cycles.indices.filter { base.conversionPosterior(ofCycle: $0) != nil }
        value.cyclesWithoutSignals = base.cycles.indices.filter { !signals.contains($0) }.map { base.cycles[$0].cycle.name }
        guard !signals.isEmpty else {
            result.valueOfInformation = value
            return
        }
        let baseValues = TrialValues(base, threads: threads)
        if let fault = baseValues.fault {
            result.simulationFault = fault.message(in: plan.scenario)
            return
        }
        for k in signals {
            for n in spec.listingSizes {
                let analysis = Preposterior.run(base: base, baseValues: baseValues, cycle: k, impressions: n,
                                                maxPoints: maxPoints, threads: threads)
                if let fault = analysis.fault {
                    result.simulationFault = fault.message(in: plan.scenario)
                    return
                }
                value.listings.append(ListingValue(
                    cycle: base.cycles[k].cycle.name, impressions: n, evsi: analysis.evsi, evsiSE: analysis.evsiSE,
                    cost: Double(n) * spec.costPerImpression, outcomePoints: analysis.points.count))
            }
        }
        result.valueOfInformation = value
    }
}
