import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Issue 25 item 11: `merge` does not take shards on trust. Partials edited consistently (so
/// that every check of the file alone passes) are refused by re-running chunks bit for bit, and
/// totals no scenario can produce are refused on reading. Each case was accepted before.
@Suite struct ShardVerificationTests {
    /// The small cup scenario from its text, 42,000 trials: 5 chunks, 2 shards of 2 and 3 chunks.
    static let source = ScenarioSource(text: CLI.smallScenario, file: "scenarios/cup.toml")
    static let plan = SimulationPlan(scenario: try! source.load(), trials: 42_000, seed: 7)
    static let partials: [NamedPartial] = (0..<2).map { try! ShardTests.partial($0, of: 2, plan: plan, source: source) }

    /// `named` written to its file text and read back, as `merge` reads it (all of today's checks of
    /// one file).
    static func reread(_ named: NamedPartial) throws -> NamedPartial {
        let text = named.partial.encodedText()
        return NamedPartial(name: named.name, partial: try PartialResult.decode(Data(text.utf8), name: named.name))
    }

    /// The message `merge` refuses `partials` with under `mode`, or "accepted".
    static func refusal(_ partials: [NamedPartial], _ mode: ShardVerification = .sample) -> String {
        do {
            _ = try ShardMerge.folded(partials, verification: mode, threads: 2)
            return "accepted"
        } catch {
            return error.message
        }
    }

    @Test(arguments: ShardVerification.allCases)
    func partialsAsWrittenPassEitherVerification(mode: ShardVerification) throws {
        #expect(Self.refusal(Self.partials, mode) == "accepted")
        let merged = try MoldRiskRun.merge(Self.partials, options: .init(threads: 2), verification: mode)
        #expect(merged.result == (try MoldRiskRun.run(try Self.source.load(), trials: 42_000, seed: 7, threads: 2)))
    }

    @Test func theSampleIsOneChunkInAHundredAtLeastOneAndFixedByThePartialsBytes() throws {
        let picks = ShardMerge.sampledChunks(Self.partials)
        #expect(picks.count == 2)
        for (named, chunks) in zip(Self.partials, picks) {
            #expect(chunks.count == 1)
            #expect(chunks.allSatisfy(named.partial.chunks.contains))
        }
        #expect(ShardMerge.sampledChunks(Self.partials) == picks)
        // A partial of 250 chunks gets 3, distinct; one of 100 gets 1 (only the chunk range and the
        // bytes choose, so no totals are needed).
        func fake(_ chunks: Range<Int>, seed: UInt64) -> NamedPartial {
            let p = PartialResult(scenario: Self.source, trials: 3_500_000, seed: seed, shard: Shard(index: 0, count: 1),
                                  chunkCount: 350, chunks: chunks, chunkTotals: [], sketches: RunSketches(cycleCount: 1, stockCount: 1))
            return NamedPartial(name: "fake", partial: p)
        }
        let big = ShardMerge.sampledChunks([fake(0..<250, seed: 1), fake(250..<350, seed: 1)])
        #expect(big[0].count == 3 && Set(big[0]).count == 3 && big[0].allSatisfy((0..<250).contains))
        #expect(big[1].count == 1 && big[1].allSatisfy((250..<350).contains))
        // Other bytes, another choice (over a few seeds the first partial's three chunks move).
        let moved = (2...6).map { ShardMerge.sampledChunks([fake(0..<250, seed: $0), fake(250..<350, seed: $0)])[0] }
        #expect(moved.contains { $0 != big[0] })
    }

    @Test func anEditedUnitPriceWithItsFingerprintRecomputedIsRefused() throws {
        let edited = ScenarioSource(text: CLI.smallScenario.replacingOccurrences(of: "unit_price = 9.9", with: "unit_price = 19.9"),
                                    file: Self.source.file)
        #expect(edited.text != Self.source.text)
        let partials = try Self.partials.map { named in
            var p = named
            p.partial.scenario = edited
            p.partial.fingerprint = edited.fingerprint
            return try Self.reread(p)  // every check of the file alone passes
        }
        let picked = ShardMerge.sampledChunks(partials)[0][0]
        let message = Self.refusal(partials)
        #expect(message.hasPrefix("cannot merge: 0.partial does not match a re-run of its chunk \(picked) ("), "\(message)")
        #expect(message.contains(" in the file, "), "names the first field that differs: \(message)")
        #expect(message.hasSuffix("it was edited, damaged or written by another build of moldrisk"))
    }

    @Test func theSeedChangedInEveryPartialIsRefused() throws {
        let partials = try Self.partials.map { named in
            var p = named
            p.partial.seed = 8
            return try Self.reread(p)
        }
        #expect(try ShardMerge.ordered(partials).count == 2)
        let picked = ShardMerge.sampledChunks(partials)[0][0]
        #expect(Self.refusal(partials).hasPrefix("cannot merge: 0.partial does not match a re-run of its chunk \(picked) ("))
    }

    @Test func lateCountsSetToAnythingAreRefused() throws {
        let partials = try Self.partials.map { named in
            var p = named
            for i in p.partial.chunkTotals.indices {
                let n = p.partial.chunkTotals[i].trials
                p.partial.chunkTotals[i].late[0] = n - p.partial.chunkTotals[i].late[0]  // still within 0…n
            }
            return try Self.reread(p)
        }
        let picked = ShardMerge.sampledChunks(partials)[0][0]
        let message = Self.refusal(partials)
        #expect(message.hasPrefix("cannot merge: 0.partial does not match a re-run of its chunk \(picked) (late[0]: "), "\(message)")
    }

    @Test func oneEditedChunkOutsideTheSampleIsRefusedByVerifyingAll() throws {
        var second = Self.partials[1]
        let picked = ShardMerge.sampledChunks(Self.partials)[1][0]
        let other = second.partial.chunks.first { $0 != picked }!
        let i = other - second.partial.chunks.lowerBound
        second.partial.chunkTotals[i].late[1] = second.partial.chunkTotals[i].late[1] == 0 ? 1 : 0
        let partials = [Self.partials[0], try Self.reread(second)]
        #expect(Self.refusal(partials, .all).hasPrefix("cannot merge: 1.partial does not match a re-run of its chunk \(other) (late[1]: "))
    }

    /// Means at the edge of the doubles, which gave `"ci": [null, null]`, an EVPI of 1.7e308 and a
    /// break-even of 1.9e302, are refused on reading, naming the field.
    @Test(arguments: [("difference", 1e308), ("perfectInformation", 1.7e308), ("moldCost", 1.9e302),
                      ("preMoldProfit", -1e300)])
    func totalsNoScenarioCanProduceAreRefusedOnReading(field: String, mean: Double) throws {
        var p = Self.partials[0].partial
        for i in p.chunkTotals.indices {
            switch field {
            case "difference": p.chunkTotals[i].difference[0] = Moments(count: p.chunkTotals[i].trials, mean: mean, m2: 0)
            case "perfectInformation": p.chunkTotals[i].perfectInformation = Moments(count: p.chunkTotals[i].trials, mean: mean, m2: 0)
            case "moldCost": p.chunkTotals[i].moldCost = Moments(count: p.chunkTotals[i].trials, mean: mean, m2: 0)
            default: p.chunkTotals[i].preMoldProfit[0] = Moments(count: p.chunkTotals[i].trials, mean: mean, m2: 0)
            }
        }
        #expect(throws: ShardError.self) { try PartialResult.decode(Data(p.encodedText().utf8), name: "huge.partial") }
        do {
            _ = try PartialResult.decode(Data(p.encodedText().utf8), name: "huge.partial")
        } catch {
            #expect(error.message.hasPrefix("huge.partial is a corrupt partial result: chunkTotals[0] (chunk 0).\(field)"))
            #expect(error.message.contains("beyond ±1e+30, where no scenario's figures reach"), "\(error.message)")
        }
    }

    @Test func aSpreadNoScenarioCanProduceIsRefused() throws {
        var p = Self.partials[0].partial
        let n = p.chunkTotals[0].trials
        p.chunkTotals[0].reworkCost[0] = Moments(count: n, mean: 1, m2: 1e300)
        #expect(throws: ShardError.self) { try PartialResult.decode(Data(p.encodedText().utf8), name: "wide.partial") }
    }
}
