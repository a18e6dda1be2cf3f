import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// A NO-GO report never says GO and says how close it came, the lead-time histogram marks
/// exactly P(late), and what would make it GO (`verdict.to_go`).
@Suite(TestTimeLimit.minutes(20)) struct VerdictToGoTests {
    static func run(_ scenario: Scenario, searchLead: Bool = false, sensitivity: Bool = false,
                    threads: Int = 2) throws -> RunResult {
        try MoldRiskRun.run(scenario, options: .init(threads: threads, sensitivity: sensitivity, searchLead: searchLead))
    }

    /// Every "GO" token of `text` that is not the end of "NO-GO".
    static func standaloneGo(_ text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9_-])GO(?![A-Za-z0-9_])")
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let start = max(0, m.range.location - 3)
            let before = ns.substring(with: NSRange(location: start, length: m.range.location - start))
            let lineStart = ns.lineRange(for: m.range)
            return before == "NO-" ? nil : ns.substring(with: lineStart)
        }
    }

    // MARK: A NO-GO never says GO

    @Test func aNoGoReportSaysGoNowhereInAnyFormatOrChart() throws {
        let result = try Self.run(ScenarioSamples.leadSensitive(), searchLead: true, sensitivity: true)
        #expect(result.verdict.decision == .noGo)
        var outputs = ReportFormat.allCases.map { ("\($0)", ReportRenderer.render(result, as: $0)) }
        outputs.append(("headline", HeadlineRenderer.render(result)))
        outputs.append(("markdown with charts", MarkdownReport.render(result, chartsPath: "charts")))
        outputs += ChartRenderer.render(result).map { ($0.fileName, $0.svg) }
        for (name, text) in outputs {
            #expect(Self.standaloneGo(text).isEmpty, "\(name): \(Self.standaloneGo(text))")
        }
        let text = ReportRenderer.render(result, as: .text)
        #expect(text.contains("closest"))
    }

    @Test func theNoGoReasonNamesTheClosestPointAndHowFarItMisses() throws {
        let point = { (loss: Double, profit: Double) in
            VerdictPoint(cycle: "fast", StockPoint(stock: 6_000, expectedValue: profit, expectedValueSE: 1,
                                                   probabilityOfLoss: loss,
                                                   probabilityOfLossCI: ClosedInterval(lower: loss, upper: loss),
                                                   p5: -1, p95: 1, meanSellThrough: 0.5))
        }
        #expect(EnglishStrings().shortfall(point(0.414, 41_089), tolerance: 0.15, onLife: false)
            == "P(loss) 41.4 %, 26.4 percentage points above the tolerance (expected profit ¥41.1k)")
        #expect(EnglishStrings().shortfall(point(0.10, -5_000), tolerance: 0.15, onLife: false)
            == "P(loss) 10.0 % is within the tolerance but expected profit -¥5k is not positive")
        #expect(EnglishStrings().shortfall(point(0.50, -5_000), tolerance: 0.15, onLife: false)
            == "P(loss) 50.0 %, 35.0 percentage points above the tolerance, and expected profit -¥5k is not positive")
        let result = try Self.run(ScenarioSamples.leadSensitive())
        let planned = result.cycles[0].stockCurve[1]
        // The analysis holds the figures, Report words them.
        guard case let .failsEverywhere(closest, smaller, plannedStock, tolerance) = result.verdict.reason else {
            Issue.record("expected a NO-GO reason, got \(result.verdict.reason)")
            return
        }
        #expect(closest == VerdictPoint(cycle: "fast", planned))
        #expect(plannedStock == planned.stock && tolerance == 0.2)
        #expect(smaller?.cycle == "fast" && smaller?.stock == 50_000)
        let reason = EnglishStrings().verdictReason(result.verdict.reason, onLife: false)
        #expect(reason.contains("Closest at the planned stock: fast, "
                                + EnglishStrings().shortfall(VerdictPoint(cycle: "fast", planned), tolerance: 0.2, onLife: false)))
        #expect(reason.contains("Closest at a smaller stock: fast at 50,000 units"))
    }

    /// The stock range of `to_go` uses the verdict's whole rule: a stock whose P(loss) is within
    /// the tolerance but whose expected profit is not positive would not give GO, so it is not listed.
    /// The range is the stock decision's (DESIGN §8.4), here marked on the altered curve itself.
    @Test func theStockRangeHoldsOnlyStocksThatPassTheWholeRule() {
        let plan = SimulationPlan(scenario: ScenarioSamples.leadSensitive(trials: 2_000))
        let output = Simulation.run(plan, threads: 2)
        var result = RunAnalysis.analyse(plan, output)
        let curve = result.cycles[0].stockCurve
        for j in curve.indices {
            result.cycles[0].stockCurve[j].probabilityOfLoss = 0
            result.cycles[0].stockCurve[j].expectedValue = j == 0 ? 1 : 0
        }
        result.cycles[0].stockDecision = StockDecision.tabulated(result.cycles[0].stockCurve, tolerance: 0.2)
        let toGo = ToGo.analyse(decision: .noGo, cycle: result.cycles[0].name, cycles: result.cycles,
                                beforeMold: LifeAnalysis.valueBeforeMold(output), tolerance: 0.2)
        #expect(toGo?.stockWithinTolerance == ClosedInterval(lower: curve[0].stock, upper: curve[0].stock))
    }

    // MARK: The lead-time histogram marks P(late)

    @Test func theLateBarsOfTheLeadTimeHistogramAddUpToPLate() throws {
        for commit in [20.0, 45, 52, 59.5, 70] {
            let result = try Self.run(ScenarioSamples.leadSensitive(commitDays: commit), threads: 1)
            let lead = result.cycles[0].leadTime
            let late = lead.histogram.filter { $0.lower >= commit }.reduce(0) { $0 + $1.share }
            #expect(abs(late - lead.probabilityLate) < 1e-12, "commit \(commit): marked \(late), P(late) \(lead.probabilityLate)")
            #expect(abs(lead.histogram.reduce(0) { $0 + $1.share } - 1) < 1e-12)
            if lead.probabilityLate > 0 && lead.probabilityLate < 1 {
                #expect(lead.histogram.contains { $0.lower == commit }, "no bin edge on the deadline \(commit)")
            }
            // The text chart merges bars but never across the deadline.
            let shown = TextCharts.displayBins(lead.histogram, keepEdge: commit)
            #expect(shown.count <= TextCharts.maxBars)
            let shownLate = shown.filter { $0.lower >= commit }.reduce(0) { $0 + $1.share }
            #expect(abs(shownLate - lead.probabilityLate) < 1e-12)
        }
    }

    @Test func valuesReadBackOnTheWrongSideOfTheDeadlineAreMovedAcross() {
        // 1,000 trials ready 0.01 % after the deadline (late) read back within 0.098 %: some
        // land on the on-time side; the late bars still hold exactly the 1,000.
        var sketch = ValueSketch()
        for _ in 0..<1_000 { sketch.add(100 * (1 + 1e-4)) }
        for d in stride(from: 60.0, to: 100, by: 0.5) { sketch.add(d) }
        sketch.add(130)
        let bins = LeadTimeHistogram.bins(sketch, deadline: 100, lateTrials: 1_001)
        let late = bins.filter { $0.lower >= 100 }.reduce(0) { $0 + $1.share }
        #expect(abs(late - 1_001 / Double(sketch.count)) < 1e-12)
        #expect(bins.allSatisfy { $0.share >= 0 })
    }

    // MARK: What would make it GO

    @Test func theMoldQuoteThresholdFlipsTheVerdictWithinOnePercent() throws {
        var scenario = ScenarioSamples.rinseCups(trials: 20_000)
        scenario.maxLossProbability = 0.12
        let result = try Self.run(scenario)
        #expect(result.verdict.decision != .go)
        let quote = try #require(result.verdict.toGo?.moldQuote)
        for (factor, passes) in [(0.99, true), (1.01, false)] {
            var firm = scenario
            firm.mold.cost = .fixed(quote.value * factor)
            let rerun = try Self.run(firm)
            #expect((rerun.verdict.decision == .go) == passes, "mold cost \(quote.value * factor): \(rerun.verdict.decision)")
        }
    }

    @Test func theMoldQuoteIsTheAllowedOrderStatisticOrTheMean() {
        #expect(ToGo.allowedLosses(trials: 10, tolerance: 0.2) == 2)
        #expect(ToGo.allowedLosses(trials: 10, tolerance: 0.19) == 1)
        #expect(ToGo.allowedLosses(trials: 10, tolerance: 0) == 0)
        #expect(ToGo.allowedLosses(trials: 10, tolerance: 1) == 10)
        var sketch = ValueSketch()
        var moments = Moments()
        for v in [100.0, 200, 300, 400, 500, 600, 700, 800, 900, 1_000] {
            sketch.add(v)
            moments.add(v)
        }
        // 2 losses allowed: the quote is the 3rd smallest, 300 (a bucket midpoint within 0.098 %).
        let q = ToGo.moldQuote(cycle: "c", beforeMold: moments, sketch: sketch, trials: 10, tolerance: 0.2)
        #expect(abs((q?.value ?? 0) - 300) <= 300 * ValueSketch.relativeError && q?.limitedByExpectedProfit == false)
        // Every loss allowed: only the positive expected profit limits the quote (the mean, 550).
        let all = ToGo.moldQuote(cycle: "c", beforeMold: moments, sketch: sketch, trials: 10, tolerance: 1)
        #expect(all == MoldQuote(value: 550, cycle: "c", limitedByExpectedProfit: true))
        var negative = ValueSketch()
        negative.add(-5)
        #expect(ToGo.moldQuote(cycle: "c", beforeMold: Moments(count: 1, mean: -5, m2: 0), sketch: negative,
                               trials: 1, tolerance: 0.2) == nil)
    }

    @Test func theLeadFoundIsTheFirstDayThatPassesAndALongerLeadFailsAgain() throws {
        let result = try Self.run(ScenarioSamples.leadSensitive(), searchLead: true)
        let lead = try #require(result.verdict.toGo?.lead)
        let first = try #require(lead.atLeast)
        let again = try #require(lead.failsAgainFrom)
        #expect(lead.searchedTo == 365 && lead.trials == 10_000)
        #expect((40...60).contains(first) && (100...250).contains(again), "\(first) \(again)")
        for (days, passes) in [(first - 1, false), (first, true), (again - 1, true), (again, false)] {
            let rerun = try Self.run(ScenarioSamples.leadSensitive(commitDays: Double(days)))
            #expect((rerun.verdict.decision == .go) == passes, "commit \(days): \(rerun.verdict.decision)")
        }
        #expect(result.verdict.toGo?.stockWithinTolerance == nil)
        #expect(result.verdict.toGo?.moldQuote == nil)   // always late: even a free mold fails
    }

    @Test func noLeadIsEnoughWhenEvenTheBestLeadFails() throws {
        let result = try Self.run(ScenarioSamples.leadSensitive(tolerance: 0.03), searchLead: true)
        let lead = try #require(result.verdict.toGo?.lead)
        #expect(lead.atLeast == nil && lead.failsAgainFrom == nil)
        #expect(EnglishStrings().toGoLead(try #require(result.verdict.toGo), commitDays: 20).hasPrefix("no lead is enough"))
    }

    @Test func toGoIsNullOnGoAndInEveryFormatOtherwise() throws {
        let go = try Self.run(ScenarioSamples.leadSensitive(commitDays: 60))
        #expect(go.verdict.decision == .go && go.verdict.toGo == nil)
        #expect(ReportRenderer.render(go, as: .json).contains("\"to_go\": null"))
        #expect(!ReportRenderer.render(go, as: .csv).contains("to_go"))

        let result = try Self.run(ScenarioSamples.leadSensitive(), searchLead: true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportRenderer.render(result, as: .json).utf8))
            as? [String: Any])
        let toGo = try #require((json["verdict"] as? [String: Any])?["to_go"] as? [String: Any])
        #expect(toGo["commit_days_before_window_at_least"] as? Int == result.verdict.toGo?.lead?.atLeast)
        #expect(toGo["mold_cost_at_most"] is NSNull && toGo["stock_within_tolerance"] is NSNull)
        let csv = ReportRenderer.render(result, as: .csv)
        #expect(csv.contains("fast,to_go_commit_days_before_window_at_least,100000,units,\(result.verdict.toGo!.lead!.atLeast!),days"))
        for format in [ReportFormat.text, .markdown] {
            #expect(ReportRenderer.render(result, as: format).contains(EnglishStrings().phrase(.whatWouldChangeIt)), "\(format)")
        }
        #expect(HeadlineRenderer.render(result).contains("What would change it:"))
    }

    @Test func toGoIsTheSameForAnyThreadCountAndAfterAShardedMerge() throws {
        let scenario = ScenarioSamples.leadSensitive(trials: 20_000)
        let one = try Self.run(scenario, searchLead: true, threads: 1)
        #expect(try one == Self.run(scenario, searchLead: true, threads: 3))
        let source = ScenarioSource(text: "", file: "lead.toml")
        let plan = SimulationPlan(scenario: scenario)
        let parts = try (0..<2).map { i in
            NamedPartial(name: "p\(i)", partial: try PartialResult.run(plan, source: source, shard: Shard(index: i, count: 2),
                                                                      threads: 2))
        }
        let output = try ShardMerge.output(plan, ShardMerge.ordered(parts))
        let merged = try MoldRiskRun.result(plan, output, options: .init(threads: 2, searchLead: true))
        #expect(merged.verdict == one.verdict)
        #expect(merged.verdict.toGo?.moldQuote == one.verdict.toGo?.moldQuote)
    }
}
