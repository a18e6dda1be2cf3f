import Foundation

/// The partial file: one JSON object (UTF-8, keys sorted, one line) —
/// ```
/// { "format": "moldrisk-partial", "formatVersion": 4, "moldriskVersion": "0.1.0",
///   "generator": "…", "chunkSize": 10000,
///   "scenario": { "text": "…", "file": "scenarios/cup.toml", "stem": "cup", "overrides": [] },
///   "fingerprint": "fnv1a64:…", "trials": 70000, "seed": 11,
///   "shard": { "index": 1, "count": 3 }, "chunkCount": 7, "chunks": [2, 4],
///   "chunkTotals": [ RunTotals, … ], "sketches": RunSketches }
/// ```
/// JSON because a partial is then self-describing and inspectable (`jq .shard part.json`),
/// and Swift writes each Double in its shortest form that reads back to the same bits, so the
/// round trip is exact; sketches are sparse and chunk totals small (about 2 KB a chunk), so the
/// size stays modest. Reading checks the format and versions first (so a partial from another
/// version gets that message, not a parse error), then every part's shape.
extension PartialResult {
    /// The file's text.
    package func encodedText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        // Every part is plain data (numbers, strings, arrays): encoding cannot fail.
        let data = try! encoder.encode(File(self))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a partial file's bytes; `name` names the file in errors.
    package static func decode(_ data: Data, name: String) throws(ShardError) -> PartialResult {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw ShardError("\(name) is not a moldrisk partial result (not valid JSON: \(describe(error)))")
        }
        guard header.format == formatName, let format = header.formatVersion, let version = header.moldriskVersion else {
            throw ShardError("\(name) is not a moldrisk partial result (no \"format\": \"\(formatName)\")")
        }
        guard format == formatVersion, version == MoldRiskVersion.current else {
            throw ShardError("\(name) was written by moldrisk \(version) (partial format \(format)); this is moldrisk "
                + "\(MoldRiskVersion.current) (partial format \(formatVersion)): run the shards and the merge with one version")
        }
        let partial: PartialResult
        do {
            partial = try decoder.decode(File.self, from: data).partial
        } catch {
            throw ShardError("\(name) is a corrupt partial result: \(describe(error))")
        }
        if let problem = partial.inconsistency {
            throw ShardError("\(name) is a corrupt partial result: \(problem)")
        }
        return partial
    }

    /// What does not add up inside the partial on its own, or nil.
    var inconsistency: String? {
        if fingerprint != scenario.fingerprint { return "its fingerprint does not match its scenario" }
        if generator != RandomStream.generatorName || chunkSize != SimulationPlan.chunkSize {
            return "generator '\(generator)' with chunks of \(chunkSize) trials, not this moldrisk's"
        }
        guard Scenario.trialsRange.contains(trials) else { return "\(trials) trials" }
        let expected = (trials + chunkSize - 1) / chunkSize
        if chunkCount != expected { return "\(chunkCount) chunks for \(trials) trials (expected \(expected))" }
        if shard.count > chunkCount { return "shard \(shard) of a run of \(chunkCount) chunks" }
        if chunks != shard.chunks(of: chunkCount) {
            return "shard \(shard) holds chunks \(chunks.lowerBound)..<\(chunks.upperBound), expected "
                + "\(shard.chunks(of: chunkCount).lowerBound)..<\(shard.chunks(of: chunkCount).upperBound)"
        }
        if chunkTotals.count != chunks.count { return "\(chunkTotals.count) chunk totals for \(chunks.count) chunks" }
        return contentProblem
    }

    /// A decoding error in a few words, with where it happened.
    static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case let DecodingError.keyNotFound(key, context): return "missing \"\(key.stringValue)\"\(path(context))"
        case let DecodingError.typeMismatch(type, context): return "expected \(type)\(path(context))"
        case let DecodingError.valueNotFound(type, context): return "missing \(type) value\(path(context))"
        case let DecodingError.dataCorrupted(context):
            let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            return (context.codingPath.isEmpty ? detail.split(separator: "\n").first.map(String.init) ?? detail
                : context.debugDescription) + path(context)
        default: return "\(error)"
        }
    }

    /// The leading fields, read first.
    private struct Header: Decodable {
        var format: String?
        var formatVersion: Int?
        var moldriskVersion: String?
    }

    /// The file layout.
    private struct File: Codable {
        var format: String
        var formatVersion: Int
        var moldriskVersion: String
        var generator: String
        var chunkSize: Int
        var scenario: SourceFields
        var fingerprint: String
        var trials: Int
        var seed: UInt64
        var shard: Shard
        var chunkCount: Int
        var chunks: [Int]
        var chunkTotals: [RunTotals]
        var sketches: RunSketches

        struct SourceFields: Codable {
            var text: String
            var file: String
            var stem: String
            var overrides: [String]
        }

        init(_ p: PartialResult) {
            format = PartialResult.formatName
            formatVersion = PartialResult.formatVersion
            moldriskVersion = p.moldriskVersion
            generator = p.generator
            chunkSize = p.chunkSize
            scenario = SourceFields(text: p.scenario.text, file: p.scenario.file, stem: p.scenario.stem,
                                    overrides: p.scenario.overrides)
            fingerprint = "fnv1a64:" + p.scenario.fingerprintText
            trials = p.trials
            seed = p.seed
            shard = p.shard
            chunkCount = p.chunkCount
            chunks = [p.chunks.lowerBound, p.chunks.upperBound]
            chunkTotals = p.chunkTotals
            sketches = p.sketches
        }

        var partial: PartialResult {
            get throws {
                let source = ScenarioSource(text: scenario.text, file: scenario.file, overrides: scenario.overrides)
                guard chunks.count == 2, chunks[0] <= chunks[1] else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "chunks is not [first, end]"))
                }
                guard fingerprint.hasPrefix("fnv1a64:"), let value = UInt64(fingerprint.dropFirst(8), radix: 16) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "fingerprint '\(fingerprint)' is not fnv1a64:<hex>"))
                }
                var p = PartialResult(scenario: source, trials: trials, seed: seed, shard: shard, chunkCount: chunkCount,
                                      chunks: chunks[0]..<chunks[1], chunkTotals: chunkTotals, sketches: sketches)
                p.moldriskVersion = moldriskVersion
                p.generator = generator
                p.chunkSize = chunkSize
                p.fingerprint = value
                return p
            }
        }
    }
}
