
/// The stock search's sample (DESIGN §8.4): one cycle's first trials, drawn once and kept, so that
/// any stock level can be evaluated on them without drawing again (common random numbers).
///
/// What does not depend on the stock is drawn here exactly as the engine draws it, from the same
/// streams (`ChunkStreams` of the plan restricted to the cycle): the mold cost and the cycle's
/// `CycleDraws`. What depends on the stock is computed per level with the engine's own functions
/// (`TrialModel.timing`, `TrialSampler.shelfDemand`, `TrialModel.outcome`, `TrialModel.life`):
/// production days, lateness, availability and the sales. A late signals-form trial's binomial
/// thinning draws from a stream of the level's own (`thinningRole`), so a level's value never
/// depends on which other levels are evaluated beside it. With `[life]`, the later seasons are
/// drawn again at every evaluation from the chunk's life streams, which give the same draws each
/// time (keeping them would take seasons × trials numbers).
///
/// A level's value is season 1's profit, or the NPV with `[life]`. Evaluating L levels costs
/// trials × L model evaluations and no input draw; the engine would draw every input again.
package final class StockSample: Sendable {
    /// The plan of the one cycle (index 0), capped at the sample's trials.
    package let plan: SimulationPlan
    /// Per chunk, in order: each trial's mold cost and what the search reads of the cycle's draws.
    private let moldCost: [[Double]]
    private let draws: [[KeptDraws]]

    /// Draws the first `trials` trials (at most the plan's) of cycle `k` of `plan`.
    package init(plan whole: SimulationPlan, cycle k: Int, trials: Int, threads: Int) {
        var restricted = whole.restricted(toCycle: k)
        restricted.trials = max(0, min(trials, whole.trials))
        let plan = restricted
        self.plan = plan
        let chunks = 0..<plan.chunkCount
        let drawn = Locked<[Int: ([Double], [KeptDraws])]>([:])
        let loop = TrialLoop(plan: plan)
        Simulation.forEachWorker(chunks, threads: threads) { workerChunks in
            let scratch = TrialScratch(plan: plan)
            for c in workerChunks {
                var molds: [Double] = []
                var cycleDraws: [KeptDraws] = []
                let count = plan.trialRange(ofChunk: c).count
                molds.reserveCapacity(count)
                cycleDraws.reserveCapacity(count)
                loop.drawInputs(chunk: c, scratch: scratch) { moldCost, draws in
                    molds.append(moldCost)
                    cycleDraws.append(KeptDraws(draws[0]))
                }
                drawn.withLock { $0[c] = (molds, cycleDraws) }
            }
        }
        let all = drawn.withLock { $0 }
        moldCost = chunks.map { all[$0]!.0 }
        draws = chunks.map { all[$0]!.1 }
    }

    /// Trials in the sample.
    package var trials: Int { plan.trials }

    /// The role of the stream a level's binomial thinning draws from in a chunk: apart from every
    /// role of `ChunkStreams` and `LifeStreams` (below 2⁴⁰), one per cycle and whole stock
    /// (cycles below 2²⁸, stocks below 2³¹, as validation allows).
    static func thinningRole(ofCycle k: Int, stock: Double) -> Int {
        (1 << 60) | (k << 31) | Int(truncating: stock, clampedTo: 0...(1 << 31 - 1))
    }

    /// Every level's totals over the sample, aligned with `stocks` (whole units, any order).
    package func evaluate(stocks: [Double], threads: Int) -> [StockLevelTotals] {
        let chunks = 0..<plan.chunkCount
        let results = Locked<[Int: [StockLevelTotals]]>([:])
        Simulation.forEachWorker(chunks, threads: threads) { workerChunks in
            for c in workerChunks {
                let chunk = self.evaluate(chunk: c, stocks: stocks)
                results.withLock { $0[c] = chunk }
            }
        }
        let all = results.withLock { $0 }
        var totals = stocks.map { StockLevelTotals(stock: $0) }
        for c in chunks {
            for j in totals.indices { totals[j].add(chunk: all[c]![j]) }
        }
        return totals
    }

    /// One chunk's totals per level (each with its one chunk's moments). The levels' constants,
    /// streams and totals sit in `OwnedBuffer`s: the loop runs trials × levels times, and an
    /// array's uniqueness and bounds checks (or a stream's retain) per access would cost more than
    /// the model.
    private func evaluate(chunk c: Int, stocks: [Double]) -> [StockLevelTotals] {
        let kernel = CycleKernel(plan.cycles[0])
        let scenario = plan.scenario
        let product = scenario.product, window = scenario.window
        let levels = stocks.count
        let stock = OwnedBuffer(copying: stocks)
        let production = OwnedBuffer(copying: stocks.map {
            TrialModel.productionDays(stock: $0, capacityPerDay: scenario.mold.capacityPerDay)
        })
        let thinningOwners = stocks.map {
            RandomStream(runSeed: plan.seed, chunk: c, role: Self.thinningRole(ofCycle: plan.cycles[0].streamIndex, stock: $0))
        }
        let thinning = OwnedBuffer(copying: thinningOwners.map(\.unowned))
        let value = OwnedBuffer(levels, Moments())
        let losses = OwnedBuffer(levels, 0)
        let life = plan.life.map { LifeSeasons(plan: $0, simulation: plan, chunk: c) }
        let molds = moldCost[c]
        let chunkDraws = draws[c]
        /// Adds trial i, whose draws are `trialDraws`, at every level, its value read from the
        /// level's season-1 outcome by `valueOf` (the profit; or the NPV with `[life]`): one loop,
        /// specialised for each caller's closure, so a run without `[life]` tests no optional per level.
        @inline(__always)
        func addLevels(trial i: Int, _ trialDraws: CycleDraws, _ valueOf: (_ level: Int, _ outcome: Outcome) -> Double) {
            let mold = molds[i]
            for j in 0..<levels {
                let timing = TrialModel.timing(draws: trialDraws, productionDays: production.buffer[j],
                                               commitDays: kernel.commitDays, window: window)
                let demand = TrialSampler.shelfDemand(trialDraws, availability: timing.availability,
                                                      isSignals: kernel.isSignals, stream: thinning.buffer[j])
                let outcome = TrialModel.outcome(product: product, stock: stock.buffer[j], demand: demand,
                                                 moldCost: mold, reworkCost: trialDraws.reworkCost,
                                                 fixedCost: kernel.fixedCost)
                let x = valueOf(j, outcome)
                value.buffer[j].add(x)
                if x < 0 { losses.buffer[j] += 1 }
            }
        }
        withExtendedLifetime(thinningOwners) {
            if let life {
                for i in chunkDraws.indices {
                    let trialDraws = chunkDraws[i].draws
                    life.drawShared()
                    life.drawDemands(cycle: 0, first: TrialModel.firstPotential(trialDraws, isSignals: kernel.isSignals),
                                     isSignals: kernel.isSignals)
                    addLevels(trial: i, trialDraws) { j, outcome in
                        life.life(product: product, stock: stock.buffer[j], first: outcome).npv
                    }
                }
            } else {
                for i in chunkDraws.indices { addLevels(trial: i, chunkDraws[i].draws) { _, outcome in outcome.profit } }
            }
        }
        return stocks.indices.map {
            StockLevelTotals(stock: stocks[$0], value: value.buffer[$0], losses: losses.buffer[$0], chunks: [value.buffer[$0]])
        }
    }
}

