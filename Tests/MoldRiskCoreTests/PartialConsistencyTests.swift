import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// A partial whose numbers the engine cannot have written (including totals that would overflow
/// on merging) is refused on reading, naming the file and the field.
@Suite struct PartialConsistencyTests {
    static let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 20_000))
    static let source = ScenarioSource(text: "# rinse cups, built in code\n", file: "rinse-cups.toml")

    /// Shard 0 of 2 (one chunk of 10,000 trials) as written.
    static let text: String = try! PartialResult.run(plan, source: source, shard: Shard(index: 0, count: 2),
                                                     threads: 2).encodedText()

    /// `text` as a JSON object.
    static var json: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    /// `json` changed by `edit`, decoded.
    static func decode(_ edit: (inout [String: Any]) -> Void) throws(ShardError) -> PartialResult {
        var object = json
        edit(&object)
        let data = try! JSONSerialization.data(withJSONObject: object)
        return try PartialResult.decode(data, name: "p.partial")
    }

    static func expectRefused(_ fault: String, sourceLocation: SourceLocation = #_sourceLocation,
                              _ edit: (inout [String: Any]) -> Void) {
        do {
            _ = try decode(edit)
            Issue.record("accepted", sourceLocation: sourceLocation)
        } catch {
            #expect(error.message.hasPrefix("p.partial is a corrupt partial result: "), "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(fault), "\(error)", sourceLocation: sourceLocation)
        }
    }

    /// Edits `chunkTotals[0][key]` (an array) with `change`.
    static func chunk(_ key: String, _ change: @escaping (inout [Any]) -> Void) -> (inout [String: Any]) -> Void {
        { object in
            var totals = object["chunkTotals"] as! [[String: Any]]
            var list = totals[0][key] as! [Any]
            change(&list)
            totals[0][key] = list
            object["chunkTotals"] = totals
        }
    }

    /// Edits `sketches.profit[cell]` with `change`.
    static func profitSketch(_ cell: Int, _ change: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
        { object in
            var sketches = object["sketches"] as! [String: Any]
            var profit = sketches["profit"] as! [[String: Any]]
            change(&profit[cell])
            sketches["profit"] = profit
            object["sketches"] = sketches
        }
    }

    /// The first profit cell with both losses and gains.
    static var mixedCell: Int {
        let profit = (json["sketches"] as! [String: Any])["profit"] as! [[String: Any]]
        return profit.firstIndex { !($0["negative"] as! [Any]).isEmpty && !($0["positive"] as! [Any]).isEmpty }!
    }

    @Test func anUntouchedPartialReadThroughJSONSerializationIsAccepted() throws {
        _ = try Self.decode { _ in }
    }

    @Test func shiftedProfitMeanIsRefused() {
        Self.expectRefused("profit") { object in
            Self.chunk("profit") { list in
                var m = list[Self.mixedCell] as! [Any]
                m[1] = (m[1] as! NSNumber).doubleValue + 12_345
                list[Self.mixedCell] = m
            }(&object)
        }
    }

    @Test func negativeLossCountIsRefused() {
        Self.expectRefused("chunkTotals[0] (chunk 0).losses[0] = -1, not within 0…10000") { object in
            Self.chunk("losses") { $0[0] = -1 }(&object)
        }
    }

    @Test func lateCountBeyondTheTrialsIsRefused() {
        Self.expectRefused("late[1] = 1000000000, not within 0…10000") { object in
            Self.chunk("late") { $0[1] = 1_000_000_000 }(&object)
        }
    }

    /// Counts near Int64.max made `merge` trap on overflow; they are refused on reading.
    @Test func countsNearInt64MaxAreRefusedNotTrapped() {
        Self.expectRefused("profit[0] counts 9223372036854775807 values, the chunk has 10000 trials") { object in
            Self.chunk("profit") { list in
                var m = list[0] as! [Any]
                m[0] = Int64.max
                list[0] = m
            }(&object)
        }
        Self.expectRefused("losses[2] = 9223372036854775807") { object in
            Self.chunk("losses") { $0[2] = Int64.max }(&object)
        }
    }

    @Test func negativeSpreadIsRefused() {
        Self.expectRefused("moldCost[0] has a negative m2") { object in
            var totals = object["chunkTotals"] as! [[String: Any]]
            var m = totals[0]["moldCost"] as! [Any]
            m[2] = -5.0
            totals[0]["moldCost"] = m
            object["chunkTotals"] = totals
        }
    }

    @Test func sketchMinFarBelowItsBucketsIsRefused() {
        Self.expectRefused("sketches.profit[0]: min -1e+300 does not lie in its lowest non-empty bucket") { object in
            Self.profitSketch(0) { $0["min"] = -1e300 }(&object)
        }
    }

    /// One count moved from a loss bucket to a gain bucket keeps every total, but no longer
    /// agrees with the chunks' loss count.
    @Test func movedBucketCountsAreRefused() {
        let cell = Self.mixedCell
        Self.expectRefused("cell \(cell)") { object in
            Self.profitSketch(cell) { sketch in
                var negative = sketch["negative"] as! [[Any]]
                var positive = sketch["positive"] as! [[Any]]
                negative[0][1] = (negative[0][1] as! NSNumber).intValue - 1
                positive[0][1] = (positive[0][1] as! NSNumber).intValue + 1
                sketch["negative"] = negative
                sketch["positive"] = positive
            }(&object)
        }
    }

    @Test func sketchCountOtherThanTheTrialsIsRefused() {
        Self.expectRefused("sketches.ready[0] holds 10001 values, the shard ran 10000 trials") { object in
            var sketches = object["sketches"] as! [String: Any]
            var ready = sketches["ready"] as! [[String: Any]]
            ready[0]["count"] = 10_001
            ready[0]["zeros"] = (ready[0]["zeros"] as! NSNumber).intValue + 1
            sketches["ready"] = ready
            object["sketches"] = sketches
        }
    }

    /// The profit before the mold cost (the firm mold quote of `to_go`) is checked like the rest.
    @Test func preMoldProfitSketchCountOtherThanTheTrialsIsRefused() {
        Self.expectRefused("sketches.preMoldProfit[0] holds 10001 values, the shard ran 10000 trials") { object in
            var sketches = object["sketches"] as! [String: Any]
            var preMold = sketches["preMoldProfit"] as! [[String: Any]]
            preMold[0]["count"] = 10_001
            preMold[0]["zeros"] = (preMold[0]["zeros"] as! NSNumber).intValue + 1
            sketches["preMoldProfit"] = preMold
            object["sketches"] = sketches
        }
    }

    @Test func sellThroughAboveOneIsRefused() {
        Self.expectRefused("sellThrough[0]: mean 2") { object in
            Self.chunk("sellThrough") { list in
                var m = list[0] as! [Any]
                m[1] = 2.0
                list[0] = m
            }(&object)
        }
    }
}
