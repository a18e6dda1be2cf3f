import MoldRiskAnalysis
import MoldRiskCore

/// `profit-distribution.svg`: one panel per cycle, on a common profit axis: the share of trials
/// per profit band as grey bars (left axis) and the S-curve P(profit ≤ x) as a line (right
/// axis), with zero profit (dashed) and the expected profit (dotted) marked.
enum ProfitDistributionChart {
    static let plotHeight = 220.0
    /// The plot's height on page 1 (`compact`), where the chart shares the page with the summary.
    static let compactPlotHeight = 120.0
    static let left = 84.0
    static let right = 84.0

    static func svg(_ result: RunResult, words: any ReportStrings, compact: Bool = false) -> String {
        let plotHeight = compact ? Self.compactPlotHeight : Self.plotHeight
        let cycles = result.cycles
        let say = words.phrase
        let xs = ChartCanvas.finite(cycles.flatMap { c in
            c.profitHistogram.flatMap { [$0.lower, $0.upper] } + c.profitCDF.map(\.x) })
        let unit = AxisUnit.money(say(.chartProfitAxis), largest: xs.map(\.magnitude).max() ?? 0, words: words)
        let maxShare = ChartCanvas.finite(cycles.flatMap { $0.profitHistogram.map(\.share) }).max() ?? 0
        // Page 1's short plot leaves its axes' titles to the legend ("left axis", "right axis").
        let shareUnit = AxisUnit.percent(compact ? "" : say(.chartSharePerBandAxis))
        let probabilityUnit = AxisUnit.percent(compact ? "" : say(.chartProfitAtMost))

        let dotted = Stroke(color: ChartStyle.accent, width: 1.6, dash: "2 3")
        let dashed = Stroke(color: ChartStyle.darkGrey, width: 1.4, dash: "6 4")
        var canvas = ChartCanvas(title: words.chartProfitTitle(planned: result.scenario.product.stock),
                                 subtitle: compact ? "" : result.scenario.name, legend: [
            LegendItem(sample: .box(fill: ChartStyle.lightGrey, stroke: nil), label: say(.chartSharePerBand)),
            LegendItem(sample: .line(Stroke(color: ChartStyle.ink, width: 2.2), nil), label: say(.chartSCurveLegend)),
            LegendItem(sample: .line(dashed, nil), label: say(.chartZeroProfit)),
            LegendItem(sample: .line(dotted, nil), label: say(.chartExpectedProfit)),
        ])
        for cycle in cycles {
            let area = canvas.panel(title: words.chartCyclePanel(cycle), plotHeight: plotHeight, left: left, right: right)
            guard let lo = xs.min(), let hi = xs.max() else { canvas.empty(area, say(.noData)); continue }
            let xTicks = Ticks.fitting(lo / unit.divisor, hi / unit.divisor, length: area.width, exact: true) {
                unit.label($0, decimals: $1)
            }
            let x = LinearScale(lower: lo / unit.divisor, upper: hi / unit.divisor, start: area.x, end: area.right)
            let shareTicks = Ticks.nice(0, max(maxShare, 1e-9) * 115, count: 4)   // headroom for the label
            let yShare = LinearScale(lower: shareTicks.lower, upper: shareTicks.upper, start: area.bottom, end: area.y)
            let pTicks = Ticks.nice(0, 100, count: 4)
            let yP = LinearScale(lower: 0, upper: 100, start: area.bottom, end: area.y)

            ChartAxes.grid(&canvas.doc, area: area, y: (yShare, shareTicks))
            var bars: [String] = []
            for bin in cycle.profitHistogram where bin.lower.isFinite && bin.upper.isFinite && bin.share.isFinite {
                let x0 = x(bin.lower / unit.divisor), x1 = x(bin.upper / unit.divisor)
                let top = yShare(max(0, bin.share) * 100)
                bars.append(SVGDocument.rect(x0, top, x1 - x0, area.bottom - top, fill: ChartStyle.lightGrey,
                                             stroke: Stroke(color: ChartStyle.darkGrey, width: 0.6)))
            }
            canvas.doc.add(SVGDocument.group(bars, className: "bars",
                                             title: words.chartSeries(cycle: cycle.name, say(.chartSharePerBandTitle))))
            if lo < 0 && hi > 0 {
                canvas.doc.add(SVGDocument.line(x(0), area.y, x(0), area.bottom, dashed, className: "zero-line"))
            }
            if cycle.profit.mean.isFinite {
                let mx = x.clamped(cycle.profit.mean / unit.divisor)
                canvas.doc.add(SVGDocument.line(mx, area.y, mx, area.bottom, dotted, className: "mean-line"))
                let text = say(.chartExpected) + AxisUnit.moneyLabel(cycle.profit.mean, words: words)
                // On the side away from the zero line, unless the label would leave the plot.
                let fitsRight = mx + 5 + SVG.textWidth(text, size: 12) <= area.right - 4
                let fitsLeft = mx - 5 - SVG.textWidth(text, size: 12) >= area.x + 4
                let anchor: TextAnchor = (cycle.profit.mean >= 0 ? fitsRight || !fitsLeft : !fitsLeft) ? .start : .end
                canvas.label(text, x: anchor == .end ? mx - 5 : mx + 5, y: area.y + 14, anchor: anchor)
            }
            let curve = cycle.profitCDF.map { (x($0.x / unit.divisor), yP($0.probability * 100)) }
            canvas.doc.add(SVGDocument.polyline(curve, Stroke(color: ChartStyle.ink, width: 2.2),
                                                className: "series s-curve", title: cycle.name))
            ChartAxes.vertical(&canvas.doc, area: area, scale: yShare, ticks: shareTicks, unit: shareUnit)
            ChartAxes.vertical(&canvas.doc, area: area, scale: yP, ticks: pTicks, unit: probabilityUnit, right: true)
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: unit)
        }
        // Page 1's chart keeps the unit and leaves how to read it to the legend and chapter 3's chart.
        let note = (compact ? "" : say(.chartProfitNote)) + unit.note
        if !note.isEmpty { canvas.note(note.trimmingCharacters(in: .whitespaces)) }
        return canvas.finish()
    }
}
