import MoldRiskCore

extension ShardMerge {
    /// Why a chunk's life totals do not fit `plan` (present exactly when the scenario has `[life]`,
    /// with its cycles, stocks and seasons) or its `trials`, or nil.
    static func lifeProblem(_ life: LifeTotals?, plan: SimulationPlan, trials: Int) -> String? {
        switch (life, plan.life) {
        case (nil, nil): return nil
        case (nil, .some): return "it has no life totals, but the scenario has [life]"
        case (.some, nil): return "it has life totals, but the scenario has no [life]"
        case let (.some(totals), .some(lifePlan)):
            guard totals.cycleCount == plan.cycles.count, totals.stockCount == plan.stocks.count,
                  totals.seasons == lifePlan.seasons else {
                return "its life totals have \(totals.cycleCount) cycles × \(totals.stockCount) stocks × "
                    + "\(totals.seasons) seasons, the scenario \(plan.cycles.count) × \(plan.stocks.count) × \(lifePlan.seasons)"
            }
            return totals.problem(trials: trials)
        }
    }
}
