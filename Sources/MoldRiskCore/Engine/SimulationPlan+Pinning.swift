/// Inputs held at a fixed value in every trial while their random numbers are still drawn, so that
/// every other draw of every trial stays the same (common random numbers for the tornado). The one
/// way code outside Engine changes a plan: `pins` and the samplers are read-only there.
extension SimulationPlan {
    /// One input held fixed, with the value it is held at (in the unit the model uses it in).
    package enum Pin: Sendable, Equatable {
        /// The mold's cost, in yuan.
        case moldCost(Double)
        /// Cycle k's research days.
        case research(cycle: Int, Double)
        /// Cycle k's mold (tooling) days.
        case tooling(cycle: Int, Double)
        /// Cycle k's rework: happens in every trial (true) or in none (false).
        case rework(cycle: Int, happens: Bool)
        /// Cycle k's rework days.
        case reworkDays(cycle: Int, Double)
        /// Cycle k's rework cost, in yuan.
        case reworkCost(cycle: Int, Double)
        /// Cycle k's demand in units (distribution form) or visitors (signals form).
        case demandOrVisitors(cycle: Int, Double)
        /// Cycle k's conversion rate (signals form).
        case conversion(cycle: Int, Double)
        /// Cycle k's drift: the standard normal z behind it.
        case driftZ(cycle: Int, Double)
    }

    /// The plan with `pin` applied on top of any pins it already holds.
    package func pinning(_ pin: Pin) -> SimulationPlan {
        var plan = self
        switch pin {
        case let .moldCost(value): plan.moldCost = moldCost.pinned(to: value)
        case let .research(k, value): plan.cycles[k].research = cycles[k].research.pinned(to: value)
        case let .tooling(k, value): plan.cycles[k].tooling = cycles[k].tooling.pinned(to: value)
        case let .rework(k, happens): plan.cycles[k].pins.rework = happens
        case let .reworkDays(k, value): plan.cycles[k].reworkDays = cycles[k].reworkDays.pinned(to: value)
        case let .reworkCost(k, value): plan.cycles[k].reworkCost = cycles[k].reworkCost.pinned(to: value)
        case let .demandOrVisitors(k, value):
            plan.cycles[k].demandOrVisitors = cycles[k].demandOrVisitors.pinned(to: value)
        case let .conversion(k, value): plan.cycles[k].pins.conversion = value
        case let .driftZ(k, value): plan.cycles[k].pins.driftZ = value
        }
        return plan
    }
}
