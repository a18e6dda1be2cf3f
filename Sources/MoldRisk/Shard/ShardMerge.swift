/// A partial result with the name it is known by (its file), for messages.
package struct NamedPartial: Sendable {
    package var name: String
    package var partial: PartialResult

    package init(name: String, partial: PartialResult) {
        self.name = name
        self.partial = partial
    }
}

/// Combines the partial results of a sharded run into the run's result, exactly: the chunk
/// totals are folded in chunk order starting from empty totals, as `Simulation.run` folds them
/// (so every floating-point sum has the same bits), the sketches are added (integer counts,
/// order-free): the same `SimulationOutput` as the unsharded run, which `MoldRiskRun.merge`
/// finishes as `MoldRiskRun.run` does.
package enum ShardMerge {
    /// What a merge rebuilt: the run's scenario source, plan and engine output.
    package struct Folded: Sendable {
        package var source: ScenarioSource
        package var plan: SimulationPlan
        package var output: SimulationOutput
    }

    /// Checks that the partials are the whole of one run — same scenario, seed, trials and shard
    /// count, every shard once — and returns them in shard order. Messages name the files.
    package static func ordered(_ partials: [NamedPartial]) throws(ShardError) -> [NamedPartial] {
        guard let first = partials.first else { throw ShardError("no partial results to merge") }
        let a = first.partial
        for other in partials.dropFirst() {
            let b = other.partial
            let clash: String? =
                if b.fingerprint != a.fingerprint {
                    "\(other.name) is from another scenario than \(first.name) ("
                        + "\(b.scenario.file), fingerprint \(b.scenario.fingerprintText); "
                        + "\(a.scenario.file), fingerprint \(a.scenario.fingerprintText))"
                } else if b.seed != a.seed {
                    "\(other.name) has seed \(b.seed), \(first.name) has seed \(a.seed)"
                } else if b.trials != a.trials {
                    "\(other.name) has \(b.trials) trials, \(first.name) has \(a.trials)"
                } else if b.shard.count != a.shard.count {
                    "\(other.name) is shard \(b.shard.index) of \(b.shard.count), \(first.name) is shard "
                        + "\(a.shard.index) of \(a.shard.count): they split the run differently"
                } else { nil }
            if let clash { throw ShardError("cannot merge: \(clash)") }
        }
        let count = a.shard.count
        var byIndex = [[NamedPartial]](repeating: [], count: count)
        for p in partials { byIndex[p.partial.shard.index].append(p) }
        for (i, given) in byIndex.enumerated() where given.count > 1 {
            let times = given.count == 2 ? "twice" : "\(given.count) times"
            throw ShardError("cannot merge: shard \(i) of \(count) given \(times): "
                + given.map(\.name).joined(separator: ", "))
        }
        let missing = byIndex.indices.filter { byIndex[$0].isEmpty }
        if !missing.isEmpty {
            let list = missing.map(String.init).joined(separator: ", ")
            throw ShardError("cannot merge: missing shard\(missing.count == 1 ? "" : "s") \(list) of \(count)")
        }
        return byIndex.map { $0[0] }
    }

    /// Folds ordered partials (see `ordered`) of a run of `plan` into its output, checking that
    /// every part has the plan's shape.
    package static func output(_ plan: SimulationPlan, _ ordered: [NamedPartial]) throws(ShardError) -> SimulationOutput {
        let cycles = plan.cycles.count
        let stocks = plan.stocks.count
        var totals = RunTotals(cycleCount: cycles, stockCount: stocks)
        var sketches = RunSketches(cycleCount: cycles, stockCount: stocks)
        var next = 0
        var kept: [RunTotals] = []  // the chunk means give a stratified run's standard errors
        for named in ordered {
            let p = named.partial
            func corrupt(_ what: String) -> ShardError { ShardError("\(named.name) is a corrupt partial result: \(what)") }
            guard p.chunkCount == plan.chunkCount, p.chunks.lowerBound == next else {
                throw corrupt("chunks \(p.chunks.lowerBound)..<\(p.chunks.upperBound) do not follow chunk \(next) "
                    + "of \(plan.chunkCount)")
            }
            for (c, chunk) in zip(p.chunks, p.chunkTotals) {
                guard chunk.cycleCount == cycles, chunk.stockCount == stocks else {
                    throw corrupt("chunk \(c) has \(chunk.cycleCount) cycles × \(chunk.stockCount) stocks, "
                        + "the scenario \(cycles) × \(stocks)")
                }
                let expected = plan.trialRange(ofChunk: c).count
                guard chunk.profit.allSatisfy({ $0.count == expected }), chunk.moldCost.count == expected else {
                    throw corrupt("chunk \(c) does not hold its \(expected) trials")
                }
                if let problem = lifeProblem(chunk.life, plan: plan, trials: expected) {
                    throw corrupt("chunk \(c): \(problem)")
                }
                totals.merge(chunk)
                if plan.scenario.sampling.isStratified { kept.append(chunk) }
            }
            let s = p.sketches
            guard s.profit.count == cycles * stocks, s.sellThrough.count == cycles, s.ready.count == cycles,
                  s.demand.count == cycles, s.preMoldProfit.count == cycles else {
                throw corrupt("its sketches do not have the scenario's \(cycles) cycles × \(stocks) stocks")
            }
            let ran = UInt64(p.shardTrials)
            let lifeSketches = plan.life == nil ? 0 : cycles * stocks + cycles
            guard s.lifeNPV.count + s.lifePreMoldNPV.count == lifeSketches,
                  plan.life == nil || (s.lifeNPV.count == cycles * stocks && s.lifePreMoldNPV.count == cycles) else {
                throw corrupt("its life sketches do not match the scenario's [life]")
            }
            guard (s.profit + s.sellThrough + s.ready + s.demand + s.preMoldProfit + s.lifeNPV + s.lifePreMoldNPV)
                .allSatisfy({ $0.count == ran }) else {
                throw corrupt("its sketches do not hold its \(ran) trials")
            }
            sketches.merge(s)
            next = p.chunks.upperBound
        }
        guard next == plan.chunkCount else {
            throw ShardError("cannot merge: the partials cover chunks 0..<\(next) of \(plan.chunkCount)")
        }
        return SimulationOutput(totals: totals, sketches: sketches, chunks: 0..<next,
                                chunkTotals: kept, stoppedEarly: false)
    }

    /// Checks the partials, rebuilds the scenario from their source and folds them into the
    /// run's output.
    package static func folded(_ partials: [NamedPartial]) throws(ShardError) -> Folded {
        let ordered = try ordered(partials)
        let first = ordered[0]
        let source = first.partial.scenario
        let scenario: Scenario
        do {
            scenario = try source.load()
        } catch {
            throw ShardError("\(first.name) holds a scenario that does not load: \(error.description)")
        }
        let plan = SimulationPlan(scenario: scenario, trials: first.partial.trials, seed: first.partial.seed)
        return Folded(source: source, plan: plan, output: try output(plan, ordered))
    }
}
