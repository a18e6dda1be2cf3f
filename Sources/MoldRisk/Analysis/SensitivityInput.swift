/// One uncertain input of a scenario that the tornado can hold at a quantile: which draw it is,
/// its key path (`RandomInput`), and how to pin it in a plan without changing any other draw.
typealias SensitivityInput = RandomInput

extension SensitivityInput {
    /// The plan with this input held at its q-quantile in every trial; every random number is
    /// still drawn, so all other inputs keep their values trial by trial.
    func pinning(_ plan: SimulationPlan, atQuantile q: Double) -> SimulationPlan {
        var pinned = plan
        let scenario = plan.scenario
        guard let k = cycle else {
            pinned.moldCost = plan.moldCost.pinned(to: scenario.mold.cost.quantile(q))
            return pinned
        }
        let c = scenario.cycles[k]
        switch self {
        case .moldCost: break
        case .research: pinned.cycles[k].research = plan.cycles[k].research.pinned(to: c.researchDays.quantile(q))
        case .tooling: pinned.cycles[k].tooling = plan.cycles[k].tooling.pinned(to: c.moldDays.quantile(q))
        case .rework: pinned.cycles[k].pins.rework = q > 1 - c.reworkProbability
        case .reworkDays: pinned.cycles[k].reworkDays = plan.cycles[k].reworkDays.pinned(to: c.reworkDays.quantile(q))
        case .reworkCost: pinned.cycles[k].reworkCost = plan.cycles[k].reworkCost.pinned(to: c.reworkCost.quantile(q))
        case .demand:
            let spec: Distribution
            switch c.demand.source {
            case let .units(units): spec = units
            case let .signals(signals): spec = signals.visitors
            }
            pinned.cycles[k].demandOrVisitors = plan.cycles[k].demandOrVisitors.pinned(to: spec.quantile(q))
        case .conversion:
            pinned.cycles[k].pins.conversion = Quantile.beta(q, plan.cycles[k].posteriorAlpha, plan.cycles[k].posteriorBeta)
        case .drift: pinned.cycles[k].pins.driftZ = Quantile.standardNormal(q)
        }
        return pinned
    }

    /// The first input whose hold at the tornado's P10 or P90 is not finite, described, or nil
    /// (`SimulationPlan.nonFinitePin`; never for a validated scenario).
    static func nonFiniteHold(in plan: SimulationPlan) -> String? {
        for input in all(in: plan.scenario) {
            for q in [Sensitivity.levels.low, Sensitivity.levels.high] {
                if let fault = input.pinning(plan, atQuantile: q).nonFinitePin() { return fault }
            }
        }
        return nil
    }

    /// The value this input took in a trial (for rank correlation).
    func drawnValue(_ record: TrialRecord) -> Double {
        guard let k = cycle else { return record.moldCost }
        let d = record.draws[k]
        switch self {
        case .moldCost: return record.moldCost
        case .research: return d.researchDays
        case .tooling: return d.toolingDays
        case .rework: return d.reworked ? 1 : 0
        case .reworkDays: return d.reworked ? d.reworkDays : 0
        case .reworkCost: return d.reworked ? d.reworkCost : 0
        case .demand: return d.demandInput
        case .conversion: return d.conversion
        case .drift: return d.drift
        }
    }
}
