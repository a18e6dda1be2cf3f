/// Everything one trial produced: the shared mold cost, each cycle's draws, and the timing and
/// outcome of every (cycle, stock) cell (index `cycle * stockCount + stock`, as in `RunTotals`).
package struct TrialRecord: Sendable {
    package var moldCost: Double = 0
    package var draws: [CycleDraws]
    package var timings: [Timing]
    package var outcomes: [Outcome]

    package init(cycleCount: Int, stockCount: Int) {
        let zeroDraws = CycleDraws(researchDays: 0, toolingDays: 0, reworkDays: 0, reworkCost: 0,
                                   drift: 1, potentialDemand: 0)
        draws = Array(repeating: zeroDraws, count: cycleCount)
        timings = Array(repeating: Timing(ready: 0, late: 0, availability: 1), count: cycleCount * stockCount)
        outcomes = Array(repeating: Outcome(demand: 0, sold: 0, sellThrough: 0, profit: 0), count: cycleCount * stockCount)
    }
}

/// The streams of one chunk: role 0 draws the shared mold cost, role k + 1 the inputs of the
/// scenario's cycle k (`CyclePlan.streamIndex`), so changing one cycle never moves another
/// cycle's draws, and a plan restricted to one cycle draws exactly what the whole plan does for it.
///
/// The signals-form demand count (Poisson) and its binomial thinning when late draw from a noise
/// stream of their own per cycle (role 2³² + k + 1): how many uniforms they consume depends on the
/// Poisson mean and on the availability, i.e. on
/// the timing, and on the same stream it would shift every later trial's input draws. With its
/// own stream, two scenarios that differ only in timing (fewer research days, a later commit)
/// still draw the same inputs in every trial, so common random numbers pair them trial by trial.
package struct ChunkStreams {
    package let shared: UnownedStream
    package let cycles: [UnownedStream]
    /// Cycle k's noise stream: the signals-form demand count and its thinning by availability.
    package let noise: [UnownedStream]
    /// The chunk's rows of uniforms when the scenario uses DESIGN §8.3 (`SamplingLayout`); nil
    /// otherwise (the inputs then draw from `shared` and `cycles`).
    package let uniforms: ChunkUniforms?
    /// The streams the unowned ones draw from, alive as long as this value: read the streams only
    /// while it is in scope, as `TrialEvaluator.evaluate` does with its argument.
    private let owners: [RandomStream]

    /// The role of cycle k's noise stream, apart from every input stream's role.
    static func noiseRole(ofCycle k: Int) -> Int { (1 << 32) + k + 1 }

    package init(plan: SimulationPlan, chunk c: Int) {
        let cycleRoles = plan.cycles.map { $0.streamIndex + 1 }
        let noiseRoles = plan.cycles.map { Self.noiseRole(ofCycle: $0.streamIndex) }
        owners = ([0] + cycleRoles + noiseRoles).map { RandomStream(runSeed: plan.seed, chunk: c, role: $0) }
        shared = owners[0].unowned
        cycles = owners[1...cycleRoles.count].map(\.unowned)
        noise = owners[(cycleRoles.count + 1)...].map(\.unowned)
        uniforms = plan.sampling.map {
            ChunkUniforms(layout: $0, runSeed: plan.seed, chunk: c, rows: plan.trialRange(ofChunk: c).count)
        }
    }
}

