import MoldRiskAnalysis
import MoldRiskCore

/// `lead-time.svg`: one panel per cycle on a common day axis: the share of trials per band of
/// days until the stock is ready, bands that start at or after the day the window opens hatched
/// (late), and that day as a thick dashed line. A band edge lies on that day and the late bands
/// hold exactly the late trials (`LeadTimeHistogram`), so the hatched shares add up to P(late).
enum LeadTimeChart {
    static let plotHeight = 170.0

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let cycles = result.cycles
        let say = words.phrase
        let commitStroke = Stroke(color: ChartStyle.ink, width: 2.2, dash: "8 4")
        var canvas = ChartCanvas(title: say(.chartLeadTimeTitle), subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: ChartStyle.lightGrey, stroke: nil), label: say(.chartReadyInTime)),
            LegendItem(sample: .box(fill: "url(#hatch)", stroke: Stroke(color: ChartStyle.accent)),
                       label: say(.chartLateLegend)),
            LegendItem(sample: .line(commitStroke, nil), label: say(.chartWindowOpensLegend)),
        ])
        canvas.doc.defs.append(ChartStyle.hatchDefinition)

        let days = ChartCanvas.finite(cycles.flatMap { c in
            c.leadTime.histogram.flatMap { [$0.lower, $0.upper] } + [c.leadTime.commitDays] })
        let maxShare = ChartCanvas.finite(cycles.flatMap { $0.leadTime.histogram.map(\.share) }).max() ?? 0
        let dayUnit = AxisUnit.plain(say(.chartDaysAxis))
        let shareUnit = AxisUnit.percent(say(.chartShareOfTrials))

        for cycle in cycles {
            let lead = cycle.leadTime
            let area = canvas.panel(title: words.chartLeadPanel(cycle), plotHeight: plotHeight, left: 84, right: 40)
            guard let lo = days.min(), let hi = days.max(), !lead.histogram.isEmpty else {
                canvas.empty(area, say(.noData))
                continue
            }
            let xTicks = Ticks.fitting(lo, hi, length: area.width, exact: true) { dayUnit.label($0, decimals: $1) }
            let x = LinearScale(lower: lo, upper: hi, start: area.x, end: area.right)
            let yTicks = Ticks.nice(0, max(maxShare, 1e-9) * 120, count: 4)   // headroom for the label
            let y = LinearScale(lower: yTicks.lower, upper: yTicks.upper, start: area.bottom, end: area.y)

            ChartAxes.grid(&canvas.doc, area: area, y: (y, yTicks))
            var onTime: [String] = [], late: [String] = []
            for bin in lead.histogram where bin.lower.isFinite && bin.upper.isFinite && bin.share.isFinite {
                let x0 = x(bin.lower), x1 = x(bin.upper), top = y(max(0, bin.share) * 100)
                if lead.commitDays.isFinite && bin.lower >= lead.commitDays {
                    late.append(SVGDocument.rect(x0, top, x1 - x0, area.bottom - top, fill: "url(#hatch)",
                                                 stroke: Stroke(color: ChartStyle.accent, width: 0.8)))
                } else {
                    onTime.append(SVGDocument.rect(x0, top, x1 - x0, area.bottom - top, fill: ChartStyle.lightGrey,
                                                   stroke: Stroke(color: ChartStyle.darkGrey, width: 0.6)))
                }
            }
            canvas.doc.add(SVGDocument.group(onTime, className: "bars on-time",
                                             title: words.chartSeries(cycle: cycle.name, say(.chartReadyInTime))))
            canvas.doc.add(SVGDocument.group(late, className: "bars late", title: words.chartSeries(cycle: cycle.name, say(.late))))
            if lead.commitDays.isFinite {
                let cx = x(lead.commitDays)
                canvas.doc.add(SVGDocument.line(cx, area.y, cx, area.bottom, commitStroke, className: "commit-line"))
                let anchor: TextAnchor = cx > area.x + area.width * 0.6 ? .end : .start
                canvas.label(words.chartWindowOpens(lead.commitDays), x: anchor == .end ? cx - 6 : cx + 6,
                             y: area.y + 14, anchor: anchor)
            }
            ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: shareUnit)
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: dayUnit)
        }
        canvas.note(say(.chartLeadTimeNote))
        return canvas.finish()
    }
}
