extension TrialSampler {
    /// Draws one cycle's inputs by inversion from a row of uniforms (DESIGN §8.3, a scenario with a
    /// `SamplingLayout`): each input is its inverse CDF at its column's uniform (`CycleQuantiles`),
    /// rework happens when its uniform is ≥ 1 − p, the drift's z is Φ⁻¹ of its uniform, the
    /// conversion rate the Beta posterior's quantile (the updated posterior's in a preposterior
    /// re-run). Pins apply as in `draw(_:from:noise:)`; the
    /// signals-form demand count still comes from the cycle's noise stream.
    @inline(__always)
    static func draw(_ plan: CycleKernel, quantiles q: UnsafePointer<CycleQuantiles>, row: UnsafePointer<Double>,
                     noise: UnownedStream) -> CycleDraws {
        let p = plan.reworkProbability
        let happens = p >= 1 || (q.pointee.rework.map { row[$0] >= 1 - p } ?? false)
        let hasRework = p > 0
        let z = plan.driftPer30Days > 0 ? (q.pointee.drift.map { InverseCDF.standardNormal(row[$0]) } ?? 0) : 0
        // A preposterior re-run's coupling moves the rate to the same quantile of the updated
        // posterior: by inversion that is the updated posterior's quantile at the same uniform
        // (`CycleQuantiles.conversionInverse` is that posterior's).
        let coupling = plan.pins.conversionCoupling
        let conversion = plan.isSignals ? q.pointee.conversionInverse.value(at: q.pointee.conversion.map { row[$0] } ?? 0.5) : 0
        return assemble(plan, research: q.pointee.research.value(row), tooling: q.pointee.tooling.value(row), happens: happens,
                        reworkDays: hasRework ? q.pointee.reworkDays.value(row) : 0,
                        reworkCost: hasRework ? q.pointee.reworkCost.value(row) : 0,
                        z: z, input: q.pointee.demandOrVisitors.value(row), conversion: conversion,
                        conversionIsCoupled: coupling != nil, noise: noise)
    }
}