/// What the stock search keeps of one trial's `CycleDraws`: the part the model reads at every
/// level, in 48 bytes instead of 96 (the search keeps 200,000 trials of every cycle: 19 MB less
/// for two cycles). The days before production are summed as `TrialModel.timing` sums them, so
/// the `CycleDraws` rebuilt from them gives every level the same timing to the last bit.
private struct KeptDraws {
    let daysBeforeProduction: Double
    let reworkCost: Double
    let demandInput: Double
    let conversion: Double
    let drift: Double
    let potentialDemand: Double

    init(_ draws: CycleDraws) {
        daysBeforeProduction = draws.researchDays + draws.toolingDays + draws.reworkDays
        reworkCost = draws.reworkCost
        demandInput = draws.demandInput
        conversion = draws.conversion
        drift = draws.drift
        potentialDemand = draws.potentialDemand
    }

    /// Draws the model reads as it read the originals: the research days carry the whole sum
    /// (x + 0 + 0 is x), and faults and the rework flag, which the search does not read, are unset.
    var draws: CycleDraws {
        var draws = CycleDraws(researchDays: daysBeforeProduction, toolingDays: 0, reworkDays: 0, reworkCost: reworkCost,
                               drift: drift, potentialDemand: potentialDemand)
        draws.demandInput = demandInput
        draws.conversion = conversion
        return draws
    }
}

/// One stock level's totals over a `StockSample`: the value's moments (season-1 profit, or the NPV
/// with `[life]`), the trials with a value below 0, and the moments of each chunk in order (for
/// the standard error of a stratified run, DESIGN §8.3).
package struct StockLevelTotals: Sendable, Equatable {
    package var stock: Double
    package var value = Moments()
    package var losses = 0
    package var chunks: [Moments] = []

    /// The share of trials with a value below 0 (0 for an empty sample).
    package var probabilityOfLoss: Double { value.count > 0 ? Double(losses) / Double(value.count) : 0 }

    /// Folds in the next chunk's totals.
    mutating func add(chunk other: StockLevelTotals) {
        value.merge(other.value)
        losses += other.losses
        chunks += other.chunks
    }
}
