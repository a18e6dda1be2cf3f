import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Sensitivity, convergence, standard errors, `--set` overrides and embedded charts in every
/// report format.
@Suite struct ReportDecisionTests {
    let full = ReportFixtures.full()
    let plain = ReportFixtures.result()
    static let sensitivityKeys = ["input", "expected_profit_at_p10", "expected_profit_at_p90", "swing",
                                  "probability_of_loss_at_p10", "probability_of_loss_at_p90", "rank_correlation",
                                  "variance_contribution", "kind", "unit", "value_at_p10", "value_at_p90"]
    static let eventKeys = ["input", "expected_profit_if_never", "expected_profit_if_always", "swing",
                            "probability_of_loss_if_never", "probability_of_loss_if_always", "rank_correlation",
                            "variance_contribution", "kind", "probability"]

    func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        if case let .object(members) = value { return members.first { $0.0 == key }?.1 }
        return nil
    }

    func keys(_ value: JSONValue?) -> [String] {
        if case let .object(members)? = value { return members.map(\.0) }
        return []
    }

    func parsed(_ r: RunResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(ReportRenderer.render(r, as: .json).utf8)) as? [String: Any])
    }

    /// Wrapped text joined back into one line, so a phrase broken across lines is still found.
    func flat(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }.joined(separator: " ")
    }

    // MARK: Sensitivity

    @Test func jsonSensitivityKeysAreExactInOrderAndValuesMatch() throws {
        let root = JSONReport.value(full)
        let cycles = try #require(member(root, "cycles"))
        for cycle in full.cycles {
            let c = try #require(member(cycles, cycle.name))
            #expect(keys(c).suffix(3) == ["sensitivity", "sensitivity_baseline", "sensitivity_trials"])
            guard case let .array(bars)? = member(c, "sensitivity") else { Issue.record("no sensitivity"); continue }
            #expect(try bars.count == cycle.tornadoBars().count)
            for (bar, result) in zip(bars, try cycle.tornadoBars()) {
                #expect(keys(bar) == (result.isEvent ? Self.eventKeys : Self.sensitivityKeys))
            }
        }
        let json = try parsed(full)
        let c = try #require((json["cycles"] as? [String: Any])?["traditional"] as? [String: Any])
        let bars = try #require(c["sensitivity"] as? [[String: Any]])
        #expect(try bars.map { $0["input"] as? String } == full.cycles[0].tornadoBars().map(\.input.description))
        let first = try full.cycles[0].tornadoBars()[0]
        #expect(bars[0]["swing"] as? Double == first.swing)
        #expect(bars[0]["expected_profit_at_p10"] as? Double == first.expectedProfitAtP10)
        #expect(bars[0]["rank_correlation"] as? Double == first.rankCorrelation)
        #expect(bars[0]["input"] as? String == "cycles.traditional.demand.units")
        #expect(bars[0]["kind"] as? String == "input" && bars[0]["unit"] as? String == "units")
        #expect(bars[0]["value_at_p10"] as? Double == 37_081 && bars[0]["value_at_p90"] as? Double == 172_597)
        let event = try #require(bars.last)
        #expect(event["kind"] as? String == "event" && event["probability"] as? Double == 0.35)
        #expect(try event["expected_profit_if_never"] as? Double == full.cycles[0].tornadoBars().last?.expectedProfitAtP10)
        #expect(try event["expected_profit_if_always"] as? Double == full.cycles[0].tornadoBars().last?.expectedProfitAtP90)
        #expect(event["expected_profit_at_p10"] == nil && event["value_at_p10"] == nil)
        #expect(c["sensitivity_baseline"] as? Double == full.cycles[0].sensitivity?.baseline)
        #expect(c["sensitivity_trials"] as? Int == 50_000)
    }

    @Test func emptySensitivityIsAnEmptyArrayAndNoTextSection() throws {
        let text = ReportRenderer.render(plain, as: .json)
        #expect(text.components(separatedBy: "\"sensitivity\": []").count == plain.cycles.count + 1)
        #expect(text.components(separatedBy: "\"sensitivity_baseline\": null").count == plain.cycles.count + 1)
        for format in [ReportFormat.text, .markdown] {
            let report = ReportRenderer.render(plain, as: format)
            #expect(!report.contains("Sensitivity") && !report.contains("Tornado"), "\(format)")
        }
        #expect(!ReportRenderer.render(plain, as: .csv).contains("sensitivity"))
    }

    @Test func textAndMarkdownShowTheTableWidestFirstAndTheTornado() throws {
        let text = ReportRenderer.render(full, as: .text)
        #expect(text.components(separatedBy: "Sensitivity: expected profit with each input held at its P10").count == 3)
        #expect(text.components(separatedBy: "Tornado: expected profit with each input at its P10 and its P90").count == 3)
        // Inputs named in words, money in ¥ with k/M (DESIGN §8.6).
        let units = try #require(text.range(of: "demand                              -¥30k   ¥330k  ¥360k     52.0 / 8.0 %   0.71\n"
                                                 + "37,081 → 172,597 units\n"))
        let mold = try #require(text.range(of: "mold cost                           ¥250k    ¥85k  ¥165k    15.0 / 27.0 %  -0.38\n"
                                                + "¥212k → ¥498k\n"))
        #expect(units.lowerBound < mold.lowerBound)
        // Events in their own table and tornado group, never / always, labelled with their chance.
        let events = try #require(text.range(of: "Yes/no events: expected profit if the event never and if it always happens"))
        #expect(mold.lowerBound < events.lowerBound)
        #expect(text.contains("Never  Always  Swing  P(loss) never/always"))
        #expect(text.contains("\nrework  rework, 35 % chance: never / always\n"))
        #expect(text.contains(ReportContent.eventGroupTitle))
        #expect(text.contains("\nmold cost  ¥212k → ¥498k\n"))
        #expect(text.contains("\ndemand drift  ×0.68 → ×1.37\n"))
        #expect(text.contains("\nresearch days  38.2 → 63.4 days\n"))
        #expect(text.contains("\nevent impressions  1,090,000 → 2,060,000 impressions\n"))
        // No key path in the sensitivity tables and tornadoes; the inputs appendix keeps the keys.
        for part in text.components(separatedBy: "Sensitivity: expected profit with each input held").dropFirst() {
            let section = try #require(part.components(separatedBy: "Contribution to variance").first)
            for key in ["mold.cost", "demand.units", "demand.drift_per_30_days", "research_days", "rework_probability",
                        "event_impressions", "visitors", "mold_days", "cycles."] {
                #expect(!section.contains(key), "\(key) in the sensitivity section")
            }
        }
        #expect(text.contains("demand.drift_per_30_days"))
        for page in ReportTestSupport.pages(text) {
            #expect(page.count <= 66)
            for line in page { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
        }
        let markdown = ReportRenderer.render(full, as: .markdown)
        #expect(markdown.contains("| Input | At P10 | At P90 | Swing | P(loss) P10/P90 | ρ |"))
        #expect(markdown.contains("| event impressions   1,090,000 → 2,060,000 impressions | ¥90k | ¥360k | ¥270k | 31.0 / 5.0 % | 0.58 |"))
        #expect(markdown.contains("| Input | Never | Always | Swing | P(loss) never/always | ρ |"))
        #expect(markdown.contains("| rework   rework, 10 % chance: never / always | ¥244k | ¥204k | ¥40k | 9.0 / 19.0 % | -0.06 |"))
        #expect(markdown.contains("░"))
    }

    @Test func textTornadoIsCentredOnExpectedProfitWithBothSides() {
        let rows = [ReportChart.TornadoRow(label: "wide", low: -100, high: 300),
                    ReportChart.TornadoRow(label: "sameSide", low: 150, high: 250),
                    ReportChart.TornadoRow(label: "narrow", low: 90, high: 110)]
        let lines = TextCharts.tornado(rows, center: 100, width: 80)
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let bars = lines.prefix(3).map { line in line.filter { "░█▓│".contains($0) } }
        let centre = lines.prefix(3).map { line in Array(line).firstIndex(of: "│") }
        #expect(Set(centre).count == 1)   // one centre column
        #expect(bars[0].hasPrefix("░") && bars[0].hasSuffix("█") && bars[0].count > bars[2].count)
        #expect(lines[1].contains("▓") && !lines[1].contains("░"))   // P10 inside the P90 side
        #expect(lines[0].hasSuffix("¥400") && lines[2].hasSuffix("¥20"))
        #expect(lines[4].contains("-¥100") && lines[4].contains("¥300"))
    }

    @Test func csvHasSensitivityRowsPerInputAndMeasure() throws {
        let rows = ReportTestSupport.parseCSV(ReportRenderer.render(full, as: .csv)).dropFirst()
        let sensitivity = rows.filter { $0[1].hasPrefix("sensitivity_") }
        let bars = try full.cycles.flatMap { try $0.tornadoBars() }
        #expect(sensitivity.count == full.cycles.count + bars.reduce(0) { $0 + ($1.isEvent ? 8 : 9) })
        #expect(rows.allSatisfy { $0.count == 6 })
        let swing = sensitivity.filter { $0[0] == "traditional" && $0[1] == "sensitivity_swing" }
        #expect(try swing.map { $0[2] } == full.cycles[0].tornadoBars().map(\.input.description))
        #expect(try swing.map { Double($0[4]) } == full.cycles[0].tornadoBars().map(\.swing))
        #expect(swing.allSatisfy { $0[3] == "key" && $0[5] == "yuan" })
        let rho = sensitivity.filter { $0[1] == "sensitivity_rank_correlation" }
        #expect(rho.allSatisfy { $0[5] == "correlation" })
        let baseline = sensitivity.filter { $0[1] == "sensitivity_baseline" }
        #expect(baseline.map { Double($0[4]) } == full.cycles.map(\.sensitivity?.baseline))
        let held = sensitivity.filter { $0[0] == "traditional" && $0[1] == "sensitivity_value_at_p10" }
        #expect(held.first == ["traditional", "sensitivity_value_at_p10", "cycles.traditional.demand.units", "key", "37081.0", "units"])
        #expect(try held.count == full.cycles[0].tornadoBars().count - 1)
        let never = sensitivity.filter { $0[0] == "traditional" && $0[1] == "sensitivity_expected_profit_if_never" }
        #expect(never.map { $0[2] } == ["cycles.traditional.rework_probability"])
        #expect(sensitivity.contains(["traditional", "sensitivity_event_probability", "cycles.traditional.rework_probability",
                                      "key", "0.35", "probability"]))
        let names = Set(bars.flatMap { CSVReport.sensitivityMeasures($0).map(\.0) } + ["sensitivity_baseline"])
        #expect(Set(sensitivity.map { $0[1] }) == names)
    }

    // MARK: Convergence and standard errors

    @Test func convergenceIsInEveryFormatWhenPresent() throws {
        let text = flat(ReportRenderer.render(full, as: .text))
        #expect(text.contains("it took 200,000 trials"))
        #expect(text.contains("at most 0.20 %") && text.contains("widest half-width 0.19 %") && text.contains("cap 1,000,000 trials"))
        #expect(flat(ReportRenderer.render(full, as: .markdown)).contains("it took 200,000 trials"))
        let headline = HeadlineRenderer.render(full)
        #expect(headline.contains("Converged after 200,000 trials: P(loss) ± 0.19 % (target ± 0.20 %)\n"))
        let json = try parsed(full)
        let c = try #require(json["convergence"] as? [String: Any])
        #expect(c["target_half_width"] as? Double == 0.002)
        #expect(c["achieved_half_width"] as? Double == 0.00187)
        #expect(c["trial_cap"] as? Int == 1_000_000)
        #expect(c["stopped_by_cap"] as? Bool == false)
        #expect(keys(member(JSONReport.value(full), "convergence"))
                == ["target_half_width", "achieved_half_width", "trial_cap", "stopped_by_cap"])
    }

    @Test func aCapStoppedRunSaysSo() throws {
        let capped = ReportFixtures.full(convergence: ReportFixtures.cappedConvergence)
        #expect(flat(ReportRenderer.render(capped, as: .text)).contains(
            "Stopped by the cap of 200,000 trials before the target was met: the widest 95 % half-width of P(loss) over the cycles is 0.16 %, above the 0.05 % asked for."))
        let headline = HeadlineRenderer.render(capped).split(separator: "\n").map(String.init)
        #expect(headline.contains("Trial cap 200,000 reached: P(loss) ± 0.16 %, target ± 0.05 % not met"))
        #expect(try (parsed(capped)["convergence"] as? [String: Any])?["stopped_by_cap"] as? Bool == true)
    }

    @Test func convergenceIsAbsentForAFixedTrialRun() throws {
        #expect(try parsed(plain)["convergence"] is NSNull)
        for format in [ReportFormat.text, .markdown] {
            let report = ReportRenderer.render(plain, as: format)
            #expect(!report.contains("Convergence") && !report.contains("it took"), "\(format)")
        }
        #expect(!HeadlineRenderer.render(plain).contains("Converged") && !HeadlineRenderer.render(plain).contains("Trial cap"))
    }

    @Test func standardErrorsOfHeadlineFiguresAreRendered() throws {
        var result = plain
        result.cycles[1].standardErrors = HeadlineStandardErrors(
            expectedProfit: 443, probabilityOfLoss: 0.00067, probabilityLate: 0.0004, var95: 1_234,
            cvar95: 2_345, breakEvenUnits: 56, breakEvenSellThrough: 0.00056)
        let json = try parsed(result)
        let c = try #require((json["cycles"] as? [String: Any])?["数据驱动"] as? [String: Any])
        #expect(c["probability_of_loss_se"] as? Double == 0.00067)
        #expect(c["probability_late_se"] as? Double == 0.0004)
        let se = try #require(c["standard_errors"] as? [String: Any])
        #expect(se["var95"] as? Double == 1_234 && se["cvar95"] as? Double == 2_345)
        #expect(se["break_even_units"] as? Double == 56 && se["expected_profit"] as? Double == 443)
        let text = flat(ReportRenderer.render(result, as: .text))
        // Money as the English reader writes it, the standard errors too (¥ with k/M).
        #expect(text.contains("expected profit ¥240k ± ¥443"))
        #expect(text.contains("P(loss) 10.1 % ± 0.07 %"))
        #expect(text.contains("± ¥1.23k; CVaR 95 %"))
        #expect(text.contains("± ¥2.35k; P(late) 3.2 % ± 0.04 %"))
        #expect(text.contains("± 56 units"))
        #expect(text.contains("√(p(1 − p)/n)"))
    }

    // MARK: Overrides

    @Test func overridesAreShownInEveryFormat() throws {
        let text = ReportRenderer.render(full, as: .text)
        #expect(flat(text).contains("Values set on the command line: product.stock = 100000, "
                                    + "cycles.traditional.rework_probability = 0.35."))
        #expect(text.contains("stock                      100,000 units (planned) (set)"))
        #expect(text.contains("rework_probability         0.35 (35.0 %) (set)"))
        #expect(text.components(separatedBy: "(set)").count == 1 + 2 + 1)   // two rows and the note
        #expect(text.contains("Set on the command line  product.stock = 100000,\n"))
        let markdown = ReportRenderer.render(full, as: .markdown)
        #expect(markdown.contains("Values set on the command line: product.stock = 100000"))
        let headline = HeadlineRenderer.render(full).split(separator: "\n").map(String.init)
        #expect(headline[1].hasPrefix("Values set on the command line: product.stock = 100000"))
        #expect(headline.filter { $0.contains("command line") }.count == 1)
        #expect(headline.allSatisfy { DisplayWidth.of($0) <= 80 })
        let json = try parsed(full)
        let overrides = try #require(json["overrides"] as? [[String: String]])
        #expect(overrides == [["key": "product.stock", "value": "100000"],
                              ["key": "cycles.traditional.rework_probability", "value": "0.35"]])
        #expect(ReportRenderer.render(full, as: .json).contains("{\"key\": \"product.stock\", \"value\": \"100000\"}"))
    }

    @Test func aWholeTableOrAPartOfADistributionMarksItsRows() {
        var input = InputRows()
        input.table(.root.key("cycles").key("a"))
        input.value("x", at: "rework_days")
        input.value("y", at: "demand", "units")
        input.value("z", at: "fixed_cost")
        let rows = input.marked(by: [ScenarioOverride(keyPath: "cycles.a.rework_days.mode", value: "9"),
                                     ScenarioOverride(keyPath: "cycles.a.demand", value: "{ units = 5 }")])
        #expect(rows == [.group("[cycles.a]"), .cells(["rework_days", "x (set)"]), .cells(["demand.units", "y (set)"]),
                         .cells(["fixed_cost", "z"])])
    }

    @Test func noOverridesMeansNothingSaidAndAnEmptyJSONArray() throws {
        #expect(try parsed(plain)["overrides"] as? [Any] != nil)
        #expect(ReportRenderer.render(plain, as: .json).contains("\"overrides\": [],\n  \"value_of_information\": {"))
        for format in [ReportFormat.text, .markdown] {
            let report = ReportRenderer.render(plain, as: format)
            #expect(!report.contains("command line") && !report.contains("(set)"), "\(format)")
        }
        #expect(!HeadlineRenderer.render(plain).contains("command line"))
    }

    // MARK: Embedded charts

    @Test func markdownEmbedsTheChartsOnlyWithAChartsPath() throws {
        #expect(!ReportRenderer.render(full, as: .markdown).contains("!["))
        expectSameBytes(ReportRenderer.render(full, as: .markdown), ReportRenderer.render(full, as: .markdown, chartsPath: nil))
        let markdown = ReportRenderer.render(full, as: .markdown, chartsPath: "charts/")
        let images = ChartRenderer.catalog(full).map { "![\($0.title)](charts/\($0.fileName))" }
        #expect(images.count == 7)   // the contribution to variance with the tornado, page 1's summary chart
        for image in images { #expect(markdown.contains("\n\n" + image + "\n\n"), "\(image)") }
        // Each chart beside the figures it illustrates (issue 20): the story chart (the stock curve of
        // the verdict's cycle alone, the verdict being a smaller stock) on the summary page, the
        // profit distribution and the loss-exceedance curve with the cycles compared, the stock
        // curves of both cycles opening the risk profiles, the lead time and the tornado with the
        // first cycle's figures.
        func at(_ needle: String) throws -> String.Index { try #require(markdown.range(of: needle), "\(needle)").lowerBound }
        let summary = try at("\n## 1  Summary\n"), compared = try at("\n## 2  The cycles compared\n")
        let profiles = try at("\n## 3  Risk profiles\n"), cycle1 = try at("\n### 3.1  Cycle traditional\n")
        let cycle2 = try at("\n### 3.2  Cycle 数据驱动\n")
        let story = try at("(charts/summary.svg)"), distribution = try at("(charts/profit-distribution.svg)")
        let stockCurves = try at("(charts/stock-curve.svg)")
        let loss = try at("(charts/loss-exceedance.svg)"), lead = try at("(charts/lead-time.svg)")
        let tornado = try at("(charts/tornado.svg)")
        #expect(summary < story && story < compared)
        #expect(compared < distribution && compared < loss && distribution < profiles && loss < profiles)
        #expect(profiles < stockCurves && stockCurves < cycle1)
        #expect(profiles < cycle1 && cycle1 < lead && lead < tornado && tornado < cycle2)
        #expect(ReportRenderer.render(full, as: .markdown, chartsPath: "").contains("](profit-distribution.svg)"))
        #expect(ReportRenderer.render(full, as: .markdown, chartsPath: "../my charts (v2)/图")
            .contains("](../my%20charts%20%28v2%29/%E5%9B%BE/stock-curve.svg)"))
        let noTornado = ReportRenderer.render(plain, as: .markdown, chartsPath: "c")
        #expect(!noTornado.contains("tornado.svg") && noTornado.contains("(c/lead-time.svg)"))
        // The other formats ignore the charts path.
        for format in [ReportFormat.text, .json, .csv] {
            expectSameBytes(ReportRenderer.render(full, as: format, chartsPath: "c"), ReportRenderer.render(full, as: format), "\(format)")
        }
    }

    @Test func everythingRendersTwiceIdentically() {
        for format in ReportFormat.allCases {
            #expect(ReportRenderer.render(ReportFixtures.full(), as: format, chartsPath: "c")
                    == ReportRenderer.render(ReportFixtures.full(), as: format, chartsPath: "c"))
        }
        #expect(HeadlineRenderer.render(ReportFixtures.full()) == HeadlineRenderer.render(ReportFixtures.full()))
    }
}
