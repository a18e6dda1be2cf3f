import MoldRiskAnalysis
import MoldRiskCore

/// `input-distributions.svg`: small multiples, two to a row, one per uncertain input (mold
/// cost first, then each cycle's in draw order): the share of the tornado's draws per band as
/// grey bars, and the law the scenario gives as a line (its density times the band width, so
/// both read as "share per band"); a yes/no event or an `empirical` input as bars per value with
/// the law's probability marked. Readers check at a glance that the inputs are what they meant.
enum InputDistributionChart {
    static let columns = 3
    /// Panels per chart file: two rows of three, so a chart takes under half a printed page at
    /// full width (its words keep their size, and a page can hold two, or one below text);
    /// more inputs go on to further files (`files`).
    static let panelsPerChart = 6
    static let gap = 20.0
    static let plotHeight = 120.0
    static let left = 58.0
    static let right = 8.0
    static let titleSize = 13.0

    /// How many chart files the inputs of `result` need.
    static func files(_ result: RunResult) -> Int {
        (result.inputDistributions.count + panelsPerChart - 1) / panelsPerChart
    }

    /// The file name of part `part` (0-based): `input-distributions.svg`, `input-distributions-2.svg`, …
    static func fileName(part: Int) -> String {
        part == 0 ? ChartRenderer.inputDistributionsFile : "input-distributions-\(part + 1).svg"
    }

    /// Part `part`'s title: the chart's, with `(2/3)` when the inputs take several files.
    static func title(part: Int, of parts: Int, words: any ReportStrings) -> String {
        parts > 1 ? words.inputsChartTitle + " (\(part + 1)/\(parts))" : words.inputsChartTitle
    }

    static func svg(_ result: RunResult, part: Int = 0, words: any ReportStrings) -> String {
        let all = result.inputDistributions
        let inputs = Array(all[min(all.count, part * panelsPerChart)..<min(all.count, (part + 1) * panelsPerChart)])
        let lawStroke = Stroke(color: ChartStyle.ink, width: 2)
        var canvas = ChartCanvas(title: title(part: part, of: files(result), words: words), subtitle: result.scenario.name, legend: [
            LegendItem(sample: .box(fill: ChartStyle.lightGrey, stroke: Stroke(color: ChartStyle.darkGrey)),
                       label: words.inputsDrawnLegend),
            LegendItem(sample: .line(lawStroke, .diamond), label: words.inputsLawLegend),
        ])
        let cellWidth = (ChartCanvas.width - 2 * ChartCanvas.margin - Double(columns - 1) * gap) / Double(columns)
        let rowHeight = 40 + plotHeight + 56
        for (index, input) in inputs.enumerated() {
            let column = index % columns
            let top = canvas.cursor + Double(index / columns) * rowHeight
            let cellX = ChartCanvas.margin + Double(column) * (cellWidth + gap)
            let title = words.inputPanel(name(input, words: words), draws: input.draws)
            for (line, text) in SVG.wrap(title, width: cellWidth, size: titleSize).prefix(2).enumerated() {
                canvas.doc.add(SVGDocument.text(cellX, top + 14 + Double(line) * 16, text,
                                                size: titleSize, bold: true, className: line == 0 ? "panel-title" : nil))
            }
            let area = PlotArea(x: cellX + left, y: top + 40, width: cellWidth - left - right, height: plotHeight)
            switch input.law {
            case let .continuous(bins, density):
                continuous(&canvas, area: area, input: input, bins: bins, density: density, law: lawStroke, words: words)
            case let .discrete(masses):
                discrete(&canvas, area: area, input: input, masses: masses, law: lawStroke, words: words)
            }
        }
        canvas.cursor += Double((inputs.count + columns - 1) / columns) * rowHeight
        canvas.note(words.inputsChartNote(trials: result.cycles.compactMap(\.sensitivity?.trials).first ?? 0))
        return canvas.finish()
    }

    /// The input's name with its cycle (`research_days (traditional)`); the mold cost alone.
    static func name(_ input: InputDistribution, words: any ReportStrings) -> String {
        guard let cycle = input.cycle else { return ReportContent.inputLabel(input.input, words: words) }
        return words.inputOfCycle(ReportContent.inputLabel(input.input, words: words), cycle: cycle)
    }

    /// The horizontal axis of an input in its unit (money in yuan or 万元, a rate in percent).
    static func axis(_ unit: SensitivityUnit, largest: Double, words: any ReportStrings) -> AxisUnit {
        switch unit {
        case .yuan: AxisUnit.money(words.inputAxis(.yuan), largest: largest, words: words)
        case .probability: AxisUnit.percent(words.inputAxis(.probability))
        default: AxisUnit.plain(words.inputAxis(unit))
        }
    }

