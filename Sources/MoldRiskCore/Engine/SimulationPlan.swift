/// A scenario compiled for the engine: samplers built once, per-cycle constants precomputed, the
/// stock levels fixed. Immutable and shared by all worker threads.
package struct SimulationPlan: Sendable {
    /// Trials per chunk. Each chunk draws from its own streams, so this number is part of a
    /// result's identity, like the seed: changing it changes the draws.
    package static let chunkSize = 10_000

    package let scenario: Scenario
    package internal(set) var trials: Int
    package let seed: UInt64
    /// The evaluated stock levels, ascending (`Scenario.evaluatedStocks`).
    package let stocks: [Double]
    /// Index of the planned stock (`product.stock`) in `stocks`.
    package let plannedStockIndex: Int
    package internal(set) var moldCost: Sampler
    package internal(set) var cycles: [CyclePlan]
    /// How the inputs are drawn under DESIGN §8.3 (stratified sampling, correlations); nil for
    /// random sampling without correlations, which draws from the samplers' streams.
    package let sampling: SamplingLayout?
    /// The mold's life (`[life]`); nil: one season.
    package let life: LifePlan?

    package init(scenario: Scenario, trials: Int? = nil, seed: UInt64? = nil) {
        self.scenario = scenario
        self.trials = trials ?? scenario.trials
        self.seed = seed ?? scenario.seed
        let stocks = scenario.evaluatedStocks
        self.stocks = stocks
        plannedStockIndex = stocks.firstIndex(of: scenario.product.stock)!
        sampling = SamplingLayout(scenario: scenario)
        moldCost = Sampler(scenario.mold.cost)
        life = scenario.life.map(LifePlan.init)
        cycles = scenario.cycles.indices.map {
            CyclePlan(scenario.cycles[$0], streamIndex: $0, stocks: stocks, mold: scenario.mold)
        }
    }

    /// The plan evaluating cycle k alone, on the same streams as in the whole plan (each cycle
    /// draws from its own, see `ChunkStreams`), so its trials are exactly the whole plan's for that
    /// cycle: what-if runs that change one cycle (a held input, another commitment) need not
    /// re-simulate the others. Its results have one cycle, at index 0.
    package func restricted(toCycle k: Int) -> SimulationPlan {
        var plan = self
        plan.cycles = [cycles[k]]
        return plan
    }

    /// Number of chunks the trials split into (the last may be short).
    package var chunkCount: Int { (trials + Self.chunkSize - 1) / Self.chunkSize }

    /// The trial range of chunk c.
    package func trialRange(ofChunk c: Int) -> Range<Int> {
        (c * Self.chunkSize)..<min(trials, (c + 1) * Self.chunkSize)
    }
}

/// One cycle compiled for drawing and evaluation.
package struct CyclePlan: Sendable {
    package let cycle: Cycle
    /// The cycle's index in the scenario: which streams it draws from (`ChunkStreams`).
    let streamIndex: Int
    package internal(set) var research: Sampler
    package internal(set) var tooling: Sampler
    package internal(set) var reworkDays: Sampler
    package internal(set) var reworkCost: Sampler
    /// Demand in units (distribution form) or visitors (signals form).
    package internal(set) var demandOrVisitors: Sampler
    let isSignals: Bool
    package let posteriorAlpha: Double
    package let posteriorBeta: Double
    /// False when the Beta posterior is not finite and positive (validation rules it out); the
    /// plan then draws from Beta(1, 1) so that GSL never receives it (`SimulationPlan.samplerFault`).
    let hasLegalPosterior: Bool
    /// Production days at each evaluated stock level.
    let productionDays: [Double]
    /// Inputs held at a fixed value for sensitivity analysis (none in a normal run).
    package internal(set) var pins = CyclePins()

    init(_ cycle: Cycle, streamIndex: Int, stocks: [Double], mold: Mold) {
        self.cycle = cycle
        self.streamIndex = streamIndex
        research = Sampler(cycle.researchDays)
        tooling = Sampler(cycle.moldDays)
        reworkDays = Sampler(cycle.reworkDays)
        reworkCost = Sampler(cycle.reworkCost)
        switch cycle.demand.source {
        case let .units(units):
            demandOrVisitors = Sampler(units)
            isSignals = false
            hasLegalPosterior = true
            posteriorAlpha = 0
            posteriorBeta = 0
        case let .signals(signals):
            demandOrVisitors = Sampler(signals.visitors)
            isSignals = true
            let (alpha, beta) = signals.posterior
            let legal = alpha > 0 && alpha < .infinity && beta > 0 && beta < .infinity
            (posteriorAlpha, posteriorBeta) = legal ? (alpha, beta) : (1, 1)
            hasLegalPosterior = legal
        }
        productionDays = stocks.map { TrialModel.productionDays(stock: $0, capacityPerDay: mold.capacityPerDay) }
    }
}

/// Inputs of one cycle held fixed while their random numbers are still consumed, so that every
/// other draw of every trial stays the same (common random numbers for the tornado).
package struct CyclePins: Sendable {
    /// Rework happens (true) or not (false) in every trial.
    package var rework: Bool?
    /// The drift's standard normal z.
    package var driftZ: Double?
    /// The conversion rate of the signals form.
    package var conversion: Double?
    /// The signals form's conversion rate drawn from the scenario's posterior and moved to the
    /// same quantile of another posterior (a preposterior re-run, `BetaCoupling`).
    package var conversionCoupling: BetaCoupling?
}
