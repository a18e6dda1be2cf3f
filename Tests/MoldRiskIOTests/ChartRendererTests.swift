import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
import MoldRiskTestSupport
import MoldRiskReportTestSupport

@Suite struct ChartRendererTests {
    let full = ReportFixtures.full()
    var files: [ChartFile] { ChartRenderer.render(full) }
    static let allFiles = ["summary.svg", "profit-distribution.svg", "loss-exceedance.svg", "stock-curve.svg", "lead-time.svg", "tornado.svg",
                           "contribution-to-variance.svg"]

    @Test func everyChartIsStandaloneSVG11XML() throws {
        let files = self.files
        #expect(files.map(\.fileName) == Self.allFiles)
        for file in files {
            let root = try ChartSupport.parse(file.svg)
            #expect(ChartSupport.name(root) == "svg", "\(file.fileName)")
            #expect(file.svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""))
            #expect(ChartSupport.attribute(root, "font-family")?.contains("Noto Sans CJK SC") == true)
            #expect((ChartSupport.number(root, "width") ?? 0) > 0 && (ChartSupport.number(root, "height") ?? 0) > 0)
            let title = ChartSupport.find(root, "title").first?.stringValue ?? ""
            #expect(!title.isEmpty)
            #expect(ChartSupport.find(root, "g", classes: ["axis", "x-axis"]).count >= 1, "\(file.fileName) has no x axis")
            #expect(ChartSupport.texts(root).contains(where: { $0.hasPrefix("Tornado") || $0.contains(":") || $0.count > 10 }))
            #expect(!file.svg.contains("nan") && !file.svg.contains("inf"))
            #expect(file.svg.utf8.count < 60_000, "\(file.fileName) is \(file.svg.utf8.count) bytes")
        }
    }

    @Test func tornadoOnlyWhenSomeCycleHasSensitivity() {
        let plain = ChartRenderer.render(ReportFixtures.result())
        #expect(plain.map(\.fileName) == Array(Self.allFiles.dropLast(2)))
        var one = ReportFixtures.result()
        one.cycles[1].sensitivity = ReportFixtures.tornado(cycle: one.cycles[1].name, center: 0, signals: true)
        #expect(ChartRenderer.render(one).map(\.fileName) == Self.allFiles)
    }

    /// Page 1's chart is one panel, the verdict's cycle alone: its stock curve when the verdict is a
    /// smaller stock, else its profit distribution; one cycle draws no separate summary.
    @Test func summaryChartDrawsTheVerdictsCycleAlone() throws {
        let chosen = full.verdict.cycle, other = try #require(full.cycles.first { $0.name != chosen }).name
        let stock = ChartSupport.texts(try ChartSupport.chart(files, "summary.svg"))
        // The one cycle is named in the title (no panel title), the other nowhere.
        #expect(stock.contains(EnglishStrings().chartOfOneCycle("Stock curve", cycle: chosen)))
        #expect(!stock.contains { $0.contains(other) })
        var go = full
        go.verdict.decision = .go
        go.verdict.stock = go.scenario.product.stock
        let profit = ChartSupport.texts(try ChartSupport.chart(ChartRenderer.render(go), "summary.svg"))
        #expect(profit.contains { $0.hasPrefix(chosen + ": expected profit") })
        #expect(!profit.contains { $0.hasPrefix(other + ": expected profit") })
        var one = go
        one.cycles = [go.cycles[0]]
        one.verdict.cycle = go.cycles[0].name
        #expect(!ChartRenderer.render(one).map(\.fileName).contains("summary.svg"))
    }

