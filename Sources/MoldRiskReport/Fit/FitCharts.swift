import MoldRiskAnalysis
import MoldRiskCore

/// The SVG charts of `moldrisk fit --charts DIR`: `fit-qq.svg`, the quantile–quantile plot of
/// every fitted law (the diagonal is a perfect fit), and `fit-histogram.svg`, the data's histogram
/// with each law's probability per band. Built from the chart primitives every report chart uses
/// (`ChartCanvas`, `ChartAxes`, `ChartStyle.series`), worded in the report's language.
package enum FitCharts {
    package static let qqFile = "fit-qq.svg"
    package static let histogramFile = "fit-histogram.svg"
    static let plotHeight = 360.0
    static let left = 90.0
    static let right = 30.0

    /// Both chart files.
    package static func render(_ fit: DistributionFit, file: String, words: any FitStrings) -> [ChartFile] {
        [ChartFile(fileName: qqFile, svg: qq(fit, file: file, words: words)),
         ChartFile(fileName: histogramFile, svg: histogram(fit, file: file, words: words))]
    }

    static func legend(_ fit: DistributionFit, words: any FitStrings) -> [LegendItem] {
        fit.candidates.filter { $0.family != .empirical }.enumerated().map { index, candidate in
            let style = ChartStyle.series(index)
            return LegendItem(sample: .line(style.stroke, style.marker), label: words.lawName(candidate.family))
        }
    }

    static func qq(_ fit: DistributionFit, file: String, words: any FitStrings) -> String {
        var canvas = ChartCanvas(title: words.qqTitle, subtitle: "\(file): \(fit.column)", legend: legend(fit, words: words))
        let area = canvas.panel(title: fit.column, plotHeight: plotHeight, left: left, right: right)
        let series = fit.qqSeries()
        let all = series.flatMap { $0.points.flatMap { [$0.expected, $0.observed] } }.filter(\.isFinite)
        guard let lo = all.min(), let hi = all.max(), hi > lo else {
            canvas.empty(area, words.notAvailable)
            return canvas.finish()
        }
        let ticks = Ticks.nice(lo, hi, count: 5)
        let x = LinearScale(lower: ticks.lower, upper: ticks.upper, start: area.x, end: area.right)
        let y = LinearScale(lower: ticks.lower, upper: ticks.upper, start: area.bottom, end: area.y)
        ChartAxes.grid(&canvas.doc, area: area, x: (x, ticks), y: (y, ticks))
        canvas.doc.add(SVGDocument.line(x(ticks.lower), y(ticks.lower), x(ticks.upper), y(ticks.upper),
                                        Stroke(color: ChartStyle.darkGrey, width: 1, dash: "3 3")))
        for (index, line) in series.enumerated() {
            let style = ChartStyle.series(index)
            let marks = line.points.filter { $0.expected.isFinite }.map {
                SVGDocument.marker(style.marker, x.clamped($0.expected), y.clamped($0.observed), size: 5, fill: "#ffffff",
                                   stroke: Stroke(color: style.stroke.color, width: 1))
            }
            canvas.doc.add(SVGDocument.group(marks, className: "series qq", title: words.lawName(line.family)))
        }
        ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: ticks, unit: .plain(words.qqYAxis))
        ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: ticks, unit: .plain(words.qqXAxis))
        canvas.note(words.qqNote)
        return canvas.finish()
    }

    static func histogram(_ fit: DistributionFit, file: String, words: any FitStrings) -> String {
        let data = LegendItem(sample: .box(fill: ChartStyle.lightGrey, stroke: Stroke(color: ChartStyle.darkGrey)),
                              label: words.dataLegend)
        var canvas = ChartCanvas(title: words.histogramTitle, subtitle: "\(file): \(fit.column)",
                                 legend: [data] + legend(fit, words: words))
        let area = canvas.panel(title: fit.column, plotHeight: plotHeight, left: left, right: right)
        let bins = fit.histogram
        guard let lo = bins.first?.lower, let hi = bins.last?.upper, hi > lo else {
            canvas.empty(area, words.notAvailable)
            return canvas.finish()
        }
        let curves = fit.densityCurves(bandWidth: (hi - lo) / Double(bins.count))
        let top = max(bins.map(\.share).max() ?? 0, curves.flatMap { $0.points.map(\.density) }.max() ?? 0)
        let yTicks = Ticks.nice(0, max(top, 1e-9) * 110, count: 5)
        let y = LinearScale(lower: 0, upper: yTicks.upper, start: area.bottom, end: area.y)
        let xTicks = Ticks.fitting(lo, hi, length: area.width, exact: true) { Fmt.fixed($0, places: $1) }
        let x = LinearScale(lower: lo, upper: hi, start: area.x, end: area.right)
        ChartAxes.grid(&canvas.doc, area: area, y: (y, yTicks))
        let bars = bins.map { bin in
            let x0 = x(bin.lower), x1 = x(bin.upper), t = y(bin.share * 100)
            return SVGDocument.rect(x0, t, x1 - x0, area.bottom - t, fill: ChartStyle.lightGrey,
                                    stroke: Stroke(color: ChartStyle.darkGrey, width: 0.5))
        }
        canvas.doc.add(SVGDocument.group(bars, className: "bars", title: words.dataLegend))
        for (index, curve) in curves.enumerated() {
            canvas.doc.add(SVGDocument.polyline(curve.points.map { (x($0.x), y.clamped($0.density * 100)) },
                                                ChartStyle.series(index).stroke, className: "series law",
                                                title: words.lawName(curve.family)))
        }
        ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: .percent(words.shareAxis))
        ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: .plain(words.valueAxis(fit.column)))
        canvas.note(words.histogramNote)
        return canvas.finish()
    }
}
