import MoldRiskCore

/// One uncertain input of a scenario that the tornado can hold at a quantile: which draw it is,
/// its key path (`RandomInput`), and how to pin it in a plan without changing any other draw.
package typealias SensitivityInput = RandomInput

extension SensitivityInput {
    /// The plan with this input held at its q-quantile in every trial; every random number is
    /// still drawn, so all other inputs keep their values trial by trial.
    func pinning(_ plan: SimulationPlan, atQuantile q: Double) -> SimulationPlan {
        let scenario = plan.scenario
        guard let k = cycle else { return plan.pinning(.moldCost(scenario.mold.cost.quantile(q))) }
        let c = scenario.cycles[k]
        switch self {
        case .moldCost: return plan
        case .research: return plan.pinning(.research(cycle: k, c.researchDays.quantile(q)))
        case .tooling: return plan.pinning(.tooling(cycle: k, c.moldDays.quantile(q)))
        case .rework: return plan.pinning(.rework(cycle: k, happens: q > 1 - c.reworkProbability))
        case .reworkDays: return plan.pinning(.reworkDays(cycle: k, c.reworkDays.quantile(q)))
        case .reworkCost: return plan.pinning(.reworkCost(cycle: k, c.reworkCost.quantile(q)))
        case .demand:
            let spec: Distribution
            switch c.demand.source {
            case let .units(units): spec = units
            case let .signals(signals): spec = signals.visitors
            }
            return plan.pinning(.demandOrVisitors(cycle: k, spec.quantile(q)))
        case .conversion:
            let cycle = plan.cycles[k]
            return plan.pinning(.conversion(cycle: k, Quantile.beta(q, cycle.posteriorAlpha, cycle.posteriorBeta)))
        case .drift: return plan.pinning(.driftZ(cycle: k, Quantile.standardNormal(q)))
        }
    }

    /// The first input whose hold at the tornado's P10 or P90 is not finite, described, or nil
    /// (`SimulationPlan.nonFinitePin`; never for a validated scenario).
    package static func nonFiniteHold(in plan: SimulationPlan) -> String? {
        for input in all(in: plan.scenario) {
            for q in [Sensitivity.levels.low, Sensitivity.levels.high] {
                if let fault = input.pinning(plan, atQuantile: q).nonFinitePin() { return fault }
            }
        }
        return nil
    }

    /// The value this input took in a trial (for rank correlation), or nil when the input was
    /// not part of that trial: rework days and rework cost exist only when rework happened
    /// (DESIGN §1), so their correlation is taken over those trials alone. Counting them as 0
    /// otherwise mixed the rework event into them (issue 19 item 6: ρ −0.26 for rework days that
    /// could not change profit, borrowed from the rework cost that comes with the event).
    func drawnValue(_ record: TrialRecord) -> Double? {
        record.draws.withUnsafeBufferPointer { drawnValue(moldCost: record.moldCost, draws: $0) }
    }

    /// The value this input took in a trial of mold cost `moldCost` and cycle draws `draws` (see
    /// `drawnValue(_:)`).
    func drawnValue(moldCost: Double, draws: UnsafeBufferPointer<CycleDraws>) -> Double? {
        guard let k = cycle else { return moldCost }
        let d = draws[k]
        switch self {
        case .moldCost: return moldCost
        case .research: return d.researchDays
        case .tooling: return d.toolingDays
        case .rework: return d.reworked ? 1 : 0
        case .reworkDays: return d.reworked ? d.reworkDays : nil
        case .reworkCost: return d.reworked ? d.reworkCost : nil
        case .demand: return d.demandInput
        case .conversion: return d.conversion
        case .drift: return d.drift
        }
    }
}
