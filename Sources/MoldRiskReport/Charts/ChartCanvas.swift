import MoldRiskAnalysis
import MoldRiskCore

/// The common frame of every chart: title, subtitle (the scenario name; none when empty, as on
/// page 1 under the page's own header), legend, then panels
/// stacked from top to bottom, each with a bold title over its plot area; the height follows.
struct ChartCanvas {
    static let width = 860.0
    static let margin = 24.0
    var doc: SVGDocument
    /// Top of the next thing to draw.
    var cursor: Double

    init(title: String, subtitle: String, legend: [LegendItem]) {
        doc = SVGDocument(width: Self.width, height: 100, title: title)
        let room = Self.width - 2 * Self.margin
        doc.add(SVGDocument.text(Self.margin, 30, SVG.fit(title, width: room, size: 18), size: 18, bold: true,
                                 className: "chart-title"))
        var top = 40.0
        if !subtitle.isEmpty {
            doc.add(SVGDocument.text(Self.margin, 50, SVG.fit(subtitle, width: room, size: 12), size: 12,
                                     fill: ChartStyle.darkGrey, className: "subtitle"))
            top = 60
        }
        let used = ChartLegend.draw(&doc, items: legend, x: Self.margin, y: top, width: room)
        cursor = top + used + 12
    }

    /// A panel: its title (none when empty), then a plot area `plotHeight` tall between `left` and
    /// `right` margins, leaving room under it for the x axis.
    mutating func panel(title: String, plotHeight: Double, left: Double, right: Double) -> PlotArea {
        if !title.isEmpty {
            doc.add(SVGDocument.text(Self.margin, cursor + 16,
                                     SVG.fit(title, width: Self.width - 2 * Self.margin, size: 14), size: 14, bold: true,
                                     className: "panel-title"))
        }
        let area = PlotArea(x: left, y: cursor + (title.isEmpty ? 10 : 30), width: Self.width - left - right, height: plotHeight)
        cursor = area.bottom + 58
        return area
    }

    /// A grey note line (how to read the chart).
    mutating func note(_ text: String) {
        for line in SVG.wrap(text, width: Self.width - 2 * Self.margin, size: 12) {
            doc.add(SVGDocument.text(Self.margin, cursor + 4, line, size: 12, fill: ChartStyle.darkGrey, className: "note"))
            cursor += 16
        }
        cursor += 2
    }

    /// "No data" in the middle of an empty plot area.
    mutating func empty(_ area: PlotArea, _ text: String) {
        doc.add(SVGDocument.rect(area.x, area.y, area.width, area.height, fill: "none",
                                 stroke: Stroke(color: ChartStyle.lightGrey)))
        doc.add(SVGDocument.text(area.x + area.width / 2, area.y + area.height / 2, text, size: 13, anchor: .middle,
                                 fill: ChartStyle.darkGrey))
    }

    /// A label with a white box behind it, so it stays readable over lines and bars.
    mutating func label(_ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double = 12,
                        className: String? = nil) {
        let width = SVG.textWidth(text, size: size)
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        doc.add(SVGDocument.group([
            SVGDocument.rect(left - 2, y - size, width + 4, size + 4, fill: "#ffffff"),
            SVGDocument.text(x, y, text, size: size, anchor: anchor),
        ], className: className))
    }

    mutating func finish() -> String {
        doc.height = (cursor + 8).rounded(.up)
        return doc.render()
    }

    /// Finite values of a list (data may hold NaN for degenerate runs).
    static func finite(_ values: [Double]) -> [Double] { values.filter(\.isFinite) }
}
