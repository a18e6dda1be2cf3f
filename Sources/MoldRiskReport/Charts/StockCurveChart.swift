import MoldRiskAnalysis
import MoldRiskCore

/// `stock-curve.svg`: per cycle, two plots over one stock axis: expected profit on top (solid,
/// circles, zero line), P(loss) below on its own full 0–100 % axis (dashed, squares) with the
/// tolerance dotted on it. Vertical lines through both mark the best stock (diamond on the profit
/// curve), the largest stock within tolerance (triangle on the P(loss) curve) and the planned
/// stock; their labels sit in the headroom above the profit curve, and the tolerance's label at
/// the end of its line where no curve passes. Without `[life]` the best and largest tolerated stocks
/// are the stock search's (`CycleResult.stockDecision`), which need not be tabulated levels.
enum StockCurveChart {
    static let profitHeight = 140.0
    static let lossHeight = 90.0
    /// The two plots' heights on page 1 (`compact`), where the chart shares the page with the summary.
    static let compactProfitHeight = 86.0
    static let compactLossHeight = 46.0
    static let compactGap = 16.0
    static let gap = 24.0

    /// `onLife`: the cycles' curves are the NPV over the mold's life (`LifeAnalysis.judgedOnLife`),
    /// what the verdict and the stock search judge with `[life]`: page 1's chart of such a verdict.
    static func svg(_ result: RunResult, words: any ReportStrings, compact: Bool = false, onLife: Bool = false) -> String {
        let profitHeight = compact ? Self.compactProfitHeight : Self.profitHeight
        let lossHeight = compact ? Self.compactLossHeight : Self.lossHeight
        let gap = compact ? Self.compactGap : Self.gap
        let cycles = result.cycles
        let say = words.phrase
        let tolerance = result.scenario.maxLossProbability
        let planned = result.scenario.product.stock
        let profitStroke = Stroke(color: ChartStyle.ink, width: 2.2)
        let lossStroke = Stroke(color: ChartStyle.accent, width: 2.2, dash: "9 4")
        let toleranceStroke = Stroke(color: ChartStyle.ink, width: 1.4, dash: "1 3")
        let bestStroke = Stroke(color: ChartStyle.darkGrey, width: 1.2)
        let maxStroke = Stroke(color: ChartStyle.accent, width: 1.2, dash: "6 3")
        let planStroke = Stroke(color: ChartStyle.midGrey, width: 3, dash: "2 3")
        // Page 1's chart (the verdict's cycle alone) names the cycle in its title instead of a panel title.
        let title = compact && cycles.count == 1
            ? words.chartOfOneCycle(say(onLife ? .chartLifeStockCurveShortTitle : .chartStockCurveShortTitle), cycle: cycles[0].name)
            : say(onLife ? .chartLifeStockCurveTitle : .chartStockCurveTitle)
        var canvas = ChartCanvas(title: title, subtitle: compact ? "" : result.scenario.name, legend: [
            LegendItem(sample: .line(profitStroke, .circle), label: say(onLife ? .chartNPVUpper : .chartProfitUpper)),
            LegendItem(sample: .line(lossStroke, .square), label: say(.chartLossLower)),
            LegendItem(sample: .line(toleranceStroke, nil), label: words.chartToleranceOnLoss(tolerance)),
            LegendItem(sample: .line(bestStroke, .diamond), label: say(onLife ? .chartBestNPVLegend : .chartBestLegend)),
            LegendItem(sample: .line(maxStroke, .triangle), label: say(.chartMaxLegend)),
            LegendItem(sample: .line(planStroke, nil), label: say(.chartPlanLegend)),
        ])

        let points = cycles.flatMap(\.stockCurve)
        let marked = cycles.map { marks($0, result: result, onLife: onLife) }
        let stocks = ChartCanvas.finite(points.map(\.stock) + [planned] + marked.flatMap { [$0.best?.stock, $0.tolerated].compactMap { $0 } })
        let profits = ChartCanvas.finite(points.map(\.expectedValue) + marked.compactMap { $0.best?.profit })
        // Page 1's short plots title their axes briefly; the legend names the series.
        let unit = AxisUnit.money(say(compact ? (onLife ? .chartNPVAxisShort : .chartProfitAxisShort)
                                              : (onLife ? .chartExpectedNPVAxis : .chartExpectedProfitAxis)), largest: profits.map(\.magnitude).max() ?? 0, words: words)
        let stockUnit = AxisUnit.plain(say(.chartStockAxis))
        let pUnit = AxisUnit.percent(compact ? "" : say(.probabilityOfLoss))

        for (cycle, stocksMarked) in zip(cycles, marked) {
            let top = canvas.panel(title: compact && cycles.count == 1 ? "" : cycle.name, plotHeight: profitHeight, left: 84, right: 40)
            let bottom = PlotArea(x: top.x, y: top.bottom + gap, width: top.width, height: lossHeight)
            canvas.cursor = bottom.bottom + 58
            guard let sLo = stocks.min(), let sHi = stocks.max(), let pLo = profits.min(), let pHi = profits.max(),
                  !cycle.stockCurve.isEmpty else {
                canvas.empty(PlotArea(x: top.x, y: top.y, width: top.width, height: bottom.bottom - top.y), say(.noData))
                continue
            }
            let pad = max((sHi - sLo) * 0.04, sHi > sLo ? 0 : max(1, sHi.magnitude * 0.1))
            let xTicks = Ticks.fitting(sLo - pad, sHi + pad, length: bottom.width, exact: true) {
                stockUnit.label($0, decimals: $1)
            }
            let x = LinearScale(lower: sLo - pad, upper: sHi + pad, start: top.x, end: top.right)
            // Headroom over the profit curve: the marked stocks' labels sit in the top band.
            let yTicks = Ticks.nice(pLo / unit.divisor, (pHi + max(pHi - pLo, pHi.magnitude * 0.2, 1) * 0.45) / unit.divisor,
                                    count: 5)
            let y = LinearScale(lower: yTicks.lower, upper: yTicks.upper, start: top.bottom, end: top.y)
            let pTicks = Ticks.nice(0, 100, count: 3)
            let yP = LinearScale(lower: 0, upper: 100, start: bottom.bottom, end: bottom.y)

            ChartAxes.grid(&canvas.doc, area: top, y: (y, yTicks))
            ChartAxes.grid(&canvas.doc, area: bottom, y: (yP, pTicks))
            if yTicks.lower < 0 && yTicks.upper > 0 {
                canvas.doc.add(SVGDocument.line(top.x, y(0), top.right, y(0), Stroke(color: ChartStyle.darkGrey, width: 1),
                                                className: "zero-line"))
            }
            let curve = cycle.stockCurve.filter { $0.stock.isFinite }
            let best = stocksMarked.best
            let tolerated = stocksMarked.tolerated
            let toleratedLoss = curve.first { $0.stock == tolerated }?.probabilityOfLoss

            // Marked stocks: vertical lines through both plots first, so the curves are drawn over them.
            var marks: [(stock: Double, word: String)] = []
            if planned.isFinite {
                canvas.doc.add(SVGDocument.line(x(planned), top.y, x(planned), bottom.bottom, planStroke, className: "plan-line"))
                marks.append((planned, say(.markPlan)))
            }
            if let best {
                canvas.doc.add(SVGDocument.line(x(best.stock), top.y, x(best.stock), bottom.bottom, bestStroke))
                marks.append((best.stock, say(.markBest)))
            }
            if let tolerated {
                canvas.doc.add(SVGDocument.line(x(tolerated), top.y, x(tolerated), bottom.bottom, maxStroke))
                marks.append((tolerated, say(.markMax)))
            }
            if tolerance.isFinite {
                canvas.doc.add(SVGDocument.line(bottom.x, yP(tolerance * 100), bottom.right, yP(tolerance * 100),
                                                toleranceStroke, className: "tolerance"))
            }

            // Labels before the curves, one per marked stock (words joined when stocks coincide).
            var row = 0
            for stock in marks.map(\.stock).reduce(into: [Double](), { if !$0.contains($1) { $0.append($1) } }) {
                let words = marks.filter { $0.stock == stock }.map(\.word).joined(separator: ", ")
                mark(&canvas, "\(words) \(Fmt.units(stock))", at: x(stock), row: row, area: top)
                row += 1
            }
            let lossPixels = curve.map { (x($0.stock), yP($0.probabilityOfLoss * 100)) }
            if tolerance.isFinite {
                free(&canvas, words.chartTolerance(tolerance), lineY: yP(tolerance * 100), area: bottom,
                     avoiding: lossPixels, className: "tolerance-label")
            }
            if tolerated == nil {
                free(&canvas, say(.chartNoStockWithin), lineY: bottom.y + 4, area: bottom, avoiding: lossPixels,
                     className: "no-tolerated-stock")
            }

            var profit = [SVGDocument.polyline(curve.map { (x($0.stock), y($0.expectedValue / unit.divisor)) },
                                               profitStroke, className: "series expected-profit", title: words.chartSeries(cycle: cycle.name, say(.chartExpectedProfit)))]
            profit += curve.map { SVGDocument.marker(.circle, x($0.stock), y($0.expectedValue / unit.divisor), fill: "#ffffff",
                                                     stroke: Stroke(color: ChartStyle.ink, width: 1.5)) }
            canvas.doc.add(SVGDocument.group(profit, className: "expected-profit"))
            var loss = [SVGDocument.polyline(lossPixels, lossStroke, className: "series probability-of-loss",
                                             title: words.chartSeries(cycle: cycle.name, say(.probabilityOfLoss)))]
            loss += curve.map { SVGDocument.marker(.square, x($0.stock), yP($0.probabilityOfLoss * 100), size: 6.5,
                                                   fill: "#ffffff", stroke: Stroke(color: ChartStyle.accent, width: 1.5)) }
            canvas.doc.add(SVGDocument.group(loss, className: "probability-of-loss"))

            if let best {
                canvas.doc.add(SVGDocument.marker(.diamond, x(best.stock), y(best.profit / unit.divisor), size: 12,
                                                  fill: ChartStyle.ink, stroke: Stroke(color: "#ffffff", width: 1),
                                                  className: "marker best-stock"))
            }
            if let tolerated, let toleratedLoss {
                canvas.doc.add(SVGDocument.marker(.triangle, x(tolerated), yP(toleratedLoss * 100), size: 12,
                                                  fill: ChartStyle.accent, stroke: Stroke(color: "#ffffff", width: 1),
                                                  className: "marker tolerated-stock"))
            }
            ChartAxes.vertical(&canvas.doc, area: top, scale: y, ticks: yTicks, unit: unit)
            ChartAxes.vertical(&canvas.doc, area: bottom, scale: yP, ticks: pTicks, unit: pUnit)
            canvas.doc.add(SVGDocument.line(top.x, top.bottom, top.right, top.bottom, Stroke(color: ChartStyle.ink)))
            ChartAxes.bottom(&canvas.doc, area: bottom, scale: x, ticks: xTicks, unit: stockUnit)
        }
        let searched = cycles.contains { marksSearch($0, result: result, onLife: onLife) }
        // Page 1's chart keeps the unit and leaves how to read it to the legend and chapter 3's chart.
        let note = (compact ? "" : say(.chartStockCurveNote) + (searched ? say(.chartStockSearchMarks) : "")) + unit.note
        if !note.isEmpty { canvas.note(note.trimmingCharacters(in: .whitespaces)) }
        return canvas.finish()
    }

