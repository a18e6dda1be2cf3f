/// One chunk's seasons after the first (DESIGN §8.1), drawn trial by trial and evaluated per cell:
/// the chunk's life streams, the draw rules and the buffers they fill, allocated once per chunk and
/// freed with the last copy of the value. The engine (`LifeChunk`) and the stock search (`StockSample`) both draw
/// and evaluate the later seasons through it, so they cannot drift apart.
struct LifeSeasons {
    let plan: LifePlan
    let streams: LifeStreams
    let demandChange: SamplerRule
    let maintenanceRule: SamplerRule
    private let storage: (change: OwnedBuffer<Double>, maintenance: OwnedBuffer<Double>, demands: OwnedBuffer<Double>,
                          profits: OwnedBuffer<Double>, factors: OwnedBuffer<Double>)
    /// Season k + 2's demand change and maintenance at index k, shared by every cycle and stock.
    var change: UnsafeMutableBufferPointer<Double> { storage.change.buffer }
    var maintenance: UnsafeMutableBufferPointer<Double> { storage.maintenance.buffer }
    /// One cycle's demands of seasons 2…K (`drawDemands`).
    var demands: UnsafeMutableBufferPointer<Double> { storage.demands.buffer }
    /// The last evaluated cell's profit per season, season 1 first (`life`).
    var profits: UnsafeMutableBufferPointer<Double> { storage.profits.buffer }
    /// `1 / (1 + r)^(k − 1)` for k = 1 … seasons.
    var factors: UnsafeMutableBufferPointer<Double> { storage.factors.buffer }

    init(plan: LifePlan, simulation: SimulationPlan, chunk c: Int) {
        self.plan = plan
        streams = LifeStreams(plan: simulation, chunk: c)
        demandChange = plan.demandChange.rule
        maintenanceRule = plan.maintenance.rule
        let later = max(0, plan.seasons - 1)
        var factors = plan.discountFactors
        storage = (OwnedBuffer(later, 0), OwnedBuffer(later, 0), OwnedBuffer(later, 0), OwnedBuffer(plan.seasons, 0),
                   OwnedBuffer(taking: &factors))
    }

    /// Draws the next trial's demand change and maintenance for seasons 2…K.
    @inline(__always)
    func drawShared() {
        let stream = streams.shared
        for i in 0..<change.count {
            change[i] = demandChange.draw(stream)
            maintenance[i] = max(0, maintenanceRule.draw(stream))
        }
    }

    /// Draws cycle k's (its index among the plan's cycles) demands of seasons 2…K from its season-1
    /// potential (`TrialModel.firstPotential`) and the shared changes: the potential itself
    /// (distribution form) or a Poisson count of it from the cycle's life noise stream (signals form).
    @inline(__always)
    func drawDemands(cycle k: Int, first: Double, isSignals: Bool) {
        var potential = first
        for i in 0..<change.count {
            potential = TrialModel.nextPotential(potential, change: change[i])
            demands[i] = isSignals ? streams.noise[k].poisson(mean: potential) : potential
        }
    }

    /// The life of one cell on the seasons last drawn: `first` is its season 1, `stock` its stock;
    /// each season's profit goes to `profits`.
    @inline(__always)
    func life(product: Product, stock: Double, first: Outcome) -> LifeOutcome {
        TrialModel.life(product: product, stock: stock, first: first, restock: plan.life.restock,
                        demands: UnsafeBufferPointer(demands), maintenance: UnsafeBufferPointer(maintenance),
                        discountFactors: UnsafeBufferPointer(factors), seasonProfits: profits)
    }
}
