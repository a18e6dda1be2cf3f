/// The mold's life as the run's consumers value a choice (DESIGN §8.1): a consumer of season-1
/// trials that gives every cell of the trial last added its NPV over the mold's life. Without
/// `[life]` it is `NoLife`, whose NPV is nil: a choice is then worth its season's profit
/// (`ChoiceValue.of`), and the run executes no life code per trial.
protocol LifeValuation: TrialConsumer {
    /// The NPV of cell `cell` (`cycle * stockCount + stock`) in the trial last added; nil without `[life]`.
    func npv(ofCell cell: Int) -> Double?
}

/// The run without `[life]`.
struct NoLife: LifeValuation {
    @inline(__always) mutating func add(_ trial: EvaluatedTrial) {}
    @inline(__always) func npv(ofCell cell: Int) -> Double? { nil }
}

/// The worker's sketches of the life's NPVs while a chunk runs (moved out of `RunSketches` and back).
final class LifeSketches {
    /// NPV per cell.
    let npv: OwnedBuffer<ValueSketch>
    /// NPV before the mold cost per cycle at the planned stock.
    let preMoldNPV: OwnedBuffer<ValueSketch>

    /// Takes the worker's life sketches out of `sketches` (empty ones the first time).
    init(taking sketches: inout RunSketches, cells: Int, cycleCount: Int) {
        if sketches.lifeNPV.isEmpty { sketches.lifeNPV = Array(repeating: ValueSketch(), count: cells) }
        if sketches.lifePreMoldNPV.isEmpty { sketches.lifePreMoldNPV = Array(repeating: ValueSketch(), count: cycleCount) }
        npv = OwnedBuffer(taking: &sketches.lifeNPV)
        preMoldNPV = OwnedBuffer(taking: &sketches.lifePreMoldNPV)
    }

    /// Puts the sketches back into `sketches`.
    func giveBack(to sketches: inout RunSketches) {
        sketches.lifeNPV = npv.array
        sketches.lifePreMoldNPV = preMoldNPV.array
    }
}

/// One chunk's accumulation of the mold's life (DESIGN §8.1): after the loop has evaluated season 1
/// of a trial, draws the later seasons' demand changes and maintenance once (shared by every cycle
/// and stock level), each cycle's later demands once (shared by its stock levels), and runs
/// `TrialModel.life` for every cell. Its NPVs go into the totals in trial order and, in a run, into
/// the worker's sketches (`TrialValues` keeps only `npv(ofCell:)`).
struct LifeChunk: LifeValuation {
    let seasons: LifeSeasons
    let stocks: [Double]
    let planned: Int
    let product: Product
    let isSignals: [Bool]
    private(set) var totals: LifeTotals
    /// The last trial's NPV per cell (`npv(ofCell:)`).
    private let npvs: OwnedBuffer<Double>
    private let sketches: LifeSketches?

    init(plan: LifePlan, simulation: SimulationPlan, chunk c: Int, sketches: LifeSketches?) {
        seasons = LifeSeasons(plan: plan, simulation: simulation, chunk: c)
        stocks = simulation.stocks
        planned = simulation.plannedStockIndex
        product = simulation.scenario.product
        isSignals = simulation.cycles.map(\.isSignals)
        totals = LifeTotals(cycleCount: simulation.cycles.count, stockCount: stocks.count, seasons: plan.seasons)
        npvs = OwnedBuffer(simulation.cycles.count * stocks.count, 0)
        self.sketches = sketches
    }

    @inline(__always)
    func npv(ofCell cell: Int) -> Double? { npvs.buffer[cell] }

    /// Adds one trial: its draws and outcomes are season 1.
    @inline(__always)
    mutating func add(_ trial: EvaluatedTrial) {
        seasons.drawShared()
        let seasonCount = seasons.plan.seasons
        let stockCount = stocks.count
        let draws = trial.draws
        let moldCost = trial.moldCost
        for k in 0..<isSignals.count {
            seasons.drawDemands(cycle: k, first: TrialModel.firstPotential(draws[k], isSignals: isSignals[k]),
                                isSignals: isSignals[k])
            for j in 0..<stockCount {
                let cell = k * stockCount + j
                let outcome = seasons.life(product: product, stock: stocks[j], first: trial.outcomes[cell])
                npvs.buffer[cell] = outcome.npv
                totals.npv[cell].add(outcome.npv)
                if outcome.npv < 0 { totals.losses[cell] += 1 }
                if outcome.paybackSeason > 0 { totals.paidBackIn[cell * seasonCount + outcome.paybackSeason - 1] += 1 }
                for s in 0..<seasonCount { totals.seasonProfit[cell * seasonCount + s].add(seasons.profits[s]) }
                sketches?.npv.buffer[cell].add(outcome.npv)
                if j == planned {
                    totals.preMoldNPV[k].add(outcome.npv + moldCost)
                    sketches?.preMoldNPV.buffer[k].add(outcome.npv + moldCost)
                }
            }
        }
    }
}