    /// A label at the top of the plot beside a marked stock's line (`row` stacks them downwards).
    static func mark(_ canvas: inout ChartCanvas, _ text: String, at px: Double, row: Int, area: PlotArea) {
        let anchor: TextAnchor = px > area.x + area.width * 0.6 ? .end : .start
        canvas.label(text, x: anchor == .end ? px - 5 : px + 5, y: area.y + 14 + Double(row) * 16, anchor: anchor)
    }

    /// A label at an end of a horizontal line at `lineY` (just above it, else just below it; right
    /// end first, then left) where its box meets none of the `points` or the segments between them.
    static func free(_ canvas: inout ChartCanvas, _ text: String, lineY: Double, area: PlotArea,
                     avoiding points: [(Double, Double)], className: String) {
        let size = ChartStyle.fontSize
        let width = SVG.textWidth(text, size: size)
        let spots: [(x: Double, baseline: Double, anchor: TextAnchor)] = [
            (area.right - 6, lineY - 5, .end), (area.right - 6, lineY + size + 4, .end),
            (area.x + 6, lineY - 5, .start), (area.x + 6, lineY + size + 4, .start),
        ].filter { $0.baseline - size >= area.y - 2 && $0.baseline + 4 <= area.bottom + 2 }
        func clear(_ spot: (x: Double, baseline: Double, anchor: TextAnchor)) -> Bool {
            let left = spot.anchor == .end ? spot.x - width : spot.x
            let (lo, hi) = (spot.baseline - size - 6, spot.baseline + 4 + 6)
            for x in stride(from: left - 6, through: left + width + 6, by: 2) {
                for (a, b) in zip(points, points.dropFirst()) where a.0 <= x && x <= b.0 && b.0 > a.0 {
                    let y = a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)
                    if lo <= y && y <= hi { return false }
                }
            }
            return !points.contains { left - 6 <= $0.0 && $0.0 <= left + width + 6 && lo <= $0.1 && $0.1 <= hi }
        }
        let spot = spots.first(where: clear) ?? spots.first ?? (area.right - 6, lineY - 5, .end)
        canvas.label(text, x: spot.x, y: spot.baseline, anchor: spot.anchor, size: size, className: className)
    }

    /// The best stock (with its expected profit) and the largest stock within tolerance a cycle's
    /// panel marks: the stock search's answers when it judged this chart's value (season-1 profit,
    /// so no `[life]`), which need not be tabulated levels; else the tabulated levels' own.
    static func marks(_ cycle: CycleResult, result: RunResult, onLife: Bool = false)
        -> (best: (stock: Double, profit: Double)?, tolerated: Double?) {
        if marksSearch(cycle, result: result, onLife: onLife), let decision = cycle.stockDecision {
            return ((decision.best.stock, decision.best.expectedValue), decision.withinTolerance?.upper)
        }
        let best = cycle.stockCurve.first { $0.stock == cycle.bestStock }.map { ($0.stock, $0.expectedValue) }
        let tolerated = cycle.maxStockWithinTolerance.flatMap { m in cycle.stockCurve.first { $0.stock == m }?.stock }
        return (best, tolerated)
    }

    /// Whether a cycle's panel marks the stock search's answers: it has them, judged on this
    /// chart's value (season-1 profit without `[life]`, the NPV with it: `onLife`).
    static func marksSearch(_ cycle: CycleResult, result: RunResult, onLife: Bool = false) -> Bool {
        (result.scenario.life != nil) == onLife && cycle.stockDecision != nil
    }
}
