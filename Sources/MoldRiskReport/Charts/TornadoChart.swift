import MoldRiskAnalysis
import MoldRiskCore

/// `tornado.svg`: one panel per cycle that has sensitivity bars, on a common profit axis. Each
/// input is a row (widest swing first, as the result orders them), labelled with its key path
/// and, under it, the values it is held at (`¥212,000 → ¥498,000`): a light bar from the
/// tornado's centre (expected profit on the same trials, every input varying) to the expected
/// profit with the input held at its P10, a dark bar to the one with the input at its P90, and
/// the swing on the right. The yes/no events follow under their own heading, held never (light)
/// and always (dark).
enum TornadoChart {
    static let rowHeight = 36.0
    static let headingHeight = 22.0
    static let barHeight = 16.0
    static let labelSize = 12.0
    /// The values held, under the name: no smaller than the rest (issue 20: text ≥ 6.5 pt printed).
    static let detailSize = 12.0
    /// The cycles with a tornado to draw (computed, with at least one bar), in cycle order.
    static func panels(_ result: RunResult) -> [(name: String, tornado: CycleTornado)] {
        result.cycles.compactMap { c in
            guard let tornado = c.sensitivity, !tornado.bars.isEmpty else { return nil }
            return (c.name, tornado)
        }
    }

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let cycles = panels(result)
        let say = words.phrase
        let lowFill = ChartStyle.lightGrey, highFill = ChartStyle.darkGrey
        let centreStroke = Stroke(color: ChartStyle.ink, width: 1.8)
        var canvas = ChartCanvas(title: say(.chartTornadoTitle), subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: lowFill, stroke: Stroke(color: ChartStyle.darkGrey)), label: say(.chartAtP10Legend)),
            LegendItem(sample: .box(fill: highFill, stroke: Stroke(color: ChartStyle.ink)), label: say(.chartAtP90Legend)),
            LegendItem(sample: .line(centreStroke, nil), label: say(.chartCentreLegend)),
        ])

        let centres = cycles.map(\.tornado.baseline)
        let values = ChartCanvas.finite(zip(cycles, centres).flatMap { c, centre in
            c.tornado.bars.flatMap { [$0.expectedProfitAtP10, $0.expectedProfitAtP90] } + [centre] })
        let unit = AxisUnit.money(say(.chartExpectedProfitAxis), largest: values.map(\.magnitude).max() ?? 0, words: words)
        let labels = cycles.map { c in c.tornado.bars.map { ReportContent.inputLabel($0.input, words: words) } }
        let details = cycles.map { $0.tornado.bars.map { ReportContent.heldLabel($0, words: words) } }
        let widest = max(labels.joined().map { SVG.textWidth($0, size: labelSize) }.max() ?? 0,
                         details.joined().map { SVG.textWidth($0, size: detailSize) }.max() ?? 0)
        let left = min(300, max(110, widest + ChartCanvas.margin + 12))
        let labelRoom = left - ChartCanvas.margin - 12
        let right = 120.0

        for (index, cycle) in cycles.enumerated() {
            let centreValue = centres[index]
            let hasEvents = cycle.tornado.bars.contains(where: \.isEvent)
            let plotHeight = Double(cycle.tornado.bars.count) * rowHeight + (hasEvents ? headingHeight : 0) + 8
            let area = canvas.panel(title: words.chartTornadoPanel(cycle: cycle.name,
                                                                   centre: AxisUnit.moneyLabel(centreValue, words: words),
                                                                   trials: cycle.tornado.trials),
                                    plotHeight: plotHeight, left: left, right: right)
            guard let lo = values.min(), let hi = values.max() else { canvas.empty(area, say(.noData)); continue }
            let pad = (hi - lo) * 0.05
            let xTicks = Ticks.fitting((lo - pad) / unit.divisor, (hi + pad) / unit.divisor, length: area.width,
                                       exact: true) { unit.label($0, decimals: $1) }
            let x = LinearScale(lower: (lo - pad) / unit.divisor, upper: (hi + pad) / unit.divisor,
                                start: area.x, end: area.right)
            ChartAxes.grid(&canvas.doc, area: area, x: (x, xTicks))
            let centre = x.clamped(centreValue / unit.divisor)

            var top = area.y + 4
            var inEvents = false
            for (row, bar) in cycle.tornado.bars.enumerated() {
                if bar.isEvent && !inEvents {
                    inEvents = true
                    canvas.doc.add(SVGDocument.text(area.x - 8, top + 15, SVG.fit(say(.chartEventHeading), width: labelRoom, size: labelSize),
                                                    size: labelSize, anchor: .end, bold: true, className: "group-heading"))
                    canvas.doc.add(SVGDocument.line(area.x, top + 2, area.right, top + 2,
                                                    Stroke(color: ChartStyle.darkGrey, width: 0.6), className: "group-rule"))
                    top += headingHeight
                }
                let middle = top + rowHeight / 2
                let barTop = middle - barHeight / 2
                let low = x.clamped(bar.expectedProfitAtP10 / unit.divisor)
                let high = x.clamped(bar.expectedProfitAtP90 / unit.divisor)
                var parts: [String] = []
                // The longer side first, so a shorter one on the same side stays visible on top.
                let sides = [(low, lowFill, ChartStyle.darkGrey, "P10"), (high, highFill, ChartStyle.ink, "P90")]
                    .sorted { abs($0.0 - centre) > abs($1.0 - centre) }
                for (end, fill, stroke, name) in sides {
                    parts.append(SVGDocument.rect(min(end, centre), barTop, abs(end - centre), barHeight, fill: fill,
                                                  stroke: Stroke(color: stroke, width: 0.8), className: "side \(name.lowercased())"))
                }
                parts.append(SVGDocument.text(area.x - 8, middle - 2, SVG.fit(labels[index][row], width: labelRoom, size: labelSize),
                                              size: labelSize, anchor: .end))
                parts.append(SVGDocument.text(area.x - 8, middle + 12, SVG.fit(details[index][row], width: labelRoom, size: detailSize),
                                              size: detailSize, anchor: .end, fill: ChartStyle.darkGrey, className: "held"))
                parts.append(SVGDocument.text(area.right + 8, middle + 4,
                                              say(.chartSwing) + AxisUnit.moneyLabel(bar.swing, words: words), size: 12,
                                              fill: ChartStyle.darkGrey))
                canvas.doc.add(SVGDocument.group(parts, className: bar.isEvent ? "bar event" : "bar", title: labels[index][row]))
                top += rowHeight
            }
            canvas.doc.add(SVGDocument.line(centre, area.y, centre, area.bottom, centreStroke, className: "centre-line"))
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: unit)
            canvas.doc.add(SVGDocument.line(area.x, area.y, area.x, area.bottom, Stroke(color: ChartStyle.ink)))
        }
        canvas.note(say(.chartTornadoNote) + unit.note)
        return canvas.finish()
    }
}
