/// `stock-curve.svg`: one panel per cycle on common axes: expected profit (solid, circles, left
/// axis) and P(loss) (dashed, squares, right axis) against stock, the tolerance dotted on the
/// P(loss) scale, the best stock marked with a diamond and the largest stock within tolerance with
/// a triangle, each with a labelled vertical line.
enum StockCurveChart {
    static let title = "Stock curve: expected profit and P(loss) against stock"
    static let plotHeight = 230.0

    static func svg(_ result: RunResult) -> String {
        let cycles = result.cycles
        let tolerance = result.scenario.maxLossProbability
        let profitStroke = Stroke(color: ChartStyle.ink, width: 2.2)
        let lossStroke = Stroke(color: ChartStyle.accent, width: 2.2, dash: "9 4")
        let toleranceStroke = Stroke(color: ChartStyle.midGrey, width: 1.4, dash: "1 3")
        let bestStroke = Stroke(color: ChartStyle.darkGrey, width: 1.2)
        let maxStroke = Stroke(color: ChartStyle.accent, width: 1.2, dash: "6 3")
        var canvas = ChartCanvas(title: title, subtitle: result.scenario.name, legend: [
            LegendItem(sample: .line(profitStroke, .circle), label: "expected profit (left axis)"),
            LegendItem(sample: .line(lossStroke, .square), label: "P(loss) (right axis)"),
            LegendItem(sample: .line(toleranceStroke, nil), label: "tolerance \(Fmt.percent(tolerance))"),
            LegendItem(sample: .line(bestStroke, .diamond), label: "best: highest expected profit"),
            LegendItem(sample: .line(maxStroke, .triangle), label: "max: largest stock within tolerance"),
        ])

        let points = cycles.flatMap(\.stockCurve)
        let stocks = ChartCanvas.finite(points.map(\.stock))
        let profits = ChartCanvas.finite(points.map(\.expectedProfit))
        let unit = AxisUnit.money("expected profit", largest: profits.map(\.magnitude).max() ?? 0)
        let stockUnit = AxisUnit.plain("stock (units)")
        let pUnit = AxisUnit.percent("P(loss)")
        let topP = max(ChartCanvas.finite(points.map(\.probabilityOfLoss)).max() ?? 0, tolerance.isFinite ? tolerance : 0)

        for cycle in cycles {
            let area = canvas.panel(title: cycle.name, plotHeight: plotHeight, left: 84, right: 84)
            guard let sLo = stocks.min(), let sHi = stocks.max(), let pLo = profits.min(), let pHi = profits.max(),
                  !cycle.stockCurve.isEmpty else {
                canvas.empty(area)
                continue
            }
            let pad = (sHi - sLo) * 0.04
            let xTicks = Ticks.fitting(sLo - pad, sHi + pad, length: area.width, exact: true) {
                stockUnit.label($0, decimals: $1)
            }
            let x = LinearScale(lower: sLo - pad, upper: sHi + pad, start: area.x, end: area.right)
            // Headroom over both curves: the marked stocks' labels sit in the top band.
            let yTicks = Ticks.nice(pLo / unit.divisor, (pHi + (pHi - pLo) * 0.3) / unit.divisor, count: 5)
            let y = LinearScale(lower: yTicks.lower, upper: yTicks.upper, start: area.bottom, end: area.y)
            let pRange = Ticks.nice(0, max(topP, 1e-6) * 130, count: 5)
            let yP = LinearScale(lower: pRange.lower, upper: pRange.upper, start: area.bottom, end: area.y)
            let pTicks = pRange.within(0, 100)   // headroom above 100 %, but no tick there

            ChartAxes.grid(&canvas.doc, area: area, y: (y, yTicks))
            if yTicks.lower < 0 && yTicks.upper > 0 {
                canvas.doc.add(SVGDocument.line(area.x, y(0), area.right, y(0), Stroke(color: ChartStyle.darkGrey, width: 1),
                                                className: "zero-line"))
            }
            if tolerance.isFinite {
                let ty = yP(tolerance * 100)
                canvas.doc.add(SVGDocument.line(area.x, ty, area.right, ty, toleranceStroke, className: "tolerance"))
            }
            let curve = cycle.stockCurve.filter { $0.stock.isFinite }
            // Marked stocks: vertical lines first, so the curves are drawn over them.
            let best = curve.first { $0.stock == cycle.bestStock }
            let tolerated = cycle.maxStockWithinTolerance.flatMap { m in curve.first { $0.stock == m } }
            if let best { canvas.doc.add(SVGDocument.line(x(best.stock), area.y, x(best.stock), area.bottom, bestStroke)) }
            if let tolerated {
                canvas.doc.add(SVGDocument.line(x(tolerated.stock), area.y, x(tolerated.stock), area.bottom, maxStroke))
            }

            // Labels before the curves, so a label's white box never hides data.
            if let best { mark(&canvas, "best \(Fmt.units(best.stock))", at: x(best.stock), row: 0, area: area) }
            if let tolerated { mark(&canvas, "max \(Fmt.units(tolerated.stock))", at: x(tolerated.stock), row: 1, area: area) }
            if tolerated == nil {
                canvas.label("no stock within tolerance", x: area.right - 6, y: area.y + 30, anchor: .end,
                             className: "no-tolerated-stock")
            }
            if tolerance.isFinite {
                canvas.label("tolerance \(Fmt.percent(tolerance))", x: area.right - 6, y: yP(tolerance * 100) - 5, anchor: .end)
            }

            var profit = [SVGDocument.polyline(curve.map { (x($0.stock), y($0.expectedProfit / unit.divisor)) },
                                               profitStroke, className: "series expected-profit", title: "\(cycle.name): expected profit")]
            profit += curve.map { SVGDocument.marker(.circle, x($0.stock), y($0.expectedProfit / unit.divisor), fill: "#ffffff",
                                                     stroke: Stroke(color: ChartStyle.ink, width: 1.5)) }
            canvas.doc.add(SVGDocument.group(profit, className: "expected-profit"))
            var loss = [SVGDocument.polyline(curve.map { (x($0.stock), yP($0.probabilityOfLoss * 100)) },
                                             lossStroke, className: "series probability-of-loss", title: "\(cycle.name): P(loss)")]
            loss += curve.map { SVGDocument.marker(.square, x($0.stock), yP($0.probabilityOfLoss * 100), size: 6.5,
                                                   fill: "#ffffff", stroke: Stroke(color: ChartStyle.accent, width: 1.5)) }
            canvas.doc.add(SVGDocument.group(loss, className: "probability-of-loss"))

            if let best {
                canvas.doc.add(SVGDocument.marker(.diamond, x(best.stock), y(best.expectedProfit / unit.divisor), size: 12,
                                                  fill: ChartStyle.ink, stroke: Stroke(color: "#ffffff", width: 1),
                                                  className: "marker best-stock"))
            }
            if let tolerated {
                canvas.doc.add(SVGDocument.marker(.triangle, x(tolerated.stock), yP(tolerated.probabilityOfLoss * 100), size: 12,
                                                  fill: ChartStyle.accent, stroke: Stroke(color: "#ffffff", width: 1),
                                                  className: "marker tolerated-stock"))
            }
            ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: unit)
            ChartAxes.vertical(&canvas.doc, area: area, scale: yP, ticks: pTicks, unit: pUnit, right: true)
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: stockUnit)
        }
        canvas.note("Every stock is evaluated on the same trials. best: highest expected profit; "
            + "max: largest stock whose P(loss) is within the tolerance." + unit.note)
        return canvas.finish()
    }

    /// A label at the top of the plot beside a marked stock's line (`row` 0 or 1 stacks them).
    static func mark(_ canvas: inout ChartCanvas, _ text: String, at px: Double, row: Int, area: PlotArea) {
        let anchor: TextAnchor = px > area.x + area.width * 0.6 ? .end : .start
        canvas.label(text, x: anchor == .end ? px - 5 : px + 5, y: area.y + 14 + Double(row) * 16, anchor: anchor)
    }
}