    @Test func lossExceedanceHasOnePolylinePerCycleNamedInTheLegendAndDashedDifferently() throws {
        let root = try ChartSupport.chart(files, "loss-exceedance.svg")
        let series = ChartSupport.find(root, "polyline", classes: ["series"])
        #expect(series.map { ChartSupport.title($0) } == full.cycles.map(\.name))
        for (line, cycle) in zip(series, full.cycles) {
            #expect(ChartSupport.points(line).count == cycle.lossExceedance.count)
        }
        #expect(Set(series.map { ChartSupport.attribute($0, "stroke-dasharray") ?? "solid" }).count == series.count)
        let legend = try #require(ChartSupport.find(root, "g", classes: ["legend"]).first)
        let words = ChartSupport.texts(legend)
        for cycle in full.cycles {
            #expect(words.contains { $0.hasPrefix(cycle.name + ": P(loss)") }, "legend lacks \(cycle.name)")
        }
        #expect(words.contains("tolerance 20.0 %"))
        #expect(ChartSupport.find(root, "line", classes: ["tolerance"]).count == 1)
        // Markers of different shapes per cycle: circles for the first, squares (rect) for the second.
        let groups = ChartSupport.find(root, "g", classes: ["cycle"])
        #expect(groups.count == 2)
        #expect(ChartSupport.find(groups[0], "circle").count > 3 && ChartSupport.find(groups[0], "rect").isEmpty)
        #expect(ChartSupport.find(groups[1], "rect").count > 3 && ChartSupport.find(groups[1], "circle").isEmpty)
    }

    /// An input's name in words, as the chart's reader sees it (issue 20: no key paths).
    static func named(_ bars: [SensitivityBar], words: any ReportStrings = EnglishStrings()) -> [String] {
        bars.map { ReportContent.inputLabel($0.input, words: words) }
    }

