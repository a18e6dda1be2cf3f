/// What one shard of a run accumulated, with everything `merge` needs to check that shards
/// belong together and to rebuild the run's report: the scenario's source and fingerprint,
/// trials, seed, the shard, its chunk range, each chunk's exact totals (folded by `merge` in
/// chunk order exactly as `Simulation.run` folds them) and the shard's sketches (integer
/// counts: they merge in any order).
///
/// The file format is JSON (see `PartialResult+Serialization.swift`); `formatVersion` changes
/// whenever the engine's accumulated state or this layout changes.
package struct PartialResult: Sendable, Equatable {
    /// Identifies the file type.
    package static let formatName = "moldrisk-partial"
    /// Version of this layout.
    package static let formatVersion = 4

    package var moldriskVersion: String
    /// Generator and chunk size: with the seed they fix every draw (informative; a change of
    /// either comes with a new moldrisk version).
    package var generator: String
    package var chunkSize: Int
    package var scenario: ScenarioSource
    /// `scenario.fingerprint` when written; checked again when read.
    package var fingerprint: UInt64
    package var trials: Int
    package var seed: UInt64
    package var shard: Shard
    /// Chunks in the whole run.
    package var chunkCount: Int
    /// This shard's chunks, `shard.chunks(of: chunkCount)`.
    package var chunks: Range<Int>
    /// Each chunk's totals, in chunk order.
    package var chunkTotals: [RunTotals]
    package var sketches: RunSketches

    package init(scenario: ScenarioSource, trials: Int, seed: UInt64, shard: Shard, chunkCount: Int,
                chunks: Range<Int>, chunkTotals: [RunTotals], sketches: RunSketches) {
        moldriskVersion = MoldRiskVersion.current
        generator = RandomStream.generatorName
        chunkSize = SimulationPlan.chunkSize
        self.scenario = scenario
        fingerprint = scenario.fingerprint
        self.trials = trials
        self.seed = seed
        self.shard = shard
        self.chunkCount = chunkCount
        self.chunks = chunks
        self.chunkTotals = chunkTotals
        self.sketches = sketches
    }

    /// Runs `shard`'s chunks of the plan (the plan's scenario must be `source` loaded, with the
    /// plan's trials and seed). Throws if there are fewer chunks than shards.
    package static func run(_ plan: SimulationPlan, source: ScenarioSource, shard: Shard, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(ShardError) -> PartialResult {
        let chunkCount = plan.chunkCount
        guard shard.count <= chunkCount else {
            throw ShardError("cannot split \(plan.trials) trials into \(shard.count) shards: they make only "
                + "\(chunkCount) chunk\(chunkCount == 1 ? "" : "s") of \(SimulationPlan.chunkSize) trials; "
                + "use at most \(chunkCount) shard\(chunkCount == 1 ? "" : "s") or more trials")
        }
        let chunks = shard.chunks(of: chunkCount)
        let options = SimulationOptions(chunks: chunks, keepChunkTotals: true, progress: progress)
        let output = Simulation.run(plan, threads: threads, options: options)
        if let fault = SimulationFault.of(plan, output.totals) {
            throw ShardError("internal error: \(fault); no partial result written")
        }
        return PartialResult(scenario: source, trials: plan.trials, seed: plan.seed, shard: shard,
                             chunkCount: chunkCount, chunks: output.chunks, chunkTotals: output.chunkTotals,
                             sketches: output.sketches)
    }

    /// Trials this shard ran.
    package var shardTrials: Int { chunkTotals.reduce(0) { $0 + $1.trials } }
}
