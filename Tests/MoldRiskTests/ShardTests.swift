import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Shards: partial results of a run's chunk ranges, written out, read back and merged, give
/// exactly the unsharded run; partials that do not belong together are refused by name.
@Suite(TestTimeLimit.minutes(20)) struct ShardTests {
    /// 65 000 trials: 7 chunks, the last one short (5 000 trials).
    static let trials = 65_000
    static let scenario = ScenarioSamples.rinseCups(trials: trials)
    static let plan = SimulationPlan(scenario: scenario)
    /// The in-code scenario has no file; merge's fold and analysis do not need one.
    static let source = ScenarioSource(text: "# rinse cups, built in code\n", file: "rinse-cups.toml")

    /// Shard i of n of the plan, written to its file text and read back.
    static func partial(_ i: Int, of n: Int, plan: SimulationPlan = plan, source: ScenarioSource = source,
                        threads: Int = 2) throws -> NamedPartial {
        let p = try PartialResult.run(plan, source: source, shard: Shard(index: i, count: n), threads: threads)
        let read = try PartialResult.decode(Data(p.encodedText().utf8), name: "\(i).partial")
        return NamedPartial(name: "\(i).partial", partial: read)
    }

    static func merged(_ partials: [NamedPartial], plan: SimulationPlan = plan) throws -> (SimulationOutput, RunResult) {
        let output = try ShardMerge.output(plan, ShardMerge.ordered(partials))
        return (output, RunAnalysis.analyse(plan, output))
    }

    // MARK: Merging gives the unsharded run

    @Test(arguments: [1, 2, 3, 7])
    func mergedShardsEqualTheUnshardedRun(shards n: Int) throws {
        #expect(Self.plan.chunkCount == 7)
        let whole = Simulation.run(Self.plan, threads: 2)
        let unsharded = try MoldRiskRun.run(Self.scenario, threads: 2)
        let partials = try (0..<n).map { try Self.partial($0, of: n, threads: 1 + $0 % 2) }
        let (output, result) = try Self.merged(partials)
        #expect(output.totals == whole.totals)
        #expect(output.sketches == whole.sketches)
        #expect(Self.bitPatterns(output.totals) == Self.bitPatterns(whole.totals))
        #expect(result == unsharded)
    }

    @Test func shardsGivenOutOfOrderMergeTheSame() throws {
        let partials = try (0..<3).map { try Self.partial($0, of: 3) }
        let (_, inOrder) = try Self.merged(partials)
        let (_, reversed) = try Self.merged(partials.reversed())
        let (_, shuffled) = try Self.merged([partials[1], partials[2], partials[0]])
        #expect(inOrder == reversed)
        #expect(inOrder == shuffled)
        #expect(inOrder == (try MoldRiskRun.run(Self.scenario, threads: 2)))
    }

    /// The merge must fold in chunk order: folding the same chunk totals in another order gives
    /// other floating-point sums, which is what the equality above would catch.
    @Test func foldingChunkTotalsOutOfOrderWouldChangeTheSums() throws {
        let all = try Self.partial(0, of: 1).partial.chunkTotals
        var inOrder = RunTotals(cycleCount: 2, stockCount: Self.plan.stocks.count)
        var reversed = inOrder
        for t in all { inOrder.merge(t) }
        for t in all.reversed() { reversed.merge(t) }
        #expect(inOrder.trials == reversed.trials)
        #expect(Self.bitPatterns(inOrder) != Self.bitPatterns(reversed))
        #expect(inOrder == Simulation.run(Self.plan, threads: 1).totals)
    }

    @Test func theWholePipelineFromScenarioTextMatchesTheRun() throws {
        let source = ScenarioSource(text: CLI.smallScenario, file: "scenarios/cup.toml")
        let scenario = try source.load()
        let plan = SimulationPlan(scenario: scenario, trials: 42_000, seed: 7)
        let partials = try [2, 0, 3, 1].map { try Self.partial($0, of: 4, plan: plan, source: source) }
        let merged = try MoldRiskRun.merge(partials, options: .init(threads: 2))
        #expect(merged.result == (try MoldRiskRun.run(scenario, trials: 42_000, seed: 7, threads: 2)))
        #expect(merged.source == source)
        #expect(merged.result.scenario.name == "小杯 small cup")
    }

    @Test func overridesTravelInThePartialAndAreReappliedWithTheTornado() throws {
        let overrides = ["product.stock=80000", "cycles.traditional.rework_probability=0.5"]
        let source = ScenarioSource(text: CLI.smallScenario, file: "cup.toml", overrides: overrides)
        let plain = ScenarioSource(text: CLI.smallScenario, file: "cup.toml")
        #expect(source.fingerprint != plain.fingerprint)
        let scenario = try source.load()
        #expect(scenario.product.stock == 80_000)
        let plan = SimulationPlan(scenario: scenario, trials: 30_000)
        let partials = try [1, 0].map { try Self.partial($0, of: 2, plan: plan, source: source) }
        #expect(partials[0].partial.scenario.overrides == overrides)
        let merged = try MoldRiskRun.merge(partials, options: .init(threads: 2, sensitivity: true))
        let run = try MoldRiskRun.run(scenario, options: .init(trials: 30_000, threads: 1, sensitivity: true))
        #expect(merged.result == run)
        #expect(try !merged.result.cycles[0].tornadoBars().isEmpty)
        #expect(merged.result.scenario.overrides.count == 2)
    }

    @Test func aScenarioWithoutANameIsNamedAfterTheRecordedFile() throws {
        let text = CLI.smallScenario.replacingOccurrences(of: "name = \"小杯 small cup\"\n", with: "")
        let source = ScenarioSource(text: text, file: "elsewhere/mug.toml")
        let plan = SimulationPlan(scenario: try source.load(), trials: 20_000)
        let partials = try (0..<2).map { try Self.partial($0, of: 2, plan: plan, source: source) }
        #expect(try MoldRiskRun.merge(partials, options: .init(threads: 1)).result.scenario.name == "mug")
    }

    // MARK: Shards and chunk ranges

    @Test func shardsCoverEveryChunkOnceInOrderAndDifferByAtMostOneChunk() {
        for chunks in 1...23 {
            for n in 1...chunks {
                let ranges = (0..<n).map { Shard(index: $0, count: n).chunks(of: chunks) }
                #expect(ranges.first?.lowerBound == 0)
                #expect(ranges.last?.upperBound == chunks)
                #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
                let sizes = ranges.map(\.count)
                #expect(sizes.min()! >= 1 && sizes.max()! - sizes.min()! <= 1, "\(chunks) chunks, \(n) shards")
            }
        }
        #expect(Shard(index: 1, count: 3).chunks(of: 7) == 2..<4)
        #expect(Shard(index: 2, count: 3).chunks(of: 7) == 4..<7)
    }

    @Test func shardArgumentsAreParsedStrictly() throws {
        #expect(try Shard(parsing: "2/8") == Shard(index: 2, count: 8))
        #expect(try Shard(parsing: "0/1") == Shard(index: 0, count: 1))
        for bad in ["3/3", "x", "1/0", "-1/2", "1/2/3", "1", "/2", "1/", " 1/2", "a/b"] {
            #expect(throws: ShardError.self, "\(bad)") { try Shard(parsing: bad) }
        }
        #expect(throws: ShardError("the index I must be in 0…2 (shards are numbered from 0)")) {
            try Shard(parsing: "3/3")
        }
    }

    @Test func moreShardsThanChunksIsRefused() {
        let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 25_000))
        #expect(throws: ShardError.self) {
            try PartialResult.run(plan, source: Self.source, shard: Shard(index: 0, count: 4), threads: 1)
        }
        #expect((try? PartialResult.run(plan, source: Self.source, shard: Shard(index: 2, count: 3), threads: 1)) != nil)
    }

    // MARK: Serialisation

    @Test func aPartialRoundTripsThroughItsFileText() throws {
        let p = try PartialResult.run(Self.plan, source: Self.source, shard: Shard(index: 1, count: 3), threads: 2)
        let text = p.encodedText()
        let read = try PartialResult.decode(Data(text.utf8), name: "p")
        #expect(read == p)
        #expect(read.chunkTotals == p.chunkTotals)
        #expect(read.sketches == p.sketches)
        #expect(read.chunkTotals.map(Self.bitPatterns) == p.chunkTotals.map(Self.bitPatterns))
        expectSameBytes(read.encodedText(), text, "re-encoded partial")
        #expect(read.chunks == 2..<4 && read.chunkCount == 7 && read.shardTrials == 20_000)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(json?["format"] as? String == "moldrisk-partial")
        #expect(json?["formatVersion"] as? Int == PartialResult.formatVersion)
        #expect(json?["moldriskVersion"] as? String == MoldRiskVersion.current)
        #expect((json?["scenario"] as? [String: Any])?["stem"] as? String == "rinse-cups")
    }

    @Test func aSketchRoundTripsExactly() throws {
        let awkward: [Double] = [-0.0, 0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 0.1 + 0.2, -1.0e12, 3.0e20, -7.5, 1.0 / 3.0,
                                 123_456.789, 0x1p-20, -0x1p44, 0x1.fffffffffffffp43, 1e-7, 9.9]
        var sketch = ValueSketch()
        for (i, x) in awkward.enumerated() {
            for _ in 0...i { sketch.add(x) }
        }
        for x in stride(from: -50_000.0, through: 80_000, by: 13.7) { sketch.add(x) }
        let read = try Self.roundTrip(sketch)
        #expect(read == sketch)
        #expect(read.minimum.bitPattern == sketch.minimum.bitPattern)
        #expect(read.maximum.bitPattern == sketch.maximum.bitPattern)
        let levels = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1]
        #expect(read.quantiles(levels).map(\.bitPattern) == sketch.quantiles(levels).map(\.bitPattern))
        #expect(read.lowerTailMean(count: 100).bitPattern == sketch.lowerTailMean(count: 100).bitPattern)

        // A sketch keeps one zero (−0 is stored as +0), and that zero round-trips bit for bit.
        let single = try Self.roundTrip({ var s = ValueSketch(); s.add(-0.0); return s }())
        #expect(single.minimum.bitPattern == (0.0).bitPattern && single.count == 1)
        let subnormal = Double.leastNonzeroMagnitude  // 4.9e-324, the smallest subnormal
        let tiny = try Self.roundTrip({ var s = ValueSketch(); s.add(-subnormal); s.add(subnormal); return s }())
        #expect(tiny.minimum.bitPattern == (-subnormal).bitPattern && tiny.maximum.bitPattern == subnormal.bitPattern)
        let empty = try Self.roundTrip(ValueSketch())
        #expect(empty == ValueSketch() && empty.minimum == .infinity && empty.maximum == -.infinity)
    }

    @Test func aSketchWritesItsBucketsSparsely() throws {
        var sketch = ValueSketch()
        sketch.add(1.0)
        sketch.add(1.0)
        sketch.add(1_000_000.0)
        sketch.add(-2.0)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(sketch)) as? [String: Any]
        let positive = json?["positive"] as? [[Int]]
        #expect(positive?.count == 2)
        #expect(positive?.map(\.count) == [2, 2])
        #expect(positive?.first?.last == 2)
        #expect((json?["negative"] as? [[Int]])?.count == 1)
    }

    @Test func momentsRoundTripBitForBit() throws {
        var m = Moments()
        for x in [0.1, 0.2, 0.3, 1e150 / 3, -.leastNonzeroMagnitude, 7.0 / 3.0] { m.add(x) }
        let read = try JSONDecoder().decode(Moments.self, from: JSONEncoder().encode(m))
        #expect(read.count == m.count)
        #expect(read.mean.bitPattern == m.mean.bitPattern)
        #expect(read.m2.bitPattern == m.m2.bitPattern)
    }

    // MARK: Refusals

    @Test func damagedFilesAreRefusedAsCorrupt() throws {
        let text = try Self.partial(0, of: 7).partial.encodedText()
        func message(_ text: String) -> String {
            do {
                _ = try PartialResult.decode(Data(text.utf8), name: "x.partial")
                return "accepted"
            } catch {
                return error.message
            }
        }
        #expect(message("hello").hasPrefix("x.partial is not a moldrisk partial result"))
        #expect(message("{\"format\": \"something-else\"}").hasPrefix("x.partial is not a moldrisk partial result"))
        #expect(message(String(text.prefix(text.count / 2))).hasPrefix("x.partial is not a moldrisk partial result"))
        let version = text.replacingOccurrences(of: "\"moldriskVersion\":\"\(MoldRiskVersion.current)\"",
                                                with: "\"moldriskVersion\":\"0.0.1\"")
        #expect(message(version).contains("x.partial was written by moldrisk 0.0.1 (partial format \(PartialResult.formatVersion))"))
        let format = text.replacingOccurrences(of: "\"formatVersion\":\(PartialResult.formatVersion)",
                                               with: "\"formatVersion\":\(PartialResult.formatVersion + 1)")
        #expect(message(format).contains("(partial format \(PartialResult.formatVersion + 1)); this is moldrisk"))
        let seed = text.replacingOccurrences(of: "\"seed\":", with: "\"sed\":")
        #expect(message(seed) == "x.partial is a corrupt partial result: missing \"seed\"")
        let scenarioEdit = text.replacingOccurrences(of: "built in code", with: "built in mode")
        #expect(message(scenarioEdit) == "x.partial is a corrupt partial result: its fingerprint does not match its scenario")
        let count = text.replacingOccurrences(of: "{\"count\":10000,", with: "{\"count\":10001,")
        #expect(count != text)
        #expect(message(count).hasPrefix("x.partial is a corrupt partial result: value sketch: bucket counts do not add up"))
        let chunks = text.replacingOccurrences(of: "\"chunks\":[0,1]", with: "\"chunks\":[0,2]")
        #expect(message(chunks).hasPrefix("x.partial is a corrupt partial result: shard 0/7 holds chunks 0..<2"))
        #expect(message(text) == "accepted")
    }

    @Test func partialsOfAnotherRunAreRefusedByName() throws {
        let a = try Self.partial(0, of: 2)
        let b = try Self.partial(1, of: 2)
        func message(_ partials: [NamedPartial]) -> String {
            do {
                _ = try ShardMerge.ordered(partials)
                return "accepted"
            } catch {
                return error.message
            }
        }
        #expect(message([a, b]) == "accepted")
        var seed = b
        seed.name = "seed.partial"
        seed.partial = try Self.partial(1, of: 2, plan: SimulationPlan(scenario: Self.scenario, seed: 5)).partial
        #expect(message([a, seed]) == "cannot merge: seed.partial has seed 5, 0.partial has seed 20201111")
        var trials = b
        trials.name = "trials.partial"
        trials.partial = try Self.partial(1, of: 2, plan: SimulationPlan(scenario: Self.scenario, trials: 30_000)).partial
        #expect(message([a, trials]) == "cannot merge: trials.partial has 30000 trials, 0.partial has 65000")
        var other = b
        other.name = "other.partial"
        other.partial = try Self.partial(1, of: 2, source: ScenarioSource(text: "other", file: "other.toml")).partial
        #expect(message([a, other]).hasPrefix("cannot merge: other.partial is from another scenario than 0.partial (other.toml, fingerprint "))
        var three = try Self.partial(2, of: 3)
        three.name = "three.partial"
        #expect(message([a, three]) == "cannot merge: three.partial is shard 2 of 3, 0.partial is shard 0 of 2: they split the run differently")
        var again = a
        again.name = "again.partial"
        #expect(message([a, b, again]) == "cannot merge: shard 0 of 2 given twice: 0.partial, again.partial")
        #expect(message([b]) == "cannot merge: missing shard 0 of 2")
        let sevenths = try [0, 3, 5].map { try Self.partial($0, of: 7) }
        #expect(message(sevenths) == "cannot merge: missing shards 1, 2, 4, 6 of 7")
        #expect(message([]) == "no partial results to merge")
    }

    @Test func aPartialOfAnotherShapeIsRefusedWhenFolded() throws {
        var a = try Self.partial(0, of: 2)
        let b = try Self.partial(1, of: 2)
        a.partial.chunkTotals[1] = b.partial.chunkTotals.last!  // the short last chunk in a full one's place
        #expect(throws: ShardError("0.partial is a corrupt partial result: chunk 1 does not hold its 10000 trials")) {
            try ShardMerge.output(Self.plan, ShardMerge.ordered([a, b]))
        }
    }

    // MARK: Helpers

    static func roundTrip(_ sketch: ValueSketch) throws -> ValueSketch {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(ValueSketch.self, from: encoder.encode(sketch))
    }

    /// Every floating-point number of the totals, as bits (== on Double would let −0 pass for 0).
    static func bitPatterns(_ t: RunTotals) -> [UInt64] {
        (t.profit + t.sellThrough + t.reworkCost + [t.moldCost] + t.difference)
            .flatMap { [UInt64($0.count), $0.mean.bitPattern, $0.m2.bitPattern] }
    }
}
