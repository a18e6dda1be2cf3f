import MoldRiskCore

extension ValueOfInformation {
    /// Trials each preposterior re-run uses at most (the run's first; see `Preposterior`).
    package static let maxTrials = 20_000
    /// Outcome points per listing at most (`BetaBinomialPredictive.points`).
    package static let maxPoints = 32

    /// Prices every listing of `[value_of_information]` for every signals-form cycle of the plan
    /// on the first `min(trials, maxTrials)` trials of the run's own streams (`trials`: those the
    /// run made). `listings` is nil without the section; `fault` names an impossible sampler
    /// input met in a re-run (the run then fails, `RunResult.simulationFault`), nil normally.
    package static func priceListings(_ plan: SimulationPlan, trials ran: Int, threads: Int)
        -> (listings: PricedListings?, fault: String?) {
        guard let spec = plan.scenario.valueOfInformation else { return (nil, nil) }
        let trials = max(1, min(ran, plan.trials, maxTrials))
        let base = SimulationPlan(scenario: plan.scenario, trials: trials, seed: plan.seed)
        let signals = base.cycles.indices.filter { base.conversionPosterior(ofCycle: $0) != nil }
        var priced = PricedListings(
            spec: spec, trials: trials, maxOutcomePoints: maxPoints,
            cyclesWithoutSignals: base.cycles.indices.filter { !signals.contains($0) }.map { base.cycles[$0].cycle.name })
        guard !signals.isEmpty else { return (priced, nil) }
        let baseValues = TrialValues(base, threads: threads)
        if let fault = baseValues.fault { return (nil, fault.message(in: plan.scenario)) }
        for k in signals {
            for n in spec.listingSizes {
                let analysis = Preposterior.run(base: base, baseValues: baseValues, cycle: k, impressions: n,
                                                maxPoints: maxPoints, threads: threads)
                if let fault = analysis.fault { return (nil, fault.message(in: plan.scenario)) }
                priced.listings.append(ListingValue(
                    cycle: base.cycles[k].cycle.name, impressions: n, evsi: analysis.evsi, evsiSE: analysis.evsiSE,
                    cost: Double(n) * spec.costPerImpression, outcomePoints: analysis.points.count))
            }
        }
        return (priced, nil)
    }
}
