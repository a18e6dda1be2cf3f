import MoldRiskAnalysis
import MoldRiskCore

/// `variants-overlay.svg` (Crystal Ball's overlay chart): the profit S-curve P(profit ≤ x) of the
/// scenario and of each what-if variant on one plot, each of the cycle its verdict names at its
/// planned stock, series told apart by dash and marker; zero profit marked.
enum VariantOverlayChart {
    static let plotHeight = 280.0
    static let left = 84.0
    static let right = 24.0

    /// (series name, that run's CDF) for the scenario, then each variant.
    static func series(_ result: RunResult, words: any ReportStrings) -> [(String, [CurvePoint])] {
        ([(words.baseRowName, result)] + result.variants.map { ($0.name, $0.result) }).map { name, run in
            let cycle = run.cycles.first { $0.name == run.verdict.cycle } ?? run.cycles.first
            return (words.variantsOverlaySeries(name, cycle: run.verdict.cycle), cycle?.profitCDF ?? [])
        }
    }

    static func svg(_ result: RunResult, words: any ReportStrings) -> String {
        let say = words.phrase
        let curves = series(result, words: words)
        let dashed = Stroke(color: ChartStyle.darkGrey, width: 1.4, dash: "6 4")
        var canvas = ChartCanvas(title: words.variantsOverlayTitle, subtitle: result.scenario.name, legend:
            curves.indices.map { i in
                let style = ChartStyle.series(i)
                return LegendItem(sample: .line(style.stroke, style.marker), label: curves[i].0)
            } + [LegendItem(sample: .line(dashed, nil), label: say(.chartZeroProfit))])
        let xs = ChartCanvas.finite(curves.flatMap { $0.1.map(\.x) })
        let unit = AxisUnit.money(say(.chartProfitAxis), largest: xs.map(\.magnitude).max() ?? 0, words: words)
        let area = canvas.panel(title: words.variantsTableTitle(trials: result.trials), plotHeight: plotHeight,
                                left: left, right: right)
        guard let lo = xs.min(), let hi = xs.max() else {
            canvas.empty(area, say(.noData))
            return canvas.finish()
        }
        let xTicks = Ticks.fitting(lo / unit.divisor, hi / unit.divisor, length: area.width, exact: true) {
            unit.label($0, decimals: $1)
        }
        let x = LinearScale(lower: lo / unit.divisor, upper: hi / unit.divisor, start: area.x, end: area.right)
        let pTicks = Ticks.nice(0, 100, count: 4)
        let y = LinearScale(lower: 0, upper: 100, start: area.bottom, end: area.y)
        ChartAxes.grid(&canvas.doc, area: area, y: (y, pTicks))
        if lo < 0 && hi > 0 {
            canvas.doc.add(SVGDocument.line(x(0), area.y, x(0), area.bottom, dashed, className: "zero-line"))
        }
        for (i, (name, cdf)) in curves.enumerated() {
            let style = ChartStyle.series(i)
            let points = cdf.map { (x($0.x / unit.divisor), y($0.probability * 100)) }
            var parts = [SVGDocument.polyline(points, style.stroke, className: "series", title: name)]
            // A marker every tenth of the way, so the series read apart in black and white.
            let step = max(1, points.count / 10)
            for p in stride(from: i % step, to: points.count, by: step) {
                parts.append(SVGDocument.marker(style.marker, points[p].0, points[p].1, fill: "#ffffff", stroke: style.stroke))
            }
            canvas.doc.add(SVGDocument.group(parts, className: "variant"))
        }
        ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: pTicks, unit: AxisUnit.percent(say(.chartProfitAtMost)))
        ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: unit)
        canvas.note(words.variantsOverlayNote + unit.note)
        return canvas.finish()
    }
}
