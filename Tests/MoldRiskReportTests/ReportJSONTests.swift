import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

@Suite struct ReportJSONTests {
    let result = ReportFixtures.result()

    static let topKeys = ["scenario", "trials", "seed", "cycles", "comparison", "verdict"]
    static let topExtras = ["method", "convergence", "overrides", "value_of_information", "variants"]
    static let cycleKeys = ["profit", "probability_of_loss", "probability_of_loss_ci", "var95", "cvar95",
                            "sell_through", "ready_days", "probability_late", "break_even", "stock_curve",
                            "best_stock", "max_stock_within_tolerance"]
    static let cycleExtras = ["expected_profit_se", "mean_mold_cost", "mean_rework_cost", "commit_days",
                              "profit_cdf", "loss_exceedance", "profit_histogram", "ready_histogram",
                              "probability_of_loss_se", "probability_late_se", "standard_errors", "sensitivity",
                              "sensitivity_baseline", "sensitivity_trials"]
    static let profitKeys = ["mean", "sd", "se", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"]
    static let stockKeys = ["stock", "expected_profit", "probability_of_loss", "p5", "p95", "mean_sell_through"]

    func parsed(_ r: RunResult) throws -> [String: Any] {
        let data = Data(ReportRenderer.render(r, as: .json).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func keys(_ value: JSONValue) -> [String] {
        if case let .object(members) = value { return members.map(\.0) }
        return []
    }

    func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        if case let .object(members) = value { return members.first { $0.0 == key }?.1 }
        return nil
    }

    @Test func keysAreExactlyDesignSection4InOrderThenDocumentedExtras() throws {
        let root = JSONReport.value(result)
        #expect(keys(root) == Self.topKeys + Self.topExtras)
        let cycles = try #require(member(root, "cycles"))
        #expect(keys(cycles) == ["traditional", "数据驱动"])
        for name in keys(cycles) {
            let cycle = try #require(member(cycles, name))
            #expect(keys(cycle) == Self.cycleKeys + Self.cycleExtras)
            #expect(keys(try #require(member(cycle, "profit"))) == Self.profitKeys)
            #expect(keys(try #require(member(cycle, "sell_through"))) == ["mean", "p5", "p50", "p95"])
            #expect(keys(try #require(member(cycle, "ready_days"))) == ["p10", "p50", "p90"])
            #expect(keys(try #require(member(cycle, "break_even"))) == ["units", "sell_through", "mold_cost", "probability"])
            guard case let .array(points)? = member(cycle, "stock_curve") else { Issue.record("stock_curve"); continue }
            for point in points { #expect(keys(point) == Self.stockKeys + ["expected_profit_se"]) }
        }
        guard case let .array(comparisons)? = member(root, "comparison") else { Issue.record("comparison"); return }
        #expect(comparisons.map(keys) == [["from", "to", "expected_profit_difference", "ci"]])
        #expect(keys(try #require(member(root, "verdict"))) == ["cycle", "decision", "stock", "reason", "marginal", "to_go", "cycle_choice"])
        #expect(keys(try #require(member(root, "method"))) == ["generator", "chunk_size", "chunks", "percentile_relative_error"])
    }

    @Test func parsesAndMatchesTheFixture() throws {
        let json = try parsed(result)
        #expect(Set(json.keys) == Set(Self.topKeys + Self.topExtras))
        #expect(json["scenario"] as? String == ReportFixtures.longChineseName)
        #expect(json["trials"] as? Int == 200_000)
        #expect(json["seed"] as? Int == 20_201_111)
        let cycles = try #require(json["cycles"] as? [String: Any])
        let fixture = result.cycles[1]
        let c = try #require(cycles["数据驱动"] as? [String: Any])
        #expect(Set(c.keys) == Set(Self.cycleKeys + Self.cycleExtras))
        let profit = try #require(c["profit"] as? [String: Double])
        #expect(profit["mean"] == fixture.profit.mean)
        #expect(profit["p5"] == fixture.profit.percentile(0.05))
        #expect(profit["p99"] == fixture.profit.percentile(0.99))
        // Foundation's parser on Linux may be off in the last digit, so compare to 1e-14; the
        // exact round trip of the printed digits is checked in `numbersRoundTripExactly`.
        #expect(close(c["probability_of_loss"] as? Double, fixture.probabilityOfLoss))
        let ci = try #require(c["probability_of_loss_ci"] as? [Double])
        #expect(ci.count == 2 && close(ci[0], fixture.probabilityOfLossCI.lower) && close(ci[1], fixture.probabilityOfLossCI.upper))
        #expect(c["var95"] as? Double == fixture.var95)
        #expect(c["probability_late"] as? Double == fixture.leadTime.probabilityLate)
        #expect((c["break_even"] as? [String: Double])?["units"] == fixture.breakEven.units)
        #expect(c["best_stock"] as? Int == Int(fixture.bestStock))
        #expect(c["max_stock_within_tolerance"] as? Int == fixture.maxStockWithinTolerance.map { Int($0) })
        let curve = try #require(c["stock_curve"] as? [[String: Any]])
        #expect(curve.count == fixture.stockCurve.count)
        #expect(curve.map { $0["stock"] as? Int } == fixture.stockCurve.map { Int($0.stock) })
        #expect(zip(curve, fixture.stockCurve).allSatisfy { close($0["expected_profit"] as? Double, $1.expectedValue) })
        let cdf = try #require(c["profit_cdf"] as? [[String: Double]])
        #expect(cdf.map { $0["profit"]! } == fixture.profitCDF.map(\.x))
        let comparison = try #require((json["comparison"] as? [[String: Any]])?.first)
        #expect(comparison["to"] as? String == "数据驱动")
        #expect(comparison["ci"] as? [Double] == [58_900.1, 63_569.0])
        let verdict = try #require(json["verdict"] as? [String: Any])
        #expect(verdict["decision"] as? String == "GO AT A SMALLER STOCK")
        #expect(verdict["stock"] as? Int == 80_000)
        #expect(verdict["marginal"] as? Bool == false)
    }

    func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 1e-14 * max(1, abs(b))
    }

    @Test func numbersRoundTripExactly() throws {
        let text = ReportRenderer.render(result, as: .json)
        let fixture = result.cycles[1]
        let needle = "\"probability_of_loss\": \(fixture.probabilityOfLoss),"
        #expect(text.contains(needle))
        for value in [fixture.probabilityOfLoss, 0.1, 1.0 / 3.0, -1e-300, 123_456_789.123, Double.leastNonzeroMagnitude] {
            let printed = try #require(Fmt.machine(value))
            #expect(Double(printed) == value)
        }
    }

    @Test func countsPrintAsIntegersAndOutputIsPrettyWithTrailingNewline() {
        let text = ReportRenderer.render(result, as: .json)
        #expect(text.hasPrefix("{\n  \"scenario\": "))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"trials\": 200000,"))
        #expect(text.contains("\"stock\": 40000,"))
        #expect(text.contains("\"best_stock\": 150000,"))
        #expect(text.contains("\"probability_of_loss_ci\": ["))
        #expect(!text.contains("\\u6570"))   // UTF-8 kept as is
    }

    @Test func missingToleranceStockAndNonFiniteNumbersAreNull() throws {
        var r = ReportFixtures.result(withinTolerance: false)
        r.cycles[0].var95 = .nan
        r.cycles[0].cvar95 = .infinity
        let json = try parsed(r)
        let c = try #require((json["cycles"] as? [String: Any])?["traditional"] as? [String: Any])
        #expect(c["max_stock_within_tolerance"] is NSNull)
        #expect(c["var95"] is NSNull)
        #expect(c["cvar95"] is NSNull)
    }

    @Test func stringsAreEscapedPerRFC8259() throws {
        let name = "quote \" backslash \\ newline \n tab \t bell \u{07} 漱口杯 / end"
        let json = try parsed(ReportFixtures.result(name: name, cycleNames: ["a \"b\"", "c\\d"]))
        #expect(json["scenario"] as? String == name)
        #expect(Set((json["cycles"] as? [String: Any])?.keys.map { $0 } ?? []) == ["a \"b\"", "c\\d"])
        #expect(JSONWriter.escape("\u{07}\u{1F}") == "\"\\u0007\\u001f\"")
    }
}
