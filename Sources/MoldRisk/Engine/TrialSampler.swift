/// Draws one cycle's inputs for one trial from that cycle's stream, in a fixed order:
/// research, tooling, [rework: the Bernoulli uniform, days, cost — only when its probability
/// is above 0, and all three every trial so one rework does not shift later draws], [drift's z —
/// only when drift is above 0], then demand (units; or visitors, conversion, Poisson count).
/// Negative draws of durations, costs, demand and visitors count as 0.
enum TrialSampler {
    /// Draws cycle inputs from `stream` and the demand count (signals form) from `noise`, the
    /// cycle's noise stream: how many uniforms a Poisson draw takes depends on its mean, and on
    /// the input stream it would shift every later trial's inputs.
    @inline(__always)
    static func draw(_ plan: CycleKernel, from stream: UnownedStream, noise: UnownedStream) -> CycleDraws {
        let research = max(0, plan.research.draw(stream))
        let tooling = max(0, plan.tooling.draw(stream))
        var reworked = false
        var reworkDays = 0.0
        var reworkCost = 0.0
        if plan.reworkProbability > 0 {
            let happens = stream.uniform() < plan.reworkProbability
            let days = max(0, plan.reworkDays.draw(stream))
            let cost = max(0, plan.reworkCost.draw(stream))
            reworked = plan.pins.rework ?? happens
            if reworked {
                reworkDays = days
                reworkCost = cost
            }
        }
        let s = plan.driftPer30Days
        var drift = 1.0
        if s > 0 {
            let z = stream.standardNormal()
            drift = TrialModel.drift(perThirtyDays: s, ageDays: plan.commitDays, z: plan.pins.driftZ ?? z)
        }
        let input = max(0, plan.demandOrVisitors.draw(stream))
        var conversion = 0.0
        var potential: Double
        var fault: SamplerFault?
        if plan.isSignals {
            let drawn = stream.beta(plan.posteriorAlpha, plan.posteriorBeta)
            conversion = plan.pins.conversion ?? drawn
            // The sampler's boundary: only a finite mean ≥ 0 reaches it (NaN fails both tests).
            let mean = input * conversion * drift
            if mean >= 0 && mean < .infinity {
                potential = noise.poisson(mean: mean)
            } else {
                potential = 0
                fault = SamplerFault(input: .poissonMean, value: mean)
            }
        } else {
            potential = input * drift
        }
        var draws = CycleDraws(researchDays: research, toolingDays: tooling, reworkDays: reworkDays,
                               reworkCost: reworkCost, drift: drift, potentialDemand: potential)
        draws.fault = fault
        draws.reworked = reworked
        draws.demandInput = input
        draws.conversion = conversion
        return draws
    }

    /// The demand that reaches the shelf at a given availability. Distribution form: potential ×
    /// availability. Signals form: each potential order survives with probability `availability`
    /// (binomial thinning), which makes demand exactly Poisson(visitors·p·drift·availability) while
    /// every on-time stock level sees the very same count. `stream` is the cycle's thinning stream
    /// (`ChunkStreams.noise`), never its input stream: see `ChunkStreams`. An availability that is
    /// not a probability (NaN, below 0) reaches no sampler: the demand is 0 and the caller records
    /// the fault (`isThinningProbability`).
    @inline(__always)
    static func shelfDemand(_ draws: CycleDraws, availability: Double, isSignals: Bool,
                            stream: UnownedStream) -> Double {
        if availability >= 1 { return draws.potentialDemand }
        if !(availability >= 0) { return 0 }
        if !isSignals { return draws.potentialDemand * availability }
        return stream.binomial(trials: draws.potentialDemand, probability: availability)
    }
}

extension TrialSampler {
    /// True when `availability` may be handed to the binomial thinning: a probability in [0, 1].
    @inline(__always)
    static func isThinningProbability(_ availability: Double) -> Bool { availability >= 0 && availability <= 1 }
}

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
