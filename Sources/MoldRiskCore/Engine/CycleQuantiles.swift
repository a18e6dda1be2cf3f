/// One cycle's columns and inverse CDFs under a `SamplingLayout`: what
/// `TrialSampler.draw(_:quantiles:row:noise:)` reads instead of the samplers' streams. A column of
/// nil is an input that is not random (its constant, or no rework / no drift).
struct CycleQuantiles: Sendable {
    /// One input: its column, its inverse CDF, and the value it is pinned to (the tornado), if any.
    struct Input: Sendable {
        let column: Int?
        let inverse: InverseCDF
        let pinned: Double?

        /// The input's value in this row: the pin, else its inverse CDF at its uniform (at ½ when
        /// not random: a constant spec's only value).
        @inline(__always)
        func value(_ row: UnsafePointer<Double>) -> Double {
            if let pinned { return pinned }
            return inverse.value(at: column.map { row[$0] } ?? 0.5)
        }
    }

    let research: Input
    let tooling: Input
    let reworkDays: Input
    let reworkCost: Input
    let demandOrVisitors: Input
    /// The rework event's uniform: rework happens when it is ≥ 1 − p (probability p; the event
    /// rises with its uniform, so a positive rank correlation means "more often with more").
    let rework: Int?
    /// The drift's uniform (z = Φ⁻¹(u)).
    let drift: Int?
    /// The conversion rate's uniform (the Beta posterior's quantile), signals form.
    let conversion: Int?
    /// The Beta posterior's inverse CDF (the updated posterior's in a preposterior re-run: a
    /// coupling moves the rate to the same quantile of that law), signals form; else constant 0.
    let conversionInverse: InverseCDF

    init(_ plan: CyclePlan, layout: SamplingLayout) {
        let k = plan.streamIndex
        func input(_ sampler: Sampler, _ slot: RandomInput) -> Input {
            Input(column: layout.column(of: slot), inverse: InverseCDF(sampler.distribution), pinned: sampler.pinnedValue)
        }
        research = input(plan.research, .research(cycle: k))
        tooling = input(plan.tooling, .tooling(cycle: k))
        reworkDays = input(plan.reworkDays, .reworkDays(cycle: k))
        reworkCost = input(plan.reworkCost, .reworkCost(cycle: k))
        demandOrVisitors = input(plan.demandOrVisitors, .demand(cycle: k))
        rework = layout.column(of: .rework(cycle: k))
        drift = layout.column(of: .drift(cycle: k))
        conversion = layout.column(of: .conversion(cycle: k))
        let coupling = plan.pins.conversionCoupling
        conversionInverse = InverseCDF(plan.isSignals
            ? .beta(alpha: coupling?.targetAlpha ?? plan.posteriorAlpha, beta: coupling?.targetBeta ?? plan.posteriorBeta)
            : .fixed(0))
    }
}

/// A plan's `CycleQuantiles` and the mold cost's input, in memory the hot loop reads through
/// pointers. Reading a `CycleQuantiles` out of an array copied it per trial and cycle, retaining
/// and releasing every table its inverse CDFs hold (about 1,400 instructions a trial on the
/// rinse-cup scenario under `latin_hypercube`, more than the inversions). Immutable once made, so
/// threads may share it.
final class QuantileTable: @unchecked Sendable {
    let moldCost: UnsafeMutablePointer<CycleQuantiles.Input>
    let cycles: UnsafeMutableBufferPointer<CycleQuantiles>

    init(moldCost: CycleQuantiles.Input, cycles: [CycleQuantiles]) {
        self.moldCost = .allocate(capacity: 1)
        self.moldCost.initialize(to: moldCost)
        self.cycles = .allocate(capacity: cycles.count)
        _ = self.cycles.initialize(fromContentsOf: cycles)
    }

    /// Cycle k's quantiles.
    @inline(__always)
    func cycle(_ k: Int) -> UnsafePointer<CycleQuantiles> { UnsafePointer(cycles.baseAddress! + k) }

    deinit {
        moldCost.deinitialize(count: 1)
        moldCost.deallocate()
        cycles.deinitialize()
        cycles.deallocate()
    }
}
