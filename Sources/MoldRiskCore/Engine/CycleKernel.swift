/// One cycle's draw rules and constants for the hot loop, taken from its `CyclePlan` (pins
/// included) when a `TrialEvaluator` is made: numbers and `SamplerRule`s only, so reading it per
/// trial involves no reference counting (a `CyclePlan` holds the `Cycle`, its name and specs, and
/// copying one out of an array per trial cost more than all of a trial's GSL draws).
struct CycleKernel {
    let research: SamplerRule
    let tooling: SamplerRule
    let reworkDays: SamplerRule
    let reworkCost: SamplerRule
    /// Demand in units (distribution form) or visitors (signals form).
    let demandOrVisitors: SamplerRule
    let reworkProbability: Double
    let driftPer30Days: Double
    let commitDays: Double
    let fixedCost: Double
    let isSignals: Bool
    let posteriorAlpha: Double
    let posteriorBeta: Double
    let pins: CyclePins

    init(_ plan: CyclePlan) {
        research = plan.research.rule
        tooling = plan.tooling.rule
        reworkDays = plan.reworkDays.rule
        reworkCost = plan.reworkCost.rule
        demandOrVisitors = plan.demandOrVisitors.rule
        reworkProbability = plan.cycle.reworkProbability
        driftPer30Days = plan.cycle.demand.driftPer30Days
        commitDays = plan.cycle.commitDaysBeforeWindow
        fixedCost = plan.cycle.fixedCost
        isSignals = plan.isSignals
        posteriorAlpha = plan.posteriorAlpha
        posteriorBeta = plan.posteriorBeta
        pins = plan.pins
    }
}
