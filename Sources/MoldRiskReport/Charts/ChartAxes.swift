import MoldRiskAnalysis
import MoldRiskCore

/// Scales, "nice" ticks, units and axes shared by the charts.

/// Colours and series styles: greys plus one accent, series told apart by dash and marker too.
enum ChartStyle {
    static let ink = "#000000"
    static let accent = "#1f5aa6"
    static let darkGrey = "#555555"
    static let midGrey = "#8c8c8c"
    static let lightGrey = "#c8c8c8"
    static let grid = "#e4e4e4"
    static let fontSize = 12.0

    struct Series: Sendable {
        var stroke: Stroke
        var marker: MarkerShape
        /// Dash pattern name for the legend's words (`solid`, `dashed`, …).
        var patternName: String
    }

    /// The style of the `index`-th series (cycles in scenario order), cycling after five.
    static func series(_ index: Int) -> Series {
        let styles: [Series] = [
            Series(stroke: Stroke(color: ink, width: 2.2), marker: .circle, patternName: "solid"),
            Series(stroke: Stroke(color: accent, width: 2.2, dash: "9 4"), marker: .square, patternName: "dashed"),
            Series(stroke: Stroke(color: darkGrey, width: 2.2, dash: "2 3"), marker: .triangle, patternName: "dotted"),
            Series(stroke: Stroke(color: midGrey, width: 2.2, dash: "10 3 2 3"), marker: .diamond, patternName: "dash-dot"),
            Series(stroke: Stroke(color: ink, width: 1.4, dash: "4 4"), marker: .cross, patternName: "short dashes"),
        ]
        return styles[index % styles.count]
    }

    /// Diagonal hatching for "late" bars (`url(#hatch)`), readable without colour.
    static let hatchDefinition = "<pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
        + "<rect x=\"0\" y=\"0\" width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        + "<path d=\"M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5\" stroke=\"\(accent)\" stroke-width=\"1.6\"/></pattern>"
}

/// A pixel rectangle: the plot area of a panel.
struct PlotArea: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var right: Double { x + width }
    var bottom: Double { y + height }
}

/// A linear map from a value domain to pixels.
struct LinearScale: Sendable, Equatable {
    var lower: Double
    var upper: Double
    var start: Double
    var end: Double

    func callAsFunction(_ value: Double) -> Double {
        guard upper != lower else { return (start + end) / 2 }
        return start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The pixel clamped into the scale's range (for values outside the domain).
    func clamped(_ value: Double) -> Double {
        let p = self(value)
        return min(max(p, min(start, end)), max(start, end))
    }
}

/// Round tick values ("nice numbers": 1, 2, 2.5, 5 × 10^k) covering a range.
struct Ticks: Sendable, Equatable {
    var values: [Double]
    var step: Double
    /// Decimals that print every tick exactly.
    var decimals: Int
    var lower: Double { values.first ?? 0 }
    var upper: Double { values.last ?? 1 }

    /// About `count` intervals covering [lower, upper], extended outwards to whole steps.
    static func nice(_ lower: Double, _ upper: Double, count: Int = 5) -> Ticks {
        var lo = lower.isFinite ? lower : 0, hi = upper.isFinite ? upper : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * max(1, abs(hi)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad; hi += pad
        }
        let rough = (hi - lo) / Double(max(1, count))
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = ([1, 2, 2.5, 5, 10].first { $0 * magnitude >= rough * (1 - 1e-9) } ?? 10) * magnitude
        let first = (lo / step + 1e-9).rounded(.down)
        let last = (hi / step - 1e-9).rounded(.up)
        let values = stride(from: first, through: last, by: 1).map { i -> Double in
            let v = i * step
            return abs(v) < step * 1e-9 ? 0 : v
        }
        var decimals = 0
        while decimals < 8 {
            let scaled = step * pow10(decimals)
            if abs(scaled - scaled.rounded()) < 1e-6 { break }
            decimals += 1
        }
        return Ticks(values: values, step: step, decimals: decimals)
    }

    /// The ticks of `nice` that lie within [lower, upper] (the axis then spans exactly the data).
    func within(_ lower: Double, _ upper: Double) -> Ticks {
        let slack = step * 1e-9
        return Ticks(values: values.filter { $0 >= lower - slack && $0 <= upper + slack }, step: step, decimals: decimals)
    }

