import MoldRiskAnalysis
import MoldRiskCore

/// `payback.svg` (only with `[life]`): one panel per cycle, a bar per season k = 1…K at the
/// planned stock whose height is the share of trials that have paid the mold back by season k
/// (discounted cumulative profit ≥ 0), labelled with its percentage; the panel title gives the
/// expected NPV and P(NPV < 0). The bars never fall (a trial paid back stays paid back).
enum PaybackChart {
    static let plotHeight = 150.0

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let barStroke = Stroke(color: ChartStyle.darkGrey, width: 0.8)
        var canvas = ChartCanvas(title: words.chartPaybackTitle, subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: ChartStyle.lightGrey, stroke: barStroke),
                       label: words.chartPaybackLegend),
        ])
        let shareUnit = AxisUnit.percent(words.chartPaybackAxis)
        let seasonUnit = AxisUnit.plain(words.chartSeasonAxis)
        for cycle in result.cycles {
            guard let life = cycle.life else { continue }
            let p = life.planned
            let area = canvas.panel(title: words.chartPaybackPanel(cycle: cycle.name, npv: p.mean,
                                                                   lossProbability: p.probabilityOfLoss),
                                    plotHeight: plotHeight, left: 84, right: 40)
            let seasons = p.paidBackBySeason.count
            guard seasons > 0 else {
                canvas.empty(area, words.phrase(.noData))
                continue
            }
            let x = LinearScale(lower: 0.5, upper: Double(seasons) + 0.5, start: area.x, end: area.right)
            let yTicks = Ticks.nice(0, 100, count: 4)
            // Headroom above 100 % for the bars' labels.
            let y = LinearScale(lower: 0, upper: 112, start: area.bottom, end: area.y)
            ChartAxes.grid(&canvas.doc, area: area, y: (y, yTicks))
            let slot = area.width / Double(seasons)
            let barWidth = min(slot * 0.7, 60)
            var bars: [String] = []
            for (s, share) in p.paidBackBySeason.enumerated() where share.isFinite {
                let cx = x(Double(s + 1))
                let top = y(max(0, min(1, share)) * 100)
                bars.append(SVGDocument.rect(cx - barWidth / 2, top, barWidth, area.bottom - top, fill: ChartStyle.lightGrey,
                                             stroke: barStroke))
                if slot >= 34 {
                    bars.append(SVGDocument.text(cx, top - 4, Fmt.percent(share), size: 12, anchor: .middle))
                }
            }
            canvas.doc.add(SVGDocument.group(bars, className: "bars paid-back", title: words.chartPaybackSeries(cycle: cycle.name)))
            ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: shareUnit)
            let seasonTicks = Ticks.fitting(1, Double(seasons), length: area.width - slot, exact: true) {
                seasonUnit.label($0, decimals: $1)
            }
            ChartAxes.bottom(&canvas.doc, area: area, scale: x,
                             ticks: Ticks(values: seasonTicks.values.filter { $0 == $0.rounded() }, step: max(1, seasonTicks.step),
                                          decimals: 0),
                             unit: seasonUnit)
        }
        canvas.note(words.chartPaybackNote(restock: result.scenario.life?.restock))
        return canvas.finish()
    }
}
