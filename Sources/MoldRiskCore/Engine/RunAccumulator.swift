/// The run's own consumer of one chunk's trials: the exact totals of `RunTotals` (moments and
/// counts per cell and cycle, the paired cycle differences, the perfect-information regret that
/// EVPI reads) and the worker's `RunSketches`, with the mold's life as its generic `Life` (`NoLife`
/// without `[life]`, so a season-only run executes none of the life's code). The arithmetic and
/// its order are those of `RunTotals`/`RunSketches` value by value.
struct RunAccumulator<Life: LifeValuation>: TrialConsumer {
    private let cycleCount: Int
    private let stockCount: Int
    private let planned: Int
    private let pairs: [(from: Int, to: Int)]
    private(set) var life: Life

    private var moldCost = Moments()
    private var perfect = Moments()
    private let profit: OwnedBuffer<Moments>
    private let sellThrough: OwnedBuffer<Moments>
    private let losses: OwnedBuffer<Int>
    private let late: OwnedBuffer<Int>
    private let reworkCost: OwnedBuffer<Moments>
    private let demand: OwnedBuffer<Moments>
    private let difference: OwnedBuffer<Moments>
    private let preMold: OwnedBuffer<Moments>
    private let regret: OwnedBuffer<Moments>
    /// The current trial's value of each cell (`ChoiceValue.of`).
    private let value: OwnedBuffer<Double>

    /// The worker's sketches, moved out of `RunSketches` for the chunk (`finish` moves them back).
    private let profitSketches: OwnedBuffer<ValueSketch>
    private let preMoldSketches: OwnedBuffer<ValueSketch>
    private let readySketches: OwnedBuffer<ValueSketch>
    private let demandSketches: OwnedBuffer<ValueSketch>
    private let sellThroughSketches: OwnedBuffer<ValueSketch>

    /// Starts a chunk of `plan`, taking the worker's season sketches out of `sketches`.
    init(plan: SimulationPlan, life: Life, sketches: inout RunSketches) {
        cycleCount = plan.cycles.count
        stockCount = plan.stocks.count
        planned = plan.plannedStockIndex
        let cells = cycleCount * stockCount
        pairs = RunTotals.cyclePairs(cycleCount)
        self.life = life
        profit = OwnedBuffer(cells, Moments())
        sellThrough = OwnedBuffer(cells, Moments())
        losses = OwnedBuffer(cells, 0)
        late = OwnedBuffer(cycleCount, 0)
        reworkCost = OwnedBuffer(cycleCount, Moments())
        demand = OwnedBuffer(cycleCount, Moments())
        difference = OwnedBuffer(pairs.count, Moments())
        preMold = OwnedBuffer(cycleCount, Moments())
        regret = OwnedBuffer(cells, Moments())
        value = OwnedBuffer(cells, 0)
        profitSketches = OwnedBuffer(taking: &sketches.profit)
        preMoldSketches = OwnedBuffer(taking: &sketches.preMoldProfit)
        readySketches = OwnedBuffer(taking: &sketches.ready)
        demandSketches = OwnedBuffer(taking: &sketches.demand)
        sellThroughSketches = OwnedBuffer(taking: &sketches.sellThrough)
    }

    @inline(__always)
    mutating func add(_ trial: EvaluatedTrial) {
        let outcomes = trial.outcomes
        let mold = trial.moldCost
        moldCost.add(mold)
        for k in 0..<cycleCount {
            reworkCost.buffer[k].add(trial.draws[k].reworkCost)
            for j in 0..<stockCount {
                let cell = k * stockCount + j
                let outcome = outcomes[cell]
                profit.buffer[cell].add(outcome.profit)
                sellThrough.buffer[cell].add(outcome.sellThrough)
                if outcome.profit < 0 { losses.buffer[cell] += 1 }
                profitSketches.buffer[cell].add(outcome.profit)
            }
            let plannedCell = k * stockCount + planned
            let timing = trial.timings[plannedCell]
            let plannedOutcome = outcomes[plannedCell]
            readySketches.buffer[k].add(timing.ready)
            sellThroughSketches.buffer[k].add(plannedOutcome.sellThrough)
            demand.buffer[k].add(plannedOutcome.demand)
            demandSketches.buffer[k].add(plannedOutcome.demand)
            if timing.late > 0 { late.buffer[k] += 1 }
            let beforeMold = plannedOutcome.profit + mold
            preMold.buffer[k].add(beforeMold)
            preMoldSketches.buffer[k].add(beforeMold)
        }
        life.add(trial)
        var best = 0.0
        let cells = cycleCount * stockCount
        for cell in 0..<cells {
            value.buffer[cell] = ChoiceValue.of(outcomes[cell], lifeNPV: life.npv(ofCell: cell))
            best = max(best, value.buffer[cell])
        }
        perfect.add(best)
        for cell in 0..<cells { regret.buffer[cell].add(best - value.buffer[cell]) }
        for p in pairs.indices {
            let pair = pairs[p]
            difference.buffer[p].add(outcomes[pair.to * stockCount + planned].profit
                - outcomes[pair.from * stockCount + planned].profit)
        }
    }

    /// The chunk's totals (with `fault`, and `life` when the scenario has one); the season sketches
    /// go back into `sketches`.
    func finish(fault: TrialFault?, life lifeTotals: LifeTotals?, sketches: inout RunSketches) -> RunTotals {
        sketches.profit = profitSketches.array
        sketches.preMoldProfit = preMoldSketches.array
        sketches.ready = readySketches.array
        sketches.demand = demandSketches.array
        sketches.sellThrough = sellThroughSketches.array
        var totals = RunTotals(cycleCount: cycleCount, stockCount: stockCount)
        totals.moldCost = moldCost
        totals.profit = profit.array
        totals.sellThrough = sellThrough.array
        totals.losses = losses.array
        totals.late = late.array
        totals.reworkCost = reworkCost.array
        totals.demand = demand.array
        totals.difference = difference.array
        totals.preMoldProfit = preMold.array
        totals.perfectInformation = perfect
        totals.perfectInformationRegret = regret.array
        totals.fault = fault
        totals.life = lifeTotals
        return totals
    }
}