    /// The most ticks (trying 8 down to 2 intervals) whose labels, `label(value)` at `size` px,
    /// fit side by side along `length` px with a gap. With `exact`, only the ticks inside
    /// [lower, upper] are kept (for an axis that spans the data, not whole steps).
    static func fitting(_ lower: Double, _ upper: Double, length: Double, size: Double = ChartStyle.fontSize,
                        exact: Bool = false, label: (Double, Int) -> String) -> Ticks {
        var best = nice(lower, upper, count: 2)
        if exact { best = best.within(lower, upper) }
        for count in stride(from: 8, through: 2, by: -1) {
            var ticks = nice(lower, upper, count: count)
            let span = exact ? upper - lower : ticks.upper - ticks.lower
            if exact { ticks = ticks.within(lower, upper) }
            let spacing = length * ticks.step / max(span, 1e-300)
            let widest = ticks.values.map { SVG.textWidth(label($0, ticks.decimals), size: size) }.max() ?? 0
            if widest + 10 <= spacing { best = ticks; break }
        }
        return best
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { acc, _ in acc * 10 }
    }
}

/// How a quantity is shown on an axis: the divisor from data units to axis units and the title.
struct AxisUnit: Sendable, Equatable {
    var divisor: Double
    var title: String
    /// Suffix of a tick label (` %`).
    var suffix: String = ""

    func label(_ value: Double, decimals: Int) -> String {
        Fmt.fixed(value, places: decimals) + suffix
    }

    /// The sentence a chart's note adds when the axis unit needs explaining (万元); empty otherwise.
    var note: String = ""

    /// Money in the unit its language writes on an axis (`words.moneyAxis`): `¥k` or `¥M` in
    /// English, 元 or 万元 in Chinese (the note then says what 万元 is).
    static func money(_ name: String, largest: Double, words: any ReportStrings = EnglishStrings()) -> AxisUnit {
        let scale = words.moneyAxis(largest: largest.isFinite ? largest : 0)
        return AxisUnit(divisor: scale.divisor, title: "\(name) (\(scale.unit))", note: scale.note)
    }

    /// A probability shown in percent.
    static func percent(_ name: String) -> AxisUnit {
        AxisUnit(divisor: 0.01, title: name, suffix: " %")
    }

    static func plain(_ title: String) -> AxisUnit {
        AxisUnit(divisor: 1, title: title)
    }

    /// A money amount for a label on the plot, as the language writes money (`¥194k`, `19.40万元`).
    static func moneyLabel(_ yuan: Double, words: any ReportStrings) -> String {
        words.money(yuan)
    }
}

/// Drawing axes and legends into an `SVGDocument`.
enum ChartAxes {
    static let tickLength = 5.0

    /// The bottom axis: line, ticks, labels, grid lines up through the area, and the title.
    static func bottom(_ doc: inout SVGDocument, area: PlotArea, scale: LinearScale, ticks: Ticks, unit: AxisUnit,
                       grid: Bool = false) {
        var parts: [String] = []
        for value in ticks.values {
            let x = scale(value)
            if grid { parts.append(SVGDocument.line(x, area.y, x, area.bottom, Stroke(color: ChartStyle.grid))) }
            parts.append(SVGDocument.line(x, area.bottom, x, area.bottom + tickLength, Stroke(color: ChartStyle.ink)))
            // Centred under its tick, but never past the canvas's edge (a wide last label of a
            // panel in the right-hand column).
            let label = unit.label(value, decimals: ticks.decimals)
            let half = SVG.textWidth(label, size: ChartStyle.fontSize) / 2
            let labelX = min(max(x, half + 2), ChartCanvas.width - half - 2)
            parts.append(SVGDocument.text(labelX, area.bottom + tickLength + 13, label, size: ChartStyle.fontSize, anchor: .middle))
        }
        parts.append(SVGDocument.line(area.x, area.bottom, area.right, area.bottom, Stroke(color: ChartStyle.ink)))
        parts.append(SVGDocument.text(area.x + area.width / 2, area.bottom + 38, unit.title, size: ChartStyle.fontSize,
                                      anchor: .middle))
        doc.add(SVGDocument.group(parts, className: "axis x-axis"))
    }

