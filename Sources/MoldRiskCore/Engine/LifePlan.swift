/// The mold's life (`Scenario.life`) compiled for the engine: its samplers built once and the
/// NPV's discount factors precomputed. Its draws come from streams of their own (`LifeStreams`),
/// so adding `[life]` changes no season-1 draw.
package struct LifePlan: Sendable {
    package let life: Life
    /// `life.demand_change`: g_k, one draw a season from the second on, shared by every cycle and stock.
    var demandChange: Sampler
    /// `life.maintenance_per_season`: one draw a season from the second on, shared likewise.
    var maintenance: Sampler
    /// `1 / (1 + r)^(k − 1)` for k = 1 … seasons.
    package let discountFactors: [Double]

    init(_ life: Life) {
        self.life = life
        demandChange = Sampler(life.demandChange)
        maintenance = Sampler(life.maintenancePerSeason)
        discountFactors = life.discountFactors
    }

    /// Seasons, the first included.
    package var seasons: Int { life.seasons }

    /// The first life input whose sampler has parameters GSL cannot take, by key path, or nil
    /// (validation rules these out; see `SimulationPlan.samplerFault`).
    func samplerFault() -> String? {
        for (sampler, key) in [(demandChange, "life.demand_change"), (maintenance, "life.maintenance_per_season")]
        where !sampler.hasLegalParameters {
            return "\(key): the \(sampler.distribution.familyName) parameters are not finite numbers a sampler can take"
        }
        return nil
    }
}

/// The streams of one chunk for the seasons after the first: role 2·2³² draws every season's
/// demand change and maintenance (the same for every cycle and stock level: common random
/// numbers), role 2·2³² + k + 1 cycle k's Poisson counts of the signals form (their number of
/// uniforms depends on the mean, so on their own stream they shift nothing else). Apart from every
/// season-1 role (`ChunkStreams`).
package struct LifeStreams {
    let shared: UnownedStream
    let noise: [UnownedStream]
    private let owners: [RandomStream]

    static let sharedRole = 2 << 32
    static func noiseRole(ofCycle k: Int) -> Int { sharedRole + k + 1 }

    init(plan: SimulationPlan, chunk c: Int) {
        let roles = [Self.sharedRole] + plan.cycles.map { Self.noiseRole(ofCycle: $0.streamIndex) }
        owners = roles.map { RandomStream(runSeed: plan.seed, chunk: c, role: $0) }
        shared = owners[0].unowned
        noise = owners.dropFirst().map(\.unowned)
    }
}
