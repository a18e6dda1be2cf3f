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
        let research = plan.research.draw(stream)
        let tooling = plan.tooling.draw(stream)
        var happens = false
        var days = 0.0
        var cost = 0.0
        if plan.reworkProbability > 0 {
            happens = stream.uniform() < plan.reworkProbability
            days = plan.reworkDays.draw(stream)
            cost = plan.reworkCost.draw(stream)
        }
        let z = plan.driftPer30Days > 0 ? stream.standardNormal() : 0
        let input = plan.demandOrVisitors.draw(stream)
        let conversion = plan.isSignals ? stream.beta(plan.posteriorAlpha, plan.posteriorBeta) : 0
        return assemble(plan, research: research, tooling: tooling, happens: happens, reworkDays: days,
                        reworkCost: cost, z: z, input: input, conversion: conversion, noise: noise)
    }

    /// One cycle's draws from its drawn inputs (pins applied here for rework, drift and
    /// conversion; the samplers apply the others'; `conversionIsCoupled`: the drawn rate is already
    /// the coupling's target, see `BetaCoupling`), the demand count (signals form) drawn from
    /// `noise`. Negative durations, costs, demand and visitors count as 0.
    @inline(__always)
    static func assemble(_ plan: CycleKernel, research: Double, tooling: Double, happens: Bool,
                         reworkDays days: Double, reworkCost cost: Double, z: Double, input rawInput: Double,
                         conversion drawn: Double, conversionIsCoupled: Bool = false,
                         noise: UnownedStream) -> CycleDraws {
        var reworked = false
        var reworkDays = 0.0
        var reworkCost = 0.0
        if plan.reworkProbability > 0 {
            reworked = plan.pins.rework ?? happens
            if reworked {
                reworkDays = max(0, days)
                reworkCost = max(0, cost)
            }
        }
        let s = plan.driftPer30Days
        var drift = 1.0
        if s > 0 {
            drift = TrialModel.drift(perThirtyDays: s, ageDays: plan.commitDays, z: plan.pins.driftZ ?? z)
        }
        let input = max(0, rawInput)
        var conversion = 0.0
        var potential: Double
        var fault: SamplerFault?
        if plan.isSignals {
            let coupled = conversionIsCoupled ? drawn : plan.pins.conversionCoupling.map { $0.map(drawn) } ?? drawn
            conversion = plan.pins.conversion ?? coupled
            // The sampler's boundary: only a finite mean ≥ 0 reaches it (NaN fails both tests).
            let mean = TrialModel.demand(base: input, conversion: conversion, drift: drift, availability: 1)
            if mean >= 0 && mean < .infinity {
                potential = noise.poisson(mean: mean)
            } else {
                potential = 0
                fault = SamplerFault(input: .poissonMean, value: mean)
            }
        } else {
            potential = TrialModel.demand(base: input, drift: drift, availability: 1)
        }
        var draws = CycleDraws(researchDays: max(0, research), toolingDays: max(0, tooling), reworkDays: reworkDays,
                               reworkCost: reworkCost, drift: drift, potentialDemand: potential)
        draws.fault = fault
        draws.reworked = reworked
        draws.demandInput = input
        draws.conversion = conversion
        return draws
    }

    /// The demand that reaches the shelf at a given availability. Distribution form:
    /// `TrialModel.demand` of the trial's draws. Signals form: each potential order survives with probability `availability`
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
        if !isSignals {
            return TrialModel.demand(base: draws.demandInput, drift: draws.drift, availability: availability)
        }
        return stream.binomial(trials: draws.potentialDemand, probability: availability)
    }
}

extension TrialSampler {
    /// True when `availability` may be handed to the binomial thinning: a probability in [0, 1].
    @inline(__always)
    static func isThinningProbability(_ availability: Double) -> Bool { availability >= 0 && availability <= 1 }
}
