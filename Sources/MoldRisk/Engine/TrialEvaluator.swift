/// Everything one trial produced: the shared mold cost, each cycle's draws, and the timing and
/// outcome of every (cycle, stock) cell (index `cycle * stockCount + stock`, as in `RunTotals`).
public struct TrialRecord: Sendable {
    public var moldCost: Double = 0
    public var draws: [CycleDraws]
    public var timings: [Timing]
    public var outcomes: [Outcome]

    public init(cycleCount: Int, stockCount: Int) {
        let zeroDraws = CycleDraws(researchDays: 0, toolingDays: 0, reworkDays: 0, reworkCost: 0,
                                   drift: 1, potentialDemand: 0)
        draws = Array(repeating: zeroDraws, count: cycleCount)
        timings = Array(repeating: Timing(ready: 0, late: 0, availability: 1), count: cycleCount * stockCount)
        outcomes = Array(repeating: Outcome(demand: 0, sold: 0, sellThrough: 0, profit: 0), count: cycleCount * stockCount)
    }
}

/// The streams of one chunk: role 0 draws the shared mold cost, role k + 1 cycle k's inputs, so
/// changing one cycle never moves another cycle's draws.
///
/// The signals-form demand count (Poisson) and its binomial thinning when late draw from a noise
/// stream of their own per cycle (role 2³² + k + 1): how many uniforms they consume depends on the
/// Poisson mean and on the availability, i.e. on
/// the timing, and on the same stream it would shift every later trial's input draws. With its
/// own stream, two scenarios that differ only in timing (fewer research days, a later commit)
/// still draw the same inputs in every trial, so common random numbers pair them trial by trial.
public struct ChunkStreams {
    public let shared: RandomStream
    public let cycles: [RandomStream]
    /// Cycle k's noise stream: the signals-form demand count and its thinning by availability.
    public let noise: [RandomStream]

    /// The role of cycle k's noise stream, apart from every input stream's role.
    static func noiseRole(ofCycle k: Int) -> Int { (1 << 32) + k + 1 }

    public init(plan: SimulationPlan, chunk c: Int) {
        shared = RandomStream(runSeed: plan.seed, chunk: c, role: 0)
        cycles = plan.cycles.indices.map { RandomStream(runSeed: plan.seed, chunk: c, role: $0 + 1) }
        noise = plan.cycles.indices.map {
            RandomStream(runSeed: plan.seed, chunk: c, role: Self.noiseRole(ofCycle: $0))
        }
    }
}

/// Evaluates one trial: draws its inputs once and evaluates every cycle and stock level on them
/// (common random numbers), with the pure `TrialModel`.
public struct TrialEvaluator: Sendable {
    public let plan: SimulationPlan

    public init(plan: SimulationPlan) { self.plan = plan }

    /// Draws the next trial from `streams` and fills `record`.
    @inline(__always)
    public func evaluate(_ streams: ChunkStreams, into record: inout TrialRecord) {
        let stockCount = plan.stocks.count
        let product = plan.scenario.product
        let window = plan.scenario.window
        let moldCost = max(0, plan.moldCost.draw(streams.shared))
        record.moldCost = moldCost
        for k in plan.cycles.indices {
            let cyclePlan = plan.cycles[k]
            let cycle = cyclePlan.cycle
            let draws = TrialSampler.draw(cyclePlan, from: streams.cycles[k], noise: streams.noise[k])
            record.draws[k] = draws
            for j in 0..<stockCount {
                let timing = TrialModel.timing(draws: draws, productionDays: cyclePlan.productionDays[j],
                                               commitDays: cycle.commitDaysBeforeWindow, window: window)
                let demand = TrialSampler.shelfDemand(draws, availability: timing.availability,
                                                      isSignals: cyclePlan.isSignals, stream: streams.noise[k])
                let cell = k * stockCount + j
                record.timings[cell] = timing
                record.outcomes[cell] = TrialModel.outcome(product: product, stock: plan.stocks[j], demand: demand,
                                                           moldCost: moldCost, reworkCost: draws.reworkCost,
                                                           fixedCost: cycle.fixedCost)
            }
        }
    }
}
