/// Where a scenario came from, kept in a partial result so `merge` can rebuild the very same
/// `Scenario` (and name the report) without the original file.
public struct ScenarioSource: Sendable, Equatable, Codable {
    /// The file's text, exactly as read.
    public var text: String
    /// The path the scenario was loaded from, as given (its stem is the default scenario name and
    /// names the report `reports/<stem>.<ext>`).
    public var file: String
    /// Raw `--set KEY=VALUE` overrides, in order, re-applied when the scenario is rebuilt.
    public var overrides: [String]

    public init(text: String, file: String, overrides: [String] = []) {
        self.text = text
        self.file = file
        self.overrides = overrides
    }

    /// The file name without folders and extension (`scenarios/cup.toml` → `cup`).
    public var stem: String { ScenarioParser.stem(of: file) }

    /// FNV-1a 64 of the text, the stem and the overrides, each followed by a NUL byte (which
    /// none of them can contain). Two sources with one fingerprint give the same scenario.
    public var fingerprint: UInt64 {
        var h = FNV1a64()
        for part in [text, stem] + overrides {
            h.add(part)
            h.add([0])
        }
        return h.value
    }

    /// The fingerprint as 16 hex digits.
    public var fingerprintText: String {
        let hex = String(fingerprint, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Parses and validates the text with the overrides applied, as `run` did.
    public func load() throws(ScenarioError) -> Scenario {
        try ScenarioLoader.parse(text, file: file, overrides: overrides)
    }
}

extension ScenarioLoader {
    /// A scenario file's text, or a `ScenarioError` saying why it cannot be read (missing, a
    /// folder, unreadable, not UTF-8). `parse(text, file:)` then gives what `load(path:)` gives.
    public static func readText(path: String) throws(ScenarioError) -> String {
        try ScenarioFile.readText(path: path)
    }
}

/// What one shard of a run accumulated, with everything `merge` needs to check that shards
/// belong together and to rebuild the run's report: the scenario's source and fingerprint,
/// trials, seed, the shard, its chunk range, each chunk's exact totals (folded by `merge` in
/// chunk order exactly as `Simulation.run` folds them) and the shard's sketches (integer
/// counts: they merge in any order).
///
/// The file format is JSON (see `PartialResult+Serialization.swift`); `formatVersion` changes
/// whenever the engine's accumulated state or this layout changes.
public struct PartialResult: Sendable, Equatable {
    /// Identifies the file type.
    public static let formatName = "moldrisk-partial"
    /// Version of this layout.
    public static let formatVersion = 2

    public var moldriskVersion: String
    /// Generator and chunk size: with the seed they fix every draw (informative; a change of
    /// either comes with a new moldrisk version).
    public var generator: String
    public var chunkSize: Int
    public var scenario: ScenarioSource
    /// `scenario.fingerprint` when written; checked again when read.
    public var fingerprint: UInt64
    public var trials: Int
    public var seed: UInt64
    public var shard: Shard
    /// Chunks in the whole run.
    public var chunkCount: Int
    /// This shard's chunks, `shard.chunks(of: chunkCount)`.
    public var chunks: Range<Int>
    /// Each chunk's totals, in chunk order.
    public var chunkTotals: [RunTotals]
    public var sketches: RunSketches

    public init(scenario: ScenarioSource, trials: Int, seed: UInt64, shard: Shard, chunkCount: Int,
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
    public static func run(_ plan: SimulationPlan, source: ScenarioSource, shard: Shard, threads: Int,
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
        if let fault = plan.samplerFault() ?? output.totals.fault?.message(in: plan.scenario) {
            throw ShardError("internal error: \(fault); no partial result written")
        }
        return PartialResult(scenario: source, trials: plan.trials, seed: plan.seed, shard: shard,
                             chunkCount: chunkCount, chunks: output.chunks, chunkTotals: output.chunkTotals,
                             sketches: output.sketches)
    }

    /// Trials this shard ran.
    public var shardTrials: Int { chunkTotals.reduce(0) { $0 + $1.trials } }
}
