/// One chunk's accumulation of the mold's life (DESIGN §8.1): after the engine has evaluated
/// season 1 of a trial, draws the later seasons' demand changes and maintenance once (shared by
/// every cycle and stock level), each cycle's later demands once (shared by its stock levels),
/// and runs `TrialModel.life` for every cell. Buffers are allocated once per chunk and freed by
/// `deallocate`; values go into the totals in trial order and into the worker's sketches.
struct LifeChunk {
    let plan: LifePlan
    let demandChange: SamplerRule
    let maintenanceRule: SamplerRule
    let streams: LifeStreams
    let stocks: [Double]
    let planned: Int
    let product: Product
    let isSignals: [Bool]
    private(set) var totals: LifeTotals
    /// Season k + 2's demand change and maintenance at index k.
    private let change: UnsafeMutableBufferPointer<Double>
    private let maintenance: UnsafeMutableBufferPointer<Double>
    /// One cycle's demands of seasons 2…K.
    private let demands: UnsafeMutableBufferPointer<Double>
    private let profits: UnsafeMutableBufferPointer<Double>
    /// The last trial's NPV per cell (`npv(ofCell:)`).
    private let npvs: UnsafeMutableBufferPointer<Double>
    private let factors: UnsafeMutableBufferPointer<Double>

    init(plan: LifePlan, simulation: SimulationPlan, chunk c: Int) {
        self.plan = plan
        demandChange = plan.demandChange.rule
        maintenanceRule = plan.maintenance.rule
        streams = LifeStreams(plan: simulation, chunk: c)
        stocks = simulation.stocks
        planned = simulation.plannedStockIndex
        product = simulation.scenario.product
        isSignals = simulation.cycles.map(\.isSignals)
        totals = LifeTotals(cycleCount: simulation.cycles.count, stockCount: stocks.count, seasons: plan.seasons)
        let later = max(0, plan.seasons - 1)
        change = .allocate(capacity: later)
        maintenance = .allocate(capacity: later)
        demands = .allocate(capacity: later)
        profits = .allocate(capacity: plan.seasons)
        factors = .allocate(capacity: plan.seasons)
        npvs = .allocate(capacity: simulation.cycles.count * stocks.count)
        for buffer in [change, maintenance, demands, profits, npvs] { buffer.initialize(repeating: 0) }
        _ = factors.initialize(from: plan.discountFactors)
    }

    func deallocate() {
        for buffer in [change, maintenance, demands, profits, npvs, factors] { buffer.deallocate() }
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
        Self.drawShared(change: change, maintenance: maintenance, demandChange: demandChange,
                        maintenanceRule: maintenanceRule, stream: streams.shared)
        let seasons = plan.seasons
        let stockCount = stocks.count
        for k in 0..<isSignals.count {
            Self.drawDemands(demands, first: TrialModel.firstPotential(draws[k], isSignals: isSignals[k]),
                             change: change, isSignals: isSignals[k], stream: streams.noise[k])
            for j in 0..<stockCount {
                let cell = k * stockCount + j
                let outcome = TrialModel.life(product: product, stock: stocks[j], first: outcomes[cell],
                                              restock: plan.life.restock, demands: UnsafeBufferPointer(demands),
                                              maintenance: UnsafeBufferPointer(maintenance),
                                              discountFactors: UnsafeBufferPointer(factors), seasonProfits: profits)
                npvs[cell] = outcome.npv
                totals.npv[cell].add(outcome.npv)
                if outcome.npv < 0 { totals.losses[cell] += 1 }
                if outcome.paybackSeason > 0 { totals.paidBackIn[cell * seasons + outcome.paybackSeason - 1] += 1 }
                for s in 0..<seasons { totals.seasonProfit[cell * seasons + s].add(profits[s]) }
                npvSketches?[cell].add(outcome.npv)
                if j == planned {
                    totals.preMoldNPV[k].add(outcome.npv + moldCost)
                    preMoldSketches?[k].add(outcome.npv + moldCost)
                }
            }
        }
    }
}

extension LifeChunk {
    /// Draws one trial's demand change and maintenance for seasons 2…K (index 0 is season 2),
    /// shared by every cycle and stock level.
    @inline(__always)
    static func drawShared(change: UnsafeMutableBufferPointer<Double>, maintenance: UnsafeMutableBufferPointer<Double>,
                           demandChange: SamplerRule, maintenanceRule: SamplerRule, stream: UnownedStream) {
        for i in 0..<change.count {
            change[i] = demandChange.draw(stream)
            maintenance[i] = max(0, maintenanceRule.draw(stream))
        }
    }

    /// Draws one cycle's demands of seasons 2…K from its season-1 potential (`TrialModel.firstPotential`)
    /// and the shared changes: the potential itself (distribution form) or a Poisson count of it
    /// from the cycle's life noise stream (signals form).
    @inline(__always)
    static func drawDemands(_ demands: UnsafeMutableBufferPointer<Double>, first: Double,
                            change: UnsafeMutableBufferPointer<Double>, isSignals: Bool, stream: UnownedStream) {
        var potential = first
        for i in 0..<change.count {
            potential = TrialModel.nextPotential(potential, change: change[i])
            demands[i] = isSignals ? stream.poisson(mean: potential) : potential
        }
    }
}