    /// A vertical axis on the left (`right == false`) or right side of the area, with ticks,
    /// labels, optional grid lines and the title written upwards.
    static func vertical(_ doc: inout SVGDocument, area: PlotArea, scale: LinearScale, ticks: Ticks, unit: AxisUnit,
                         right: Bool = false, grid: Bool = false) {
        var parts: [String] = []
        let x = right ? area.right : area.x
        let direction = right ? 1.0 : -1.0
        var widest = 0.0
        for value in ticks.values {
            let y = scale(value)
            if grid { parts.append(SVGDocument.line(area.x, y, area.right, y, Stroke(color: ChartStyle.grid))) }
            parts.append(SVGDocument.line(x, y, x + direction * tickLength, y, Stroke(color: ChartStyle.ink)))
            let label = unit.label(value, decimals: ticks.decimals)
            widest = max(widest, SVG.textWidth(label, size: ChartStyle.fontSize))
            parts.append(SVGDocument.text(x + direction * (tickLength + 3), y + 4, label, size: ChartStyle.fontSize,
                                          anchor: right ? .start : .end))
        }
        parts.append(SVGDocument.line(x, area.y, x, area.bottom, Stroke(color: ChartStyle.ink)))
        let titleX = x + direction * (tickLength + 3 + widest + 10)
        let titleY = area.y + area.height / 2
        if !unit.title.isEmpty {
            let title = SVG.fit(unit.title, width: area.height, size: ChartStyle.fontSize)
            parts.append(SVGDocument.text(titleX, titleY, title, size: ChartStyle.fontSize, anchor: .middle,
                                          rotate: right ? 90 : -90))
        }
        doc.add(SVGDocument.group(parts, className: right ? "axis y-axis right" : "axis y-axis"))
    }

    /// Light grid lines at the ticks, drawn before the data so they stay behind it.
    static func grid(_ doc: inout SVGDocument, area: PlotArea, x: (LinearScale, Ticks)? = nil,
                     y: (LinearScale, Ticks)? = nil) {
        var parts: [String] = []
        if let (scale, ticks) = x {
            for value in ticks.values {
                parts.append(SVGDocument.line(scale(value), area.y, scale(value), area.bottom, Stroke(color: ChartStyle.grid)))
            }
        }
        if let (scale, ticks) = y {
            for value in ticks.values {
                parts.append(SVGDocument.line(area.x, scale(value), area.right, scale(value), Stroke(color: ChartStyle.grid)))
            }
        }
        doc.add(SVGDocument.group(parts, className: "grid"))
    }

    /// Horizontal room a vertical axis needs for tick labels and its title.
    static func verticalAxisWidth(_ ticks: Ticks, unit: AxisUnit) -> Double {
        let widest = ticks.values.map { SVG.textWidth(unit.label($0, decimals: ticks.decimals), size: ChartStyle.fontSize) }
            .max() ?? 0
        return tickLength + 3 + widest + 10 + ChartStyle.fontSize + 4
    }
}

/// A legend entry: a line sample (with an optional marker) or a filled box, and its words.
struct LegendItem: Sendable {
    enum Sample: Sendable {
        case line(Stroke, MarkerShape?)
        case box(fill: String, stroke: Stroke?)
    }
    var sample: Sample
    var label: String
}

enum ChartLegend {
    static let rowHeight = 20.0
    static let sampleWidth = 34.0

    /// Lays the items out left to right from (x, y), wrapping within `width`; returns the height used.
    @discardableResult
    static func draw(_ doc: inout SVGDocument, items: [LegendItem], x: Double, y: Double, width: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        var parts: [String] = []
        var cx = x, cy = y
        for item in items {
            let label = SVG.fit(item.label, width: width - sampleWidth - 8, size: ChartStyle.fontSize)
            let itemWidth = sampleWidth + 6 + SVG.textWidth(label, size: ChartStyle.fontSize) + 18
            if cx > x && cx + itemWidth > x + width {
                cx = x
                cy += rowHeight
            }
            let middle = cy + rowHeight / 2
            switch item.sample {
            case let .line(stroke, marker):
                parts.append(SVGDocument.line(cx, middle, cx + sampleWidth, middle, stroke))
                if let marker {
                    parts.append(SVGDocument.marker(marker, cx + sampleWidth / 2, middle, fill: "#ffffff",
                                                    stroke: Stroke(color: stroke.color, width: 1.5)))
                }
            case let .box(fill, stroke):
                parts.append(SVGDocument.rect(cx + 4, middle - 6, sampleWidth - 8, 12, fill: fill,
                                              stroke: stroke ?? Stroke(color: ChartStyle.darkGrey)))
            }
            parts.append(SVGDocument.text(cx + sampleWidth + 6, middle + 4, label, size: ChartStyle.fontSize))
            cx += itemWidth
        }
        doc.add(SVGDocument.group(parts, className: "legend"))
        return cy - y + rowHeight
    }
}
