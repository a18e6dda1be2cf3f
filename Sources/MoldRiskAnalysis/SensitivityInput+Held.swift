import MoldRiskCore

/// What a tornado input is held at: the value a pinned plan gives it (as the model uses it, in
/// its unit), and for the one yes/no event, rework, "never" and "always" instead of quantiles.
extension SensitivityInput {
    /// True for a yes/no event: held at never and always, not at its P10 and P90 (rework at
    /// p = 0.10 would otherwise be "never" at P10 while p = 0.11 is "always" at P90).
    var isEvent: Bool {
        if case .rework = self { return true }
        return false
    }

    /// The plan with this event forced to happen (`happens`) or not in every trial; every random
    /// number is still drawn, so all other inputs keep their values trial by trial. Only for an
    /// event (`isEvent`); any other input is returned unpinned.
    func pinningEvent(_ plan: SimulationPlan, happens: Bool) -> SimulationPlan {
        guard case let .rework(k) = self else { return plan }
        return plan.pinning(.rework(cycle: k, happens: happens))
    }

    /// The unit of `heldValue` in a scenario (`visitors` for the signals form's demand input).
    func unit(in scenario: Scenario) -> SensitivityUnit {
        switch self {
        case .moldCost, .reworkCost: return .yuan
        case .research, .tooling, .reworkDays: return .days
        case .rework, .conversion: return .probability
        case let .demand(k):
            if case .signals = scenario.cycles[k].demand.source { return .visitors }
            return .units
        case .drift: return .factor
        }
    }

    /// The value `pinned` (this input pinned by `pinning`) holds the input at, exactly as a trial
    /// uses it: durations, costs, demand and visitors after the model's `max(0, ·)`, the
    /// conversion rate as pinned, drift as its demand factor; rework 1 when forced, 0 when barred.
    /// NaN when the plan does not pin this input.
    func heldValue(in pinned: SimulationPlan) -> Double {
        func used(_ value: Double?) -> Double { value.map { max(0, $0) } ?? .nan }
        guard let k = cycle else { return used(pinned.moldCost.pinnedValue) }
        let c = pinned.cycles[k]
        switch self {
        case .moldCost: return used(pinned.moldCost.pinnedValue)
        case .research: return used(c.research.pinnedValue)
        case .tooling: return used(c.tooling.pinnedValue)
        case .rework: return c.pins.rework.map { $0 ? 1 : 0 } ?? .nan
        case .reworkDays: return used(c.reworkDays.pinnedValue)
        case .reworkCost: return used(c.reworkCost.pinnedValue)
        case .demand: return used(c.demandOrVisitors.pinnedValue)
        case .conversion: return c.pins.conversion ?? .nan
        case .drift:
            guard let z = c.pins.driftZ else { return .nan }
            return TrialModel.drift(perThirtyDays: c.cycle.demand.driftPer30Days, ageDays: c.cycle.commitDaysBeforeWindow, z: z)
        }
    }
}
