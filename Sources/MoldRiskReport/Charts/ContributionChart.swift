import MoldRiskAnalysis
import MoldRiskCore

/// `contribution-to-variance.svg`, drawn beside the tornado: one panel per cycle with a
/// tornado, a bar per input of its share of the variance of profit (`varianceContribution`,
/// squared rank correlations normalised to 100 %), largest first, light where profit rises
/// with the input and dark where it falls, the signed percentage at the bar's end as Crystal
/// Ball prints it.
enum ContributionChart {
    static let rowHeight = 24.0
    static let barHeight = 14.0
    static let labelSize = 12.0

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let panels = TornadoChart.panels(result)
        let rises = ChartStyle.lightGrey, falls = ChartStyle.darkGrey
        var canvas = ChartCanvas(title: words.contributionTitle, subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: rises, stroke: Stroke(color: ChartStyle.darkGrey)), label: words.contributionRaisesLegend),
            LegendItem(sample: .box(fill: falls, stroke: Stroke(color: ChartStyle.ink)), label: words.contributionLowersLegend),
        ])
        let rows = panels.map { panel in ordered(panel.tornado.bars).map { (ReportContent.inputLabel($0.input, words: words), $0) } }
        let widest = rows.joined().map { SVG.textWidth($0.0, size: labelSize) }.max() ?? 0
        let left = min(300, max(110, widest + ChartCanvas.margin + 12))
        let right = 90.0
        for (index, panel) in panels.enumerated() {
            let area = canvas.panel(title: words.contributionPanel(cycle: panel.name),
                                    plotHeight: Double(rows[index].count) * rowHeight + 8, left: left, right: right)
            let ticks = Ticks.nice(0, 100, count: 5)
            let x = LinearScale(lower: 0, upper: 100, start: area.x, end: area.right)
            ChartAxes.grid(&canvas.doc, area: area, x: (x, ticks))
            var top = area.y + 4
            for (label, bar) in rows[index] {
                let middle = top + rowHeight / 2
                let share = bar.varianceContribution * 100
                let signed = bar.rankCorrelation < 0 ? -share : share
                canvas.doc.add(SVGDocument.group([
                    SVGDocument.rect(area.x, middle - barHeight / 2, x(share) - area.x, barHeight,
                                     fill: bar.rankCorrelation < 0 ? falls : rises,
                                     stroke: Stroke(color: ChartStyle.ink, width: 0.6)),
                    SVGDocument.text(area.x - 8, middle + 4, SVG.fit(label, width: left - ChartCanvas.margin - 12, size: labelSize),
                                     size: labelSize, anchor: .end),
                    SVGDocument.text(x(share) + 6, middle + 4, Fmt.fixed(signed, places: 1) + " %", size: labelSize,
                                     fill: ChartStyle.darkGrey),
                ], className: "bar", title: label))
                top += rowHeight
            }
            ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: ticks, unit: AxisUnit.percent(words.contributionAxis))
            canvas.doc.add(SVGDocument.line(area.x, area.y, area.x, area.bottom, Stroke(color: ChartStyle.ink)))
        }
        canvas.note(words.contributionNote)
        return canvas.finish()
    }

    /// Bars largest share first; ties by key path as printed.
    static func ordered(_ bars: [SensitivityBar]) -> [SensitivityBar] {
        bars.sorted {
            $0.varianceContribution != $1.varianceContribution ? $0.varianceContribution > $1.varianceContribution
                : $0.input.description < $1.input.description
        }
    }
}