/// Evaluates one trial: draws its inputs once and evaluates every cycle and stock level on them
/// (common random numbers), with the pure `TrialModel`.
package struct TrialEvaluator: Sendable {
    package let plan: SimulationPlan
    /// The plan's draw rules and constants, trivially copyable (see `CycleKernel`).
    let moldCost: SamplerRule
    let kernels: [CycleKernel]
    /// The mold cost's and each cycle's inverse CDFs and columns under the plan's
    /// `SamplingLayout`; nil without one.
    let quantiles: QuantileTable?
    /// Production days per cell, `cycle * stockCount + stock`.
    let productionDays: [Double]

    package init(plan: SimulationPlan) {
        self.plan = plan
        moldCost = plan.moldCost.rule
        kernels = plan.cycles.map(CycleKernel.init)
        if let layout = plan.sampling {
            let moldCost = CycleQuantiles.Input(column: layout.column(of: .moldCost),
                                                inverse: InverseCDF(plan.moldCost.distribution),
                                                pinned: plan.moldCost.pinnedValue)
            quantiles = QuantileTable(moldCost: moldCost, cycles: plan.cycles.map { CycleQuantiles($0, layout: layout) })
        } else {
            quantiles = nil
        }
        productionDays = plan.cycles.flatMap(\.productionDays)
    }

    /// Draws the next trial from `streams` and fills `record`.
    @inline(__always)
    package func evaluate(_ streams: ChunkStreams, into record: inout TrialRecord) {
        let moldCost = record.draws.withUnsafeMutableBufferPointer { draws in
            record.timings.withUnsafeMutableBufferPointer { timings in
                record.outcomes.withUnsafeMutableBufferPointer { outcomes in
                    evaluate(streams, draws: draws, timings: timings, outcomes: outcomes)
                }
            }
        }
        record.moldCost = moldCost
    }

    /// Draws the next trial's inputs from `streams`: each cycle's draws into `drawsOut` (one per
    /// cycle), and the shared mold cost, returned. Everything random in a trial but the binomial
    /// thinning of late signals-form demand, which depends on the timing (`TrialSampler.shelfDemand`).
    @inline(__always)
    package func drawInputs(_ streams: ChunkStreams, into drawsOut: UnsafeMutableBufferPointer<CycleDraws>) -> Double {
        if let uniforms = streams.uniforms, let quantiles {
            let row = uniforms.nextRow()
            for k in kernels.indices {
                drawsOut[k] = TrialSampler.draw(kernels[k], quantiles: quantiles.cycle(k), row: row, noise: streams.noise[k])
            }
            return max(0, quantiles.moldCost.pointee.value(row))
        }
        let moldCost = max(0, self.moldCost.draw(streams.shared))
        for k in kernels.indices {
            drawsOut[k] = TrialSampler.draw(kernels[k], from: streams.cycles[k], noise: streams.noise[k])
        }
        return moldCost
    }

    /// Draws the next trial from `streams` into the buffers of a `TrialRecord`'s layout (draws per
    /// cycle; timings and outcomes per cell) and returns its mold cost: the engine's hot path, one
    /// buffer set per chunk, no per-element uniqueness or bounds checks.
    @inline(__always)
    func evaluate(_ streams: ChunkStreams, draws drawsOut: UnsafeMutableBufferPointer<CycleDraws>,
                  timings: UnsafeMutableBufferPointer<Timing>,
                  outcomes: UnsafeMutableBufferPointer<Outcome>) -> Double {
        let stocks = plan.stocks
        let stockCount = stocks.count
        let product = plan.scenario.product
        let window = plan.scenario.window
        let moldCost = drawInputs(streams, into: drawsOut)
        for k in kernels.indices {
            let kernel = kernels[k]
            let draws = drawsOut[k]
            for j in 0..<stockCount {
                let cell = k * stockCount + j
                let timing = TrialModel.timing(draws: draws, productionDays: productionDays[cell],
                                               commitDays: kernel.commitDays, window: window)
                if kernel.isSignals && !TrialSampler.isThinningProbability(timing.availability) && drawsOut[k].fault == nil {
                    drawsOut[k].fault = SamplerFault(input: .thinningProbability, value: timing.availability)
                }
                let demand = TrialSampler.shelfDemand(draws, availability: timing.availability,
                                                      isSignals: kernel.isSignals, stream: streams.noise[k])
                timings[cell] = timing
                outcomes[cell] = TrialModel.outcome(product: product, stock: stocks[j], demand: demand,
                                                    moldCost: moldCost, reworkCost: draws.reworkCost,
                                                    fixedCost: kernel.fixedCost)
            }
        }
        return moldCost
    }
}
