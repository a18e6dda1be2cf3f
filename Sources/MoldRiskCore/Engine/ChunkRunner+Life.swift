/// One chunk's accumulation of the mold's life (DESIGN §8.1): after the engine has evaluated
/// season 1 of a trial, draws the later seasons' demand changes and maintenance once (shared by
/// every cycle and stock level), each cycle's later demands once (shared by its stock levels),
/// and runs `TrialModel.life` for every cell. Buffers are allocated once per chunk and freed by
/// `deallocate`; values go into the totals in trial order and into the worker's sketches.
struct LifeChunk {
    let seasons: LifeSeasons
    let stocks: [Double]
    let planned: Int
    let product: Product
    let isSignals: [Bool]
    private(set) var totals: LifeTotals
    /// The last trial's NPV per cell (`npv(ofCell:)`).
    private let npvs: UnsafeMutableBufferPointer<Double>

    init(plan: LifePlan, simulation: SimulationPlan, chunk c: Int) {
        seasons = LifeSeasons(plan: plan, simulation: simulation, chunk: c)
        stocks = simulation.stocks
        planned = simulation.plannedStockIndex
        product = simulation.scenario.product
        isSignals = simulation.cycles.map(\.isSignals)
        totals = LifeTotals(cycleCount: simulation.cycles.count, stockCount: stocks.count, seasons: plan.seasons)
        npvs = .allocate(capacity: simulation.cycles.count * stocks.count)
        npvs.initialize(repeating: 0)
    }

    func deallocate() {
        seasons.deallocate()
        npvs.deallocate()
    }

    /// The NPV of cell `cell` in the trial last added.
    @inline(__always)
    func npv(ofCell cell: Int) -> Double { npvs[cell] }

    /// Adds one trial: `draws` per cycle and `outcomes` per cell are its season 1, `moldCost` its
    /// mold cost; its NPVs go into the sketches when given (`TrialValues` keeps only `npv(ofCell:)`).
    @inline(__always)
    mutating func add(draws: UnsafeMutableBufferPointer<CycleDraws>, outcomes: UnsafeMutableBufferPointer<Outcome>,
                      moldCost: Double, npvSketches: UnsafeMutableBufferPointer<ValueSketch>?,
                      preMoldSketches: UnsafeMutableBufferPointer<ValueSketch>?) {
        seasons.drawShared()
        let seasonCount = seasons.plan.seasons
        let stockCount = stocks.count
        for k in 0..<isSignals.count {
            seasons.drawDemands(cycle: k, first: TrialModel.firstPotential(draws[k], isSignals: isSignals[k]),
                                isSignals: isSignals[k])
            for j in 0..<stockCount {
                let cell = k * stockCount + j
                let outcome = seasons.life(product: product, stock: stocks[j], first: outcomes[cell])
                npvs[cell] = outcome.npv
                totals.npv[cell].add(outcome.npv)
                if outcome.npv < 0 { totals.losses[cell] += 1 }
                if outcome.paybackSeason > 0 { totals.paidBackIn[cell * seasonCount + outcome.paybackSeason - 1] += 1 }
                for s in 0..<seasonCount { totals.seasonProfit[cell * seasonCount + s].add(seasons.profits[s]) }
                npvSketches?[cell].add(outcome.npv)
                if j == planned {
                    totals.preMoldNPV[k].add(outcome.npv + moldCost)
                    preMoldSketches?[k].add(outcome.npv + moldCost)
                }
            }
        }
    }
}
