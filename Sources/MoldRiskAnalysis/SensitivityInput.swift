import MoldRiskCore

/// One uncertain input of a scenario that the tornado can hold at a quantile: which draw it is,
/// its key path, and how to pin it in a plan without changing any other draw.
package enum SensitivityInput: Equatable {
    case moldCost
    case research(cycle: Int)
    case tooling(cycle: Int)
    case rework(cycle: Int)
    case reworkDays(cycle: Int)
    case reworkCost(cycle: Int)
    /// Season units (distribution form) or visitors (signals form).
    case demand(cycle: Int)
    /// The conversion rate learnt from impressions and orders (signals form).
    case conversion(cycle: Int)
    case drift(cycle: Int)

    /// The uncertain inputs of a scenario, mold cost first, then each cycle's in draw order.
    static func all(in scenario: Scenario) -> [SensitivityInput] {
        var inputs: [SensitivityInput] = scenario.mold.cost.isDeterministic ? [] : [.moldCost]
        for (k, cycle) in scenario.cycles.enumerated() {
            if !cycle.researchDays.isDeterministic { inputs.append(.research(cycle: k)) }
            if !cycle.moldDays.isDeterministic { inputs.append(.tooling(cycle: k)) }
            if cycle.reworkProbability > 0 && cycle.reworkProbability < 1 { inputs.append(.rework(cycle: k)) }
            if cycle.reworkProbability > 0 {
                if !cycle.reworkDays.isDeterministic { inputs.append(.reworkDays(cycle: k)) }
                if !cycle.reworkCost.isDeterministic { inputs.append(.reworkCost(cycle: k)) }
            }
            switch cycle.demand.source {
            case let .units(units):
                if !units.isDeterministic { inputs.append(.demand(cycle: k)) }
            case let .signals(signals):
                if !signals.visitors.isDeterministic { inputs.append(.demand(cycle: k)) }
                inputs.append(.conversion(cycle: k))
            }
            if cycle.demand.driftPer30Days > 0 { inputs.append(.drift(cycle: k)) }
        }
        return inputs
    }

    /// The cycle whose draw this is; nil for the shared mold cost.
    var cycle: Int? {
        switch self {
        case .moldCost: nil
        case let .research(k), let .tooling(k), let .rework(k), let .reworkDays(k), let .reworkCost(k),
             let .demand(k), let .conversion(k), let .drift(k): k
        }
    }

    /// The scenario key path reports name the input by. The conversion rate has no key of its
    /// own: it is `demand.conversion`, learnt from `impressions` and `orders`.
    func keyPath(in scenario: Scenario) -> TOMLPath {
        let moldCost = TOMLPath.root.key("mold").key("cost")
        guard let k = cycle else { return moldCost }
        let c = scenario.cycles[k]
        let base = TOMLPath.cycle(c.name)
        switch self {
        case .moldCost: return moldCost
        case .research: return base.key("research_days")
        case .tooling: return c.moldDays == scenario.mold.days ? TOMLPath.root.key("mold").key("days") : base.key("mold_days")
        case .rework: return base.key("rework_probability")
        case .reworkDays: return base.key("rework_days")
        case .reworkCost: return base.key("rework_cost")
        case .demand:
            if case .units = c.demand.source { return base.key("demand").key("units") }
            return base.key("demand").key("visitors")
        case .conversion: return base.key("demand").key("conversion")
        case .drift: return base.key("demand").key("drift_per_30_days")
        }
    }

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
