import MoldRiskCore

/// The lead needed (`verdict.to_go`): the smallest whole-day `commit_days_before_window` of the
/// verdict's cycle that makes it pass the rule at the planned stock, other inputs unchanged.
///
/// Each lead is evaluated by re-running the engine on the plan with that commitment, that cycle
/// alone (`SimulationPlan.restricted(toCycle:)`) and only the planned stock, on the first `min(trials, maxTrials)` trials of the run's own streams (common
/// random numbers: every input draw is the same at every lead; only lateness and the signal's age
/// change). P(loss) need not fall as the lead grows (an older signal drifts more), so no
/// monotonicity is assumed: every lead of a coarse grid of at most `gridLeads + 1` whole days over
/// `0…to` is evaluated (`to`: a year, or the latest ready day at the planned stock or the current
/// commitment if later, so the search reaches leads that are never late and sees how far the
/// signal's drift alone goes); then the first passing grid lead and, after it, the first failing
/// one are refined to the day by sub-grids of at most `refineLeads` leads between neighbours.
package enum LeadSearch {
    /// Trials each lead is evaluated on at most.
    package static let maxTrials = RunCost.Extent.leadTrials
    /// Intervals of the coarse grid.
    package static let gridLeads = RunCost.Extent.leadGridIntervals
    /// Intervals of a refining sub-grid.
    static let refineLeads = RunCost.Extent.leadRefineIntervals
    /// Leads are searched up to at least this many days.
    static let minDays = RunCost.Extent.leadMinDays
    /// The latest lead searched: 100 years (a guard against heavy-tailed durations).
    static let maxDays = 36_500

    /// The lead search for the verdict's cycle `name` (a verdict that is not GO); nil when the
    /// plan has no cycle of that name.
    package static func lead(forCycle name: String, plan: SimulationPlan, output: SimulationOutput,
                     threads: Int) -> LeadNeeded? {
        guard let k = plan.cycles.firstIndex(where: { $0.cycle.name == name }) else { return nil }
        let latestReady = output.sketches.ready[k].maximum
        let commit = plan.cycles[k].cycle.commitDaysBeforeWindow
        let to = Int(min(Double(maxDays), max(Double(minDays), latestReady.isFinite ? latestReady.rounded(.up) : 0,
                                              commit.isFinite ? commit.rounded(.up) : 0)))
        return search(plan, cycle: k, trials: min(output.totals.trials, maxTrials), upTo: to, threads: threads)
    }

    /// Searches leads 0…to for cycle k (see the type's description).
    static func search(_ plan: SimulationPlan, cycle k: Int, trials: Int, upTo to: Int, threads: Int) -> LeadNeeded {
        let scenario = plan.scenario.atPlannedStockOnly
        let tolerance = scenario.maxLossProbability
        var known: [Int: Bool] = [:]
        func passes(_ lead: Int) -> Bool {
            if let p = known[lead] { return p }
            let leadPlan = SimulationPlan(scenario: scenario.committing(cycle: k, daysBeforeWindow: lead), trials: trials, seed: plan.seed).restricted(toCycle: k)
            let totals = Simulation.run(leadPlan, threads: threads).totals
            let cell = totals.cell(0, 0)
            // With [life] the verdict judges the NPV (`LifeAnalysis`), so the lead does too.
            let losses = totals.life.map { $0.losses[cell] } ?? totals.losses[cell]
            let mean = totals.life.map { $0.npv[cell].mean } ?? totals.profit[cell].mean
            let p = totals.trials > 0 && VerdictRule.passes(
                probabilityOfLoss: Double(losses) / Double(totals.trials), expectedValue: mean, tolerance: tolerance)
            known[lead] = p
            return p
        }
        /// The leads of a grid of at most `intervals` steps from a to b, both included, ascending.
        func grid(_ a: Int, _ b: Int, _ intervals: Int) -> [Int] {
            let steps = min(intervals, b - a)
            guard steps > 0 else { return [a] }
            return (0...steps).map { a + Int((Double($0) * Double(b - a) / Double(steps)).rounded()) }
        }
        /// The first lead after `a` where `passes` equals `want`, given that it does at `b` and not at `a`.
        func refine(_ a: Int, _ b: Int, want: Bool) -> Int {
            var (a, b) = (a, b)
            while b - a > 1 {
                let inner = grid(a, b, refineLeads).dropFirst().dropLast()
                if let hit = inner.first(where: { passes($0) == want }) {
                    b = hit
                    a = inner.last { $0 < hit } ?? a
                } else {
                    a = inner.last ?? a
                }
            }
            return b
        }

        let coarse = grid(0, to, gridLeads)
        let results = coarse.map(passes)
        var atLeast: Int?
        var failsAgain: Int?
        if let i = results.firstIndex(of: true) {
            let first = i == 0 ? coarse[0] : refine(coarse[i - 1], coarse[i], want: true)
            atLeast = first
            if let j = results[(i + 1)...].firstIndex(of: false) {
                failsAgain = refine(coarse[j - 1], coarse[j], want: false)
            }
        }
        return LeadNeeded(searchedFrom: 0, searchedTo: to, trials: trials, evaluations: known.count,
                          atLeast: atLeast, failsAgainFrom: failsAgain)
    }
}