    private static func continuous(_ canvas: inout ChartCanvas, area: PlotArea, input: InputDistribution,
                                   bins: [HistogramBin], density: [DensityPoint], law: Stroke, words: any ReportStrings) {
        guard let lo = bins.first?.lower, let hi = bins.last?.upper, hi > lo else {
            canvas.empty(area, words.phrase(.noData)); return
        }
        let width = (hi - lo) / Double(bins.count)
        let unit = axis(input.unit, largest: max(abs(lo), abs(hi)), words: words)
        let expected = density.map { ($0.x, $0.density * width) }
        let top = max(bins.map(\.share).max() ?? 0, expected.map(\.1).max() ?? 0)
        let yTicks = Ticks.nice(0, max(top, 1e-9) * 110, count: 3)
        let y = LinearScale(lower: 0, upper: yTicks.upper, start: area.bottom, end: area.y)
        let x = LinearScale(lower: lo / unit.divisor, upper: hi / unit.divisor, start: area.x, end: area.right)
        let xTicks = Ticks.fitting(lo / unit.divisor, hi / unit.divisor, length: area.width, exact: true) {
            unit.label($0, decimals: $1)
        }
        ChartAxes.grid(&canvas.doc, area: area, y: (y, yTicks))
        let bars = bins.map { bin in
            let x0 = x(bin.lower / unit.divisor), x1 = x(bin.upper / unit.divisor), t = y(bin.share * 100)
            return SVGDocument.rect(x0, t, x1 - x0, area.bottom - t, fill: ChartStyle.lightGrey,
                                    stroke: Stroke(color: ChartStyle.darkGrey, width: 0.5))
        }
        canvas.doc.add(SVGDocument.group(bars, className: "bars", title: words.inputsDrawnLegend))
        canvas.doc.add(SVGDocument.polyline(expected.map { (x($0.0 / unit.divisor), y.clamped($0.1 * 100)) }, law,
                                            className: "series law", title: words.inputsLawLegend))
        ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: AxisUnit.percent(words.shareOfDrawsAxis))
        ChartAxes.bottom(&canvas.doc, area: area, scale: x, ticks: xTicks, unit: unit)
    }

    private static func discrete(_ canvas: inout ChartCanvas, area: PlotArea, input: InputDistribution,
                                 masses: [PointMass], law: Stroke, words: any ReportStrings) {
        guard !masses.isEmpty else { canvas.empty(area, words.phrase(.noData)); return }
        let isEvent = input.unit == .probability && input.input.lastKey == "rework_probability"
        let unit = axis(input.unit, largest: masses.map(\.value.magnitude).max() ?? 0, words: words)
        let top = masses.map { max($0.drawnShare, $0.probability) }.max() ?? 0
        let yTicks = Ticks.nice(0, max(top, 1e-9) * 110, count: 3)
        let y = LinearScale(lower: 0, upper: yTicks.upper, start: area.bottom, end: area.y)
        let slot = area.width / Double(masses.count)
        ChartAxes.grid(&canvas.doc, area: area, y: (y, yTicks))
        var parts: [String] = []
        let labelSize = ChartStyle.fontSize
        for (i, mass) in masses.enumerated() {
            let centre = area.x + slot * (Double(i) + 0.5)
            let barWidth = min(60, slot * 0.6)
            let t = y(mass.drawnShare * 100)
            parts.append(SVGDocument.rect(centre - barWidth / 2, t, barWidth, area.bottom - t, fill: ChartStyle.lightGrey,
                                          stroke: Stroke(color: ChartStyle.darkGrey, width: 0.5)))
            parts.append(SVGDocument.marker(.diamond, centre, y(mass.probability * 100), size: 8, fill: "#ffffff",
                                            stroke: law, className: "law"))
            let label = isEvent ? words.reworkOutcome(mass.value != 0)
                : (input.unit == .yuan ? AxisUnit.moneyLabel(mass.value, words: words) : Fmt.fixed(mass.value, places: 0))
            if SVG.textWidth(label, size: labelSize) <= slot - 4 || masses.count <= 12 {
                parts.append(SVGDocument.text(centre, area.bottom + ChartAxes.tickLength + 13,
                                              SVG.fit(label, width: slot - 2, size: labelSize), size: labelSize, anchor: .middle))
            }
        }
        canvas.doc.add(SVGDocument.group(parts, className: "bars discrete"))
        canvas.doc.add(SVGDocument.line(area.x, area.bottom, area.right, area.bottom, Stroke(color: ChartStyle.ink)))
        canvas.doc.add(SVGDocument.text(area.x + area.width / 2, area.bottom + 38, isEvent ? "" : unit.title,
                                        size: ChartStyle.fontSize, anchor: .middle))
        ChartAxes.vertical(&canvas.doc, area: area, scale: y, ticks: yTicks, unit: AxisUnit.percent(words.shareOfDrawsAxis))
    }
}
