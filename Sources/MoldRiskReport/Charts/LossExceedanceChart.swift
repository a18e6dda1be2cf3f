import MoldRiskAnalysis
import MoldRiskCore

/// `loss-exceedance.svg`: P(loss > x) against the loss x, every cycle overlaid (one polyline per
/// cycle, told apart by dash pattern and marker shape), with the risk tolerance as a dotted line.
enum LossExceedanceChart {
    static let plotHeight = 320.0

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let cycles = result.cycles
        let say = words.phrase
        let tolerance = result.scenario.maxLossProbability
        let toleranceStroke = Stroke(color: ChartStyle.midGrey, width: 1.4, dash: "1 3")
        var legend = cycles.enumerated().map { index, cycle in
            let style = ChartStyle.series(index)
            return LegendItem(sample: .line(style.stroke, style.marker),
                              label: words.chartCycleLoss(cycle))
        }
        legend.append(LegendItem(sample: .line(toleranceStroke, nil), label: words.chartTolerance(tolerance)))
        var canvas = ChartCanvas(title: say(.chartLossExceedanceTitle), subtitle: result.scenario.name, legend: legend)

        let curves = cycles.map { cycle in
            cycle.lossExceedance.filter { $0.x.isFinite && $0.probability.isFinite }.sorted { $0.x < $1.x }
        }
        let xs = curves.flatMap { $0.map(\.x) }
        let unit = AxisUnit.money(say(.chartLossAxis), largest: xs.map(\.magnitude).max() ?? 0, words: words)
        let pUnit = AxisUnit.percent(say(.chartLossAboveAxis))
        let area = canvas.panel(title: words.allCyclesTitle(planned: result.scenario.product.stock),
                                plotHeight: plotHeight, left: 84, right: 40)
        guard let hi = xs.max(), hi > 0 else {
            canvas.empty(area, say(.noTrialLost))
            return canvas.finish()
        }
        let xTicks = Ticks.fitting(0, hi / unit.divisor, length: area.width, exact: true) { unit.label($0, decimals: $1) }
        let x = LinearScale(lower: 0, upper: hi / unit.divisor, start: area.x, end: area.right)
        let topP = max(curves.flatMap { $0.map(\.probability) }.max() ?? 0, tolerance.isFinite ? tolerance : 0)
        let pRange = Ticks.nice(0, max(topP * 1.08, 1e-6) * 100, count: 5)   // headroom over the tolerance
        let y = LinearScale(lower: pRange.lower, upper: pRange.upper, start: area.bottom, end: area.y)
        let pTicks = pRange.within(0, 100)

        ChartAxes.grid(&canvas.doc, area: area, x: (x, xTicks), y: (y, pTicks))
        if tolerance.isFinite {
            let ty = y(tolerance * 100)
            canvas.doc.add(SVGDocument.line(area.x, ty, area.right, ty, toleranceStroke, className: "tolerance"))
            canvas.label(words.chartTolerance(tolerance), x: area.right - 4, y: ty - 5, anchor: .end)
        }
        for (index, (cycle, curve)) in zip(cycles, curves).enumerated() {
            let style = ChartStyle.series(index)
            let points = curve.map { (x($0.x / unit.divisor), y($0.probability * 100)) }
            var parts = [SVGDocument.polyline(points, style.stroke, className: "series", title: cycle.name)]
            // Markers at evenly spaced losses, staggered per cycle so they do not sit on each other.
            if let last = curve.last, let first = curve.first, last.x > first.x {
                let count = 7
                for k in 0..<count {
                    let fraction = (Double(k) + 0.3 + 0.4 * Double(index % 3) / 2) / Double(count)
                    let at = first.x + fraction * (last.x - first.x)
                    let p = TextCharts.interpolate(curve, at: at)
                    parts.append(SVGDocument.marker(style.marker, x(at / unit.divisor), y(p * 100), fill: "#ffffff",
                                                    stroke: Stroke(color: style.stroke.color, width: 1.5)))
                }
            }
            canvas.doc.add(SVGDocument.group(parts, className: "cycle", title: cycle.name))
        }
        ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: pTicks, unit: pUnit)
        ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: unit)
        canvas.note(say(.chartLossExceedanceNote) + unit.note)
        return canvas.finish()
    }
}