    @Test func tornadoBarsAreWidestFirstWithTheInputAsTitle() throws {
        let root = try ChartSupport.chart(files, "tornado.svg")
        let bars = ChartSupport.find(root, "g", classes: ["bar"])
        #expect(bars.compactMap(ChartSupport.title) == full.cycles.flatMap { Self.named($0.sensitivity?.bars ?? []) })
        var offset = 0
        for cycle in full.cycles {
            let tornado = try #require(cycle.sensitivity)
            let panel = bars[offset..<offset + tornado.bars.count]
            offset += tornado.bars.count
            // Drawn length of each bar: both sides, in pixels; widest first, top to bottom, the
            // continuous inputs first, then the yes/no events (class `event`) widest first.
            let inputs = panel.filter { !ChartSupport.classes($0).contains("event") }
            let events = panel.filter { ChartSupport.classes($0).contains("event") }
            #expect(events.compactMap(ChartSupport.title) == Self.named(tornado.bars.filter(\.isEvent)))
            #expect(Array(panel.prefix(inputs.count)) == inputs)
            for group in [inputs, events] {
                let lengths = group.map { bar in ChartSupport.find(bar, "rect").compactMap { ChartSupport.number($0, "width") }.reduce(0, +) }
                #expect(lengths == lengths.sorted(by: >), "\(cycle.name): \(lengths)")
            }
            let tops = panel.map { ChartSupport.find($0, "rect").compactMap { ChartSupport.number($0, "y") }.min() ?? 0 }
            #expect(tops == tops.sorted())
            #expect(panel.allSatisfy { ChartSupport.find($0, "rect", classes: ["side", "p10"]).count == 1
                && ChartSupport.find($0, "rect", classes: ["side", "p90"]).count == 1 })
        }
        #expect(ChartSupport.find(root, "line", classes: ["centre-line"]).count == full.cycles.count)
        #expect(ChartSupport.texts(root).contains("expected profit (¥k)"))
        let chinese = try ChartSupport.chart(ChartRenderer.render(full, language: .zh), "tornado.svg")
        #expect(ChartSupport.find(chinese, "g", classes: ["bar"]).compactMap(ChartSupport.title)
                == full.cycles.flatMap { Self.named($0.sensitivity?.bars ?? [], words: ChineseStrings()) })
        #expect(ChartSupport.texts(chinese).contains("期望利润 (万元)"))
    }

    @Test func tornadoKeepsTheResultsOrderSoADominantInputIsOnTop() throws {
        var r = ReportFixtures.full(cycleNames: ["solo"])
        let dominant = SensitivityBar(input: "cycles.solo.demand.units", held: .input(unit: .units, atP10: 20_000, atP90: 160_000), expectedProfitAtP10: -500_000, expectedProfitAtP90: 900_000,
                                      probabilityOfLossAtP10: 0.9, probabilityOfLossAtP90: 0.01, rankCorrelation: 0.95)
        r.cycles[0].sensitivity?.bars.insert(dominant, at: 0)
        let root = try ChartSupport.chart(ChartRenderer.render(r), "tornado.svg")
        let first = try #require(ChartSupport.find(root, "g", classes: ["bar"]).first)
        #expect(ChartSupport.title(first) == "demand")
        #expect(ChartSupport.texts(first).contains("demand") && ChartSupport.texts(first).contains("20,000 → 160,000 units"))
    }

    /// Every bar shows its key and, under it, the values it held; the events have their own
    /// heading; no label reaches past the canvas's left edge or into the plot, even for a long key
    /// and values in the billions.
    @Test func tornadoLabelsCarryTheHeldValuesAndStayInTheLabelColumn() throws {
        var r = ReportFixtures.full()
        r.cycles[1].sensitivity?.bars.insert(SensitivityBar(
            input: "cycles.other_cycle_with_a_long_name.demand.drift_per_30_days",
            held: .input(unit: .visitors, atP10: 1_088_801_000, atP90: 2_066_493_000),
            expectedProfitAtP10: 0, expectedProfitAtP90: 400_000,
            probabilityOfLossAtP10: 0.5, probabilityOfLossAtP90: 0, rankCorrelation: 0.2), at: 0)
        let root = try ChartSupport.chart(ChartRenderer.render(r), "tornado.svg")
        let bars = ChartSupport.find(root, "g", classes: ["bar"])
        let results = r.cycles.flatMap { $0.sensitivity?.bars ?? [] }
        #expect(bars.count == results.count)
        let plotLeft = try #require(ChartSupport.find(root, "rect", classes: ["side"]).compactMap { ChartSupport.number($0, "x") }.min())
        var checked = 0
        for (bar, result) in zip(bars, results) {
            let held = try #require(ChartSupport.find(bar, "text", classes: ["held"]).first)
            let text = held.stringValue ?? ""
            #expect(text == ReportContent.heldLabel(result) || text.hasSuffix("…"), "\(text)")
            for label in ChartSupport.find(bar, "text") where ChartSupport.attribute(label, "text-anchor") == "end" {
                let x = try #require(ChartSupport.number(label, "x"))
                let size = ChartSupport.number(label, "font-size") ?? 12
                let width = SVG.textWidth(label.stringValue ?? "", size: size)
                #expect(x - width >= 0, "\(label.stringValue ?? "") leaves the canvas")
                #expect(x <= plotLeft, "\(label.stringValue ?? "") reaches into the plot")
                checked += 1
            }
        }
        #expect(checked == 2 * results.count)
        #expect(ChartSupport.texts(root).contains("37,081 → 172,597 units"))
        #expect(ChartSupport.texts(root).contains("rework, 35 % chance: never / always"))
        #expect(ChartSupport.find(root, "text", classes: ["group-heading"]).count == r.cycles.count)
        #expect(ChartSupport.find(root, "g", classes: ["bar", "event"]).compactMap(ChartSupport.title)
                == Self.named(results.filter(\.isEvent)))
    }

    @Test func stockCurveMarksBestAndToleratedStockOnTheirCurves() throws {
        let root = try ChartSupport.chart(files, "stock-curve.svg")
        let profit = ChartSupport.find(root, "polyline", classes: ["series", "expected-profit"])
        let loss = ChartSupport.find(root, "polyline", classes: ["series", "probability-of-loss"])
        #expect(profit.count == full.cycles.count && loss.count == full.cycles.count)
        let best = ChartSupport.find(root, "polygon", classes: ["marker", "best-stock"])
        let tolerated = ChartSupport.find(root, "polygon", classes: ["marker", "tolerated-stock"])
        #expect(best.count == full.cycles.count)
        #expect(tolerated.count == full.cycles.filter { $0.maxStockWithinTolerance != nil }.count)
        func centre(_ polygon: XMLElement) -> (Double, Double) {
            let p = ChartSupport.points(polygon)
            let xs: [Double] = p.map { $0.0 }, ys: [Double] = p.map { $0.1 }
            return (xs.reduce(0, +) / Double(max(1, p.count)), ys.reduce(0, +) / Double(max(1, p.count)))
        }
        for (index, cycle) in full.cycles.enumerated() {
            let stocks = cycle.stockCurve.map(\.stock)
            let bestIndex = try #require(stocks.firstIndex(of: cycle.bestStock))
            let vertex = ChartSupport.points(profit[index])[bestIndex]
            #expect(abs(centre(best[index]).0 - vertex.0) < 0.6 && abs(centre(best[index]).1 - vertex.1) < 2)
            let maxStock = try #require(cycle.maxStockWithinTolerance)
            let maxIndex = try #require(stocks.firstIndex(of: maxStock))
            let lossVertex = ChartSupport.points(loss[index])[maxIndex]
            #expect(abs(centre(tolerated[index]).0 - lossVertex.0) < 0.6)
        }
        let words = ChartSupport.texts(root)
        #expect(words.contains("best 150,000") && words.contains("plan, max 100,000") && words.contains("max 120,000"))
        #expect(words.contains("stock (units)") && words.contains("P(loss)"))
    }

    /// Without `[life]` the panel marks the stock search's best and largest tolerated stock, which
    /// need not be tabulated levels (issue 19: the best stock is not read off a grid), with the
    /// search's expected profit at the best, and the note says where the marks come from.
    @Test func stockCurveMarksTheStockSearchsAnswersBetweenTheLevels() throws {
        var r = ReportFixtures.full()
        let curve = r.cycles[1].stockCurve
        let profit = 1.1 * (curve.map(\.expectedValue).max() ?? 0)
        r.cycles[1].stockDecision = StockDecision(
            best: StockValue(stock: 112_345, expectedValue: profit, se: 100, probabilityOfLoss: 0.1),
            withinTolerance: ClosedInterval(lower: 90_000, upper: 118_500), recommended: nil, bestAtRangeBound: false,
            searched: ClosedInterval(lower: 5_000, upper: 300_000), resolution: 500, trials: 10_000, evaluations: 71)
        let root = try ChartSupport.chart(ChartRenderer.render(r), "stock-curve.svg")
        let words = ChartSupport.texts(root)
        #expect(words.contains("best 112,345") && words.contains("max 118,500"))
        #expect(words.joined(separator: " ").contains("stock search"))
        // The diamond sits between the 100,000 and 120,000 vertices, above both (it earns more).
        let line = ChartSupport.points(ChartSupport.find(root, "polyline", classes: ["series", "expected-profit"])[1])
        let stocks = curve.map(\.stock)
        let (at100, at120) = try (line[#require(stocks.firstIndex(of: 100_000))], line[#require(stocks.firstIndex(of: 120_000))])
        let diamond = ChartSupport.points(ChartSupport.find(root, "polygon", classes: ["marker", "best-stock"])[1])
        let x = diamond.map(\.0).reduce(0, +) / Double(diamond.count), y = diamond.map(\.1).reduce(0, +) / Double(diamond.count)
        #expect(at100.0 < x && x < at120.0)
        #expect(y < min(at100.1, at120.1))
        // The other cycle, without a search, keeps its tabulated marks.
        #expect(words.contains("best 150,000"))
    }

    /// P(loss) has its own plot on a full 0–100 % axis (no right-hand axis
    /// sharing the profit plot), the planned stock is marked in every panel, and the tolerance's
    /// label box meets no part of the P(loss) curve.
    @Test func stockCurveGivesPLossItsOwnFullAxisMarksThePlanAndLabelsClearOfData() throws {
        for result in [full, ReportFixtures.result(withinTolerance: false)] {
            let root = try ChartSupport.chart(ChartRenderer.render(result), "stock-curve.svg")
            #expect(ChartSupport.find(root, "g", classes: ["y-axis", "right"]).isEmpty)
            let axes = ChartSupport.find(root, "g", classes: ["y-axis"])
            let lossAxes = axes.filter { ChartSupport.texts($0).contains("P(loss)") }
            #expect(lossAxes.count == result.cycles.count)
            for axis in lossAxes { #expect(ChartSupport.texts(axis).contains("0 %") && ChartSupport.texts(axis).contains("100 %")) }
            #expect(ChartSupport.find(root, "line", classes: ["plan-line"]).count == result.cycles.count)
            let curves = ChartSupport.find(root, "polyline", classes: ["series", "probability-of-loss"])
            let labels = ChartSupport.find(root, "g", classes: ["tolerance-label"])
            #expect(labels.count == result.cycles.count)
            for (label, curve) in zip(labels, curves) {
                let box = try #require(ChartSupport.find(label, "rect").first)
                let (x0, y0) = (ChartSupport.number(box, "x") ?? 0, ChartSupport.number(box, "y") ?? 0)
                let (x1, y1) = (x0 + (ChartSupport.number(box, "width") ?? 0), y0 + (ChartSupport.number(box, "height") ?? 0))
                let p = ChartSupport.points(curve)
                for (a, b) in zip(p, p.dropFirst()) {
                    for t in stride(from: 0.0, through: 1.0, by: 0.01) {
                        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
                        #expect(!(x0 <= x && x <= x1 && y0 <= y && y <= y1), "tolerance label over the P(loss) curve")
                    }
                }
            }
        }
    }

    @Test func noToleratedStockIsSaidInsteadOfMarked() throws {
        var r = ReportFixtures.full()
        r.cycles[0].maxStockWithinTolerance = nil
        let root = try ChartSupport.chart(ChartRenderer.render(r), "stock-curve.svg")
        #expect(ChartSupport.find(root, "polygon", classes: ["marker", "tolerated-stock"]).count == 1)
        #expect(ChartSupport.find(root, "g", classes: ["no-tolerated-stock"]).count == 1)
    }

    @Test func profitDistributionHasBarsAndAnSCurvePerCycleIn万元() throws {
        let root = try ChartSupport.chart(files, "profit-distribution.svg")
        let curves = ChartSupport.find(root, "polyline", classes: ["series", "s-curve"])
        #expect(curves.compactMap(ChartSupport.title) == full.cycles.map(\.name))
        let bars = ChartSupport.find(root, "g", classes: ["bars"])
        #expect(bars.map { ChartSupport.find($0, "rect").count } == full.cycles.map(\.profitHistogram.count))
        let words = ChartSupport.texts(root)
        // English money in ¥ with k or M (issue 20), Chinese in 万元 with a note saying what 万元 is.
        #expect(words.contains("profit (¥k)") && !words.contains { $0.contains("万元") })
        #expect(words.contains("P(profit ≤ x)") && words.contains("share of trials per band"))
        let chinese = ChartSupport.texts(try ChartSupport.chart(ChartRenderer.render(full, language: .zh), "profit-distribution.svg"))
        #expect(chinese.contains("利润 (万元)"))
        #expect(chinese.joined(separator: " ").contains("1万元 = 10,000元"), "\(chinese)")
        #expect(!chinese.contains { $0.hasSuffix("10,000") }, "a figure parted from its unit")
        #expect(ChartSupport.find(root, "line", classes: ["zero-line"]).count == full.cycles.count)
        #expect(ChartSupport.find(root, "line", classes: ["mean-line"]).count == full.cycles.count)
    }

    @Test func smallAmountsStayInYuan() throws {
        var r = ReportFixtures.full()
        for i in r.cycles.indices {
            r.cycles[i].profitCDF = r.cycles[i].profitCDF.map { CurvePoint(x: $0.x / 100, probability: $0.probability) }
            r.cycles[i].profitHistogram = r.cycles[i].profitHistogram.map {
                HistogramBin(lower: $0.lower / 100, upper: $0.upper / 100, share: $0.share)
            }
            r.cycles[i].lossExceedance = r.cycles[i].lossExceedance.map { CurvePoint(x: $0.x / 100, probability: $0.probability) }
        }
        let files = ChartRenderer.render(r)
        let words = ChartSupport.texts(try ChartSupport.chart(files, "profit-distribution.svg"))
        #expect(words.contains("profit (¥)") && !words.contains { $0.contains("¥k") })
        #expect(ChartSupport.texts(try ChartSupport.chart(files, "loss-exceedance.svg")).contains("loss (¥)"))
        let chinese = ChartRenderer.render(r, language: .zh)
        #expect(ChartSupport.texts(try ChartSupport.chart(chinese, "profit-distribution.svg")).contains("利润 (元)"))
        #expect(!ChartSupport.texts(try ChartSupport.chart(chinese, "profit-distribution.svg")).contains("利润 (万元)"))
    }

    @Test func leadTimeHatchesLateBandsAndDrawsTheWindowLine() throws {
        let root = try ChartSupport.chart(files, "lead-time.svg")
        let late = ChartSupport.find(root, "g", classes: ["bars", "late"])
        #expect(late.map { ChartSupport.find($0, "rect").count }
                == full.cycles.map { c in c.leadTime.histogram.filter { $0.lower >= c.leadTime.commitDays }.count })
        #expect(ChartSupport.find(root, "pattern").count == 1)
        #expect(late.flatMap { ChartSupport.find($0, "rect") }.allSatisfy { ChartSupport.attribute($0, "fill") == "url(#hatch)" })
        #expect(ChartSupport.find(root, "line", classes: ["commit-line"]).count == full.cycles.count)
        #expect(ChartSupport.texts(root).contains("window opens: 60.0 days"))
    }

    @Test func namesWithMarkupAreEscapedAndStillParse() throws {
        let names = ["a<b & \"c\"", "数据 'd' >"]
        let r = ReportFixtures.full(name: "杯 <&> \"x\"\u{07}", cycleNames: names)
        for file in ChartRenderer.render(r) {
            let root = try ChartSupport.parse(file.svg)
            #expect(!file.svg.contains("\u{07}"))
            if file.fileName == "loss-exceedance.svg" {
                #expect(ChartSupport.find(root, "polyline", classes: ["series"]).compactMap(ChartSupport.title) == names)
            }
        }
    }

    @Test func renderingTwiceGivesIdenticalBytesWithFixedDecimals() throws {
        #expect(ChartRenderer.render(ReportFixtures.full()) == ChartRenderer.render(ReportFixtures.full()))
        let longDecimals = try NSRegularExpression(pattern: "=\"[^\"]*\\d\\.\\d{3,}")
        for file in files {
            let range = NSRange(file.svg.startIndex..., in: file.svg)
            #expect(longDecimals.firstMatch(in: file.svg, range: range) == nil, "\(file.fileName)")
        }
    }

    @Test func degenerateResultsStillGiveValidCharts() throws {
        var r = ReportFixtures.full(cycleNames: ["only"])
        r.cycles[0].profitCDF = []
        r.cycles[0].profitHistogram = []
        r.cycles[0].lossExceedance = []
        r.cycles[0].leadTime.histogram = [HistogramBin(lower: 1, upper: .nan, share: 1)]
        r.cycles[0].stockCurve[0].expectedValue = .nan
        r.cycles[0].profit.mean = .infinity
        r.cycles[0].sensitivity?.bars[0] = SensitivityBar(input: "x", held: .input(unit: .days, atP10: .nan, atP90: .infinity), expectedProfitAtP10: .nan, expectedProfitAtP90: 1,
                                                    probabilityOfLossAtP10: 0, probabilityOfLossAtP90: 0, rankCorrelation: 0)
        for file in ChartRenderer.render(r) {
            _ = try ChartSupport.parse(file.svg)
            #expect(!file.svg.lowercased().contains("nan") && !file.svg.contains("inf"), "\(file.fileName)")
        }
    }
}

@Suite struct ChartPrimitiveTests {
    @Test func numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
        #expect(SVG.number(12.5) == "12.5")
        #expect(SVG.number(3) == "3")
        #expect(SVG.number(2.345678) == "2.35")
        #expect(SVG.number(-0.001) == "0")
        #expect(SVG.number(-7.1) == "-7.1")
        #expect(SVG.number(.nan) == "0")
    }

    @Test func escapingCoversXMLSpecialCharacters() {
        #expect(SVG.escape("a<b>&\"c\" 'd'") == "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;")
        #expect(SVG.escape("x\u{01}y\nz") == "x y z")
        #expect(SVG.escape("漱口杯") == "漱口杯")
    }

    @Test func niceTicksAreRoundAndCoverTheRange() {
        #expect(Ticks.nice(0, 100, count: 4).values == [0, 25, 50, 75, 100])
        let share = Ticks.nice(0, 8.4, count: 4)
        #expect(share.values.first == 0 && (share.values.last ?? 0) >= 8.4 && share.values.count <= 6)
        let money = Ticks.nice(-62.3, 89.1, count: 5)
        #expect(money.values.first! <= -62.3 && money.values.last! >= 89.1)
        #expect(money.values.allSatisfy { ($0 / money.step).rounded() * money.step == $0 })
        let exact = Ticks.fitting(-62.3, 89.1, length: 700, exact: true) { AxisUnit.plain("").label($0, decimals: $1) }
        #expect(exact.values.allSatisfy { $0 >= -62.3 && $0 <= 89.1 } && exact.values.count >= 3)
        #expect(Ticks.nice(0.0012, 0.0019, count: 4).decimals >= 4)
    }

    @Test func moneyAxisIsInThousandsOrMillionsInEnglishAnd万元InChinese() {
        #expect(AxisUnit.money("profit", largest: 9_999).title == "profit (¥)")
        #expect(AxisUnit.money("profit", largest: 10_000).title == "profit (¥k)")
        #expect(AxisUnit.money("profit", largest: 10_000).divisor == 1_000)
        #expect(AxisUnit.money("profit", largest: 12_000_000).title == "profit (¥M)")
        #expect(AxisUnit.money("profit", largest: 12_000_000).note.isEmpty)
        let zh = ChineseStrings()
        #expect(AxisUnit.money("利润", largest: 99_999, words: zh).title == "利润 (元)")
        #expect(AxisUnit.money("利润", largest: 100_000, words: zh).title == "利润 (万元)")
        #expect(AxisUnit.money("利润", largest: 100_000, words: zh).divisor == 10_000)
        #expect(!AxisUnit.money("利润", largest: 100_000, words: zh).note.isEmpty)
        #expect(AxisUnit.moneyLabel(125_000, words: EnglishStrings()) == "¥125k")
        #expect(AxisUnit.moneyLabel(-125_000, words: zh) == "-12.50万元")
    }
}

