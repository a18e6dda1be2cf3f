/// One uncertain input of a scenario, one draw per trial: the mold cost shared by every cycle, or
/// one of a cycle's draws. The tornado holds these (`SensitivityInput`), `[[correlation]]` ties
/// them (`CorrelationSpec`) and the stratified samplers give each its own column of uniforms.
package enum RandomInput: Hashable, Sendable {
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

    /// The uncertain inputs of a scenario, mold cost first, then each cycle's in draw order. A
    /// fixed number is not among them; rework is, when its probability is strictly between 0 and 1.
    package static func all(in scenario: Scenario) -> [RandomInput] {
        var inputs: [RandomInput] = scenario.mold.cost.isDeterministic ? [] : [.moldCost]
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

    /// Every slot a scenario has for an input, random or fixed, with the key path that names it in
    /// a `[[correlation]]` entry: what a `between` path is looked up in. A cycle's tooling is
    /// `cycles.<c>.mold_days` (also when it defaults to `mold.days`, which then names it too, when
    /// one cycle alone uses it).
    package static func slots(in scenario: Scenario) -> [(path: TOMLPath, input: RandomInput)] {
        var slots: [(TOMLPath, RandomInput)] = [(TOMLPath.root.key("mold").key("cost"), .moldCost)]
        for k in scenario.cycles.indices {
            let base = TOMLPath.cycle(scenario.cycles[k].name)
            slots.append((base.key("research_days"), .research(cycle: k)))
            slots.append((base.key("mold_days"), .tooling(cycle: k)))
            slots.append((base.key("rework_probability"), .rework(cycle: k)))
            slots.append((base.key("rework_days"), .reworkDays(cycle: k)))
            slots.append((base.key("rework_cost"), .reworkCost(cycle: k)))
            let demand = base.key("demand")
            if case .units = scenario.cycles[k].demand.source {
                slots.append((demand.key("units"), .demand(cycle: k)))
            } else {
                slots.append((demand.key(ScenarioSchema.eventImpressions), .demand(cycle: k)))
                slots.append((demand.key(ScenarioSchema.visitors), .demand(cycle: k)))
                slots.append((demand.key("conversion"), .conversion(cycle: k)))
            }
            slots.append((demand.key("drift_per_30_days"), .drift(cycle: k)))
        }
        let sharingMoldDays = scenario.cycles.indices.filter { scenario.cycles[$0].moldDays == scenario.mold.days }
        if sharingMoldDays.count == 1 {
            slots.append((TOMLPath.root.key("mold").key("days"), .tooling(cycle: sharingMoldDays[0])))
        }
        return slots
    }

    /// The cycle whose draw this is; nil for the shared mold cost.
    package var cycle: Int? {
        switch self {
        case .moldCost: nil
        case let .research(k), let .tooling(k), let .rework(k), let .reworkDays(k), let .reworkCost(k),
             let .demand(k), let .conversion(k), let .drift(k): k
        }
    }

    /// The scenario key path reports name the input by. The conversion rate has no key of its
    /// own: it is `demand.conversion`, learnt from `impressions` and `orders`. The signals form's
    /// traffic is `demand.event_impressions` whichever of its two names the file used (so the
    /// report is the same for both).
    package func keyPath(in scenario: Scenario) -> TOMLPath {
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
            return base.key("demand").key(ScenarioSchema.eventImpressions)
        case .conversion: return base.key("demand").key("conversion")
        case .drift: return base.key("demand").key("drift_per_30_days")
        }
    }

    /// The distribution spec this input is drawn from; nil for rework (an event), the conversion
    /// rate (the Beta posterior) and the drift (a standard normal z).
    package func distribution(in scenario: Scenario) -> Distribution? {
        guard let k = cycle else { return scenario.mold.cost }
        let c = scenario.cycles[k]
        switch self {
        case .moldCost: return scenario.mold.cost
        case .research: return c.researchDays
        case .tooling: return c.moldDays
        case .reworkDays: return c.reworkDays
        case .reworkCost: return c.reworkCost
        case .demand:
            switch c.demand.source {
            case let .units(units): return units
            case let .signals(signals): return signals.visitors
            }
        case .rework, .conversion, .drift: return nil
        }
    }
}
