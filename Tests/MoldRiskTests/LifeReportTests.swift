import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The mold's life in every report format: the verdict says it judges the NPV, the JSON's
/// `cycles.<c>.life` and top-level `life` hold the figures with no null, CSV rows and the payback
/// chart exist, and a one-season life leaves every other JSON figure as it was.
@Suite(TestTimeLimit.minutes(20)) struct LifeReportTests {
    static let deterministic = Result<RunResult, any Error> { try MoldRiskRun.run(LifeModelTests.deterministic(moldCost: 1_300_000, restock: .same),
                                               threads: 2) }

    /// The JSON report parsed.
    static func json(_ result: RunResult) throws -> [String: Any] {
        let data = Data(ReportRenderer.render(result, as: .json).utf8)
        let object = try JSONSerialization.jsonObject(with: data)
        return try #require(object as? [String: Any])
    }

    /// `seasons = 1` reproduces the one-season report: with the life's own keys removed, the JSON
    /// is the same, figure for figure (verdict, to_go and tornado included).
    @Test func oneSeasonLeavesEveryOtherJSONFigureAsItWas() throws {
        var plain = ScenarioSamples.rinseCups(trials: 10_000)
        plain.maxLossProbability = 0.1   // NO-GO: to_go and the lead search are compared too
        var one = plain
        one.life = Life(seasons: 1, demandChange: .fixed(0.5), restock: .lastSold, maintenancePerSeason: .fixed(9_000),
                        discountPerSeason: 0.2)
        let options = MoldRiskRun.Options(threads: 2, sensitivity: true, searchLead: true)
        let a = try Self.json(try MoldRiskRun.run(plain, options: options))
        var b = try Self.json(try MoldRiskRun.run(one, options: options))
        #expect((a["verdict"] as? [String: Any])?["decision"] as? String == "NO-GO")
        #expect(b.removeValue(forKey: "life") != nil)
        var cycles = try #require(b["cycles"] as? [String: Any])
        for name in cycles.keys {
            var cycle = try #require(cycles[name] as? [String: Any])
            #expect(cycle.removeValue(forKey: "life") != nil)
            cycles[name] = cycle
        }
        b["cycles"] = cycles
        #expect(NSDictionary(dictionary: a).isEqual(to: b))
    }

    @Test func jsonHoldsTheLifeWithoutNulls() throws {
        let json = try Self.json((try Self.deterministic.get()))
        let settings = try #require(json["life"] as? [String: Any])
        #expect(settings["seasons"] as? Int == 4 && settings["judged_on"] as? String == "npv")
        let cycle = try #require((json["cycles"] as? [String: Any])?["only"] as? [String: Any])
        let life = try #require(cycle["life"] as? [String: Any])
        #expect(life["paid_back_by_season"] as? [Double] == [0, 0, 1, 1])
        #expect((life["expected_profit_by_season"] as? [Double])?.count == 4)
        #expect(life["stock"] as? Int == 100_000)
        let curve = try #require(life["stock_curve"] as? [[String: Any]])
        #expect(curve.map { $0["stock"] as? Int } == [50_000, 100_000])
        func hasNull(_ value: Any) -> Bool {
            if value is NSNull { return true }
            if let d = value as? [String: Any] { return d.values.contains(where: hasNull) }
            if let a = value as? [Any] { return a.contains(where: hasNull) }
            return false
        }
        var figures = life
        #expect(figures.removeValue(forKey: "marks") != nil)   // its within_tolerance / recommended: null when none
        #expect(!hasNull(figures) && !hasNull(settings))
    }

    @Test func withoutLifeNoLifeKeyAppears() throws {
        let json = try Self.json(try MoldRiskRun.run(ScenarioSamples.deterministic(), threads: 1))
        #expect(json["life"] == nil)
        let cycle = try #require((json["cycles"] as? [String: Any])?["only"] as? [String: Any])
        #expect(cycle["life"] == nil)
        #expect(!ChartRenderer.catalog(try MoldRiskRun.run(ScenarioSamples.deterministic(), threads: 1))
            .contains { $0.fileName == ChartRenderer.paybackFile })
    }

    @Test func textReportSaysWhatTheVerdictJudgesAndShowsThePayback() throws {
        let text = ReportRenderer.render((try Self.deterministic.get()), as: .text)
        // Page 1's label column is as wide as its widest label: compare with the spaces collapsed.
        let first = try #require(ReportTestSupport.pages(text).first).joined(separator: "\n")
            .replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        // Page 1 gives the life's NPV; page 2's "How the verdict was reached" states the rule in force.
        #expect(first.contains("\nMold's life NPV "))
        #expect(!first.contains("Judged on"))
        let collapsed = text.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        #expect(collapsed.contains("\nJudged on The NPV over the mold's 4 seasons"))
        #expect(first.contains("\nDecision GO\n"))
        #expect(text.contains("Payback at the planned stock of 100,000 units, season by season"))
        #expect(text.contains("\n     3        ¥412k    100.0 %  ████████████████████\n"))
        let headline = HeadlineRenderer.render((try Self.deterministic.get()))
        // The verdict line, then the demand and why (DESIGN §8.4), then the reason, which says what it judges.
        let lines = headline.split(separator: "\n")
        #expect(lines.first == "GO: cycle only, 100,000 units")
        #expect(lines.contains { $0.hasPrefix("Over the mold's 4 seasons") })
        #expect(lines.contains { $0.hasPrefix("Judged on the NPV over the mold's 4 seasons") })
        #expect(ReportRenderer.render((try Self.deterministic.get()), as: .markdown).contains("Payback at the planned stock"))
    }

    @Test func csvHasTheLifeRows() throws {
        let rows = ReportTestSupport.parseCSV(ReportRenderer.render((try Self.deterministic.get()), as: .csv))
        let paid: [[String]] = rows.filter { $0.count == 6 && $0[1] == "life_paid_back_by_season" }
        let seasons: [String] = paid.map { $0[2] }
        let shares: [String] = paid.map { $0[4] }
        #expect(seasons == ["1", "2", "3", "4"])
        #expect(shares == ["0.0", "0.0", "1.0", "1.0"])
        let npv: [[String]] = rows.filter { $0.count == 6 && $0[1] == "life_npv_mean" }
        let stocks: [String] = npv.map { $0[2] }
        #expect(stocks == ["50000", "100000"])
    }

    @Test func paybackChartDrawsABarPerSeason() throws {
        let entry = try #require(ChartRenderer.catalog((try Self.deterministic.get())).last)
        #expect(entry.fileName == ChartRenderer.paybackFile)
        let svg = try #require(ChartRenderer.render((try Self.deterministic.get())).first { $0.fileName == ChartRenderer.paybackFile }).svg
        let root = try ChartSupport.parse(svg)
        let bars = ChartSupport.find(root, "g", classes: ["paid-back"])
        #expect(bars.count == 1)
        #expect(bars.first.map { ChartSupport.find($0, "rect").count } == 4)
    }

    /// Page 1's chart of a smaller-stock verdict judged on the NPV draws the NPV against stock and
    /// marks the NPV search's best and largest tolerated stocks, the very figures the verdict
    /// gives; season 1's curve (no stock within tolerance in the storage box) would contradict it.
    @Test func pageOneStockCurveOfALifeVerdictIsTheNPVs() throws {
        let result = try MoldRiskRun.run(try checkedInScenario("storage-box"), options: .init(trials: 20_000, threads: 2, searchStock: true))
        #expect(result.verdict.decision == .goAtSmallerStock)
        let cycle = try #require(ReportContent.verdictCycle(result))
        let decision = try #require(cycle.stockDecision)
        let region = try #require(decision.withinTolerance)
        let svg = try #require(ChartRenderer.render(result).first { $0.fileName == ChartRenderer.summaryFile }).svg
        let texts = ChartSupport.texts(try ChartSupport.parse(svg))
        let label = try #require(ReportContent.verdictCycle(result.labelled(in: .en))).name
        #expect(texts.contains("Stock curve over the mold's life, cycle \(label)"))
        #expect(texts.contains("expected NPV (upper plot)") && texts.contains("best: highest expected NPV"))
        #expect(texts.contains("best \(Fmt.units(decision.best.stock))"))
        #expect(texts.contains("max \(Fmt.units(region.upper))"))
        #expect(!texts.contains("no stock within tolerance"))
        // The full chart of chapter 3 stays season 1's, with the tabulated levels' marks.
        let full = try #require(ChartRenderer.render(result).first { $0.fileName == ChartRenderer.stockCurveFile }).svg
        #expect(ChartSupport.texts(try ChartSupport.parse(full)).contains("Stock curve: expected profit and P(loss) against stock"))
    }
}
