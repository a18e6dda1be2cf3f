/// `tornado.svg`: one panel per cycle that has sensitivity bars, on a common profit axis. Each
/// input is a row (widest swing first, as the result orders them): a light bar from the cycle's
/// expected profit to the expected profit with the input held at its P10, a dark bar to the one
/// with the input at its P90, and the swing on the right.
enum TornadoChart {
    static let title = "Tornado: which uncertain input moves expected profit most"
    static let rowHeight = 26.0
    static let barHeight = 16.0
    static let labelSize = 12.0

    static func svg(_ result: RunResult) -> String {
        let cycles = result.cycles.filter { !$0.sensitivity.isEmpty }
        let lowFill = ChartStyle.lightGrey, highFill = ChartStyle.darkGrey
        let centreStroke = Stroke(color: ChartStyle.ink, width: 1.8)
        var canvas = ChartCanvas(title: title, subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: lowFill, stroke: Stroke(color: ChartStyle.darkGrey)), label: "input held at its P10"),
            LegendItem(sample: .box(fill: highFill, stroke: Stroke(color: ChartStyle.ink)), label: "input held at its P90"),
            LegendItem(sample: .line(centreStroke, nil), label: "expected profit, every input varying"),
        ])

        let values = ChartCanvas.finite(cycles.flatMap { c in
            c.sensitivity.flatMap { [$0.expectedProfitAtP10, $0.expectedProfitAtP90] } + [c.profit.mean] })
        let unit = AxisUnit.money("expected profit", largest: values.map(\.magnitude).max() ?? 0)
        let labels = cycles.map { c in c.sensitivity.map { ReportContent.inputLabel($0.input, cycle: c.name) } }
        let widestLabel = labels.joined().map { SVG.textWidth($0, size: labelSize) }.max() ?? 0
        let left = min(280, max(110, widestLabel + ChartCanvas.margin + 12))
        let right = 120.0

        for (cycle, rowLabels) in zip(cycles, labels) {
            let area = canvas.panel(title: "\(cycle.name): expected profit \(AxisUnit.moneyLabel(cycle.profit.mean, unit: unit)) "
                                        + "(centre line)",
                                    plotHeight: Double(cycle.sensitivity.count) * rowHeight + 8, left: left, right: right)
            guard let lo = values.min(), let hi = values.max() else { canvas.empty(area); continue }
            let pad = (hi - lo) * 0.05
            let xTicks = Ticks.fitting((lo - pad) / unit.divisor, (hi + pad) / unit.divisor, length: area.width,
                                       exact: true) { unit.label($0, decimals: $1) }
            let x = LinearScale(lower: (lo - pad) / unit.divisor, upper: (hi + pad) / unit.divisor,
                                start: area.x, end: area.right)
            ChartAxes.grid(&canvas.doc, area: area, x: (x, xTicks))
            let centre = x.clamped(cycle.profit.mean / unit.divisor)

            for (row, (bar, label)) in zip(cycle.sensitivity, rowLabels).enumerated() {
                let middle = area.y + 4 + (Double(row) + 0.5) * rowHeight
                let top = middle - barHeight / 2
                let low = x.clamped(bar.expectedProfitAtP10 / unit.divisor)
                let high = x.clamped(bar.expectedProfitAtP90 / unit.divisor)
                var parts: [String] = []
                // The longer side first, so a shorter one on the same side stays visible on top.
                let sides = [(low, lowFill, ChartStyle.darkGrey, "P10"), (high, highFill, ChartStyle.ink, "P90")]
                    .sorted { abs($0.0 - centre) > abs($1.0 - centre) }
                for (end, fill, stroke, name) in sides {
                    parts.append(SVGDocument.rect(min(end, centre), top, abs(end - centre), barHeight, fill: fill,
                                                  stroke: Stroke(color: stroke, width: 0.8), className: "side \(name.lowercased())"))
                }
                parts.append(SVGDocument.text(area.x - 8, middle + 4, SVG.fit(label, width: left - ChartCanvas.margin - 12,
                                                                              size: labelSize),
                                              size: labelSize, anchor: .end))
                parts.append(SVGDocument.text(area.right + 8, middle + 4,
                                              "swing " + AxisUnit.moneyLabel(bar.swing, unit: unit), size: 11,
                                              fill: ChartStyle.darkGrey))
                canvas.doc.add(SVGDocument.group(parts, className: "bar", title: bar.input))
            }
            canvas.doc.add(SVGDocument.line(centre, area.y, centre, area.bottom, centreStroke, className: "centre-line"))
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: unit)
            canvas.doc.add(SVGDocument.line(area.x, area.y, area.x, area.bottom, Stroke(color: ChartStyle.ink)))
        }
        canvas.note("Each row holds one input at its own P10 or P90 while every other input varies, on the same trials; "
            + "the widest swing is on top." + unit.note)
        return canvas.finish()
    }
}
