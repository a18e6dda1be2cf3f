import MoldRiskAnalysis
import MoldRiskCore

/// `scatter.svg`: one panel per cycle with a tornado: profit at the planned stock against the
/// input that matters most (the tornado's top row), one dot per sampled trial
/// (`ScatterSample`), with zero profit marked.
enum ScatterChart {
    static let plotHeight = 240.0
    static let left = 84.0
    static let right = 24.0

    /// The cycles with a scatter, in cycle order.
    static func panels(_ result: RunResult) -> [(cycle: String, sample: ScatterSample)] {
        result.cycles.compactMap { c in c.sensitivity?.scatter.map { (c.name, $0) } }
    }

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let say = words.phrase
        let panels = panels(result)
        let dashed = Stroke(color: ChartStyle.darkGrey, width: 1.4, dash: "6 4")
        var canvas = ChartCanvas(title: words.scatterTitle, subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: ChartStyle.accent, stroke: nil), label: words.scatterTrialLegend),
            LegendItem(sample: .line(dashed, nil), label: say(.chartZeroProfit)),
        ])
        let profits = ChartCanvas.finite(panels.flatMap { $0.sample.points.map(\.profit) })
        let unit = AxisUnit.money(say(.chartProfitAxis), largest: profits.map(\.magnitude).max() ?? 0, words: words)
        for (cycle, sample) in panels {
            let label = ReportContent.inputLabel(sample.input, words: words)
            let area = canvas.panel(title: words.scatterPanel(cycle: cycle, input: label, rank: sample.rankCorrelation),
                                    plotHeight: plotHeight, left: left, right: right)
            let xs = ChartCanvas.finite(sample.points.map(\.input))
            guard let xLo = xs.min(), let xHi = xs.max(), let pLo = profits.min(), let pHi = profits.max() else {
                canvas.empty(area, say(.noData)); continue
            }
            let xUnit = InputDistributionChart.axis(sample.unit, largest: max(abs(xLo), abs(xHi)), words: words)
            let xTicks = Ticks.nice(xLo / xUnit.divisor, xHi / xUnit.divisor, count: 6)
            let yTicks = Ticks.nice(pLo / unit.divisor, pHi / unit.divisor, count: 5)
            let x = LinearScale(lower: xTicks.lower, upper: xTicks.upper, start: area.x, end: area.right)
            let y = LinearScale(lower: yTicks.lower, upper: yTicks.upper, start: area.bottom, end: area.y)
            ChartAxes.grid(&canvas.doc, area: area, x: (x, xTicks), y: (y, yTicks))
            if yTicks.lower < 0 && yTicks.upper > 0 {
                canvas.doc.add(SVGDocument.line(area.x, y(0), area.right, y(0), dashed, className: "zero-line"))
            }
            let dots = sample.points.filter { $0.input.isFinite && $0.profit.isFinite }.map { point in
                "<circle cx=\"\(SVG.number(x(point.input / xUnit.divisor)))\" cy=\"\(SVG.number(y(point.profit / unit.divisor)))\" r=\"1.8\"/>"
            }
            // One fill for the group keeps a thousand dots small.
            canvas.doc.add((["<g class=\"dots\" fill=\"\(ChartStyle.accent)\" fill-opacity=\"0.45\">",
                             "<title>\(SVG.escape(words.scatterTrialLegend))</title>"] + dots + ["</g>"])
                .joined(separator: "\n"))
            ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: unit)
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: xUnit)
            canvas.note(words.scatterNote(points: sample.points.count, step: sample.step, trials: sample.trials))
        }
        if !unit.note.isEmpty { canvas.note(unit.note) }
        return canvas.finish()
    }
}