@Suite struct ChartFolderTests {
    @Test func relativePathFromTheReportsFolder() {
        let cwd = "/home/u/project"
        #expect(ChartFolder.relativePath(to: "reports/charts", fromReportAt: "reports/x.md", currentDirectory: cwd) == "charts")
        #expect(ChartFolder.relativePath(to: "charts", fromReportAt: "reports/x.md", currentDirectory: cwd) == "../charts")
        #expect(ChartFolder.relativePath(to: "reports", fromReportAt: "reports/x.md", currentDirectory: cwd) == "")
        #expect(ChartFolder.relativePath(to: "./out/c/", fromReportAt: nil, currentDirectory: cwd) == "out/c")
        #expect(ChartFolder.relativePath(to: "/tmp/c", fromReportAt: "r.md", currentDirectory: cwd) == "../../../tmp/c")
        #expect(ChartFolder.relativePath(to: "/tmp/c", fromReportAt: "/tmp/r/x.md", currentDirectory: cwd) == "../c")
        #expect(ChartFolder.relativePath(to: "a/../图表", fromReportAt: nil, currentDirectory: cwd) == "图表")
    }

    @Test func writesEveryFileIntoANewFolder() throws {
        let root = NSTemporaryDirectory() + "moldrisk-chart-tests-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ChartRenderer.render(ReportFixtures.full())
        try ChartFolder.write(files, to: root + "/nested/charts")
        for file in files {
            #expect(try String(contentsOfFile: root + "/nested/charts/" + file.fileName, encoding: .utf8) == file.svg)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/nested/charts").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
