import MoldRiskAnalysis
import MoldRiskCore

/// SVG 1.1 primitives for the charts: one number format, text escaping, rough text metrics and
/// a document that collects elements and writes a standalone UTF-8 file.
///
/// Every coordinate goes through `SVG.number` (two fixed decimals, trailing zeros dropped), so a
/// chart's bytes depend only on its data.
enum SVG {
    /// Fonts tried in order, per character: Noto Sans for Latin text (the PDF then embeds a small
    /// Latin font, CJK glyphs only where a name needs them), CJK-capable sans faces, then common
    /// Latin ones.
    static let fontFamily = "'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', "
        + "'Microsoft YaHei', 'DejaVu Sans', Arial, Helvetica, sans-serif"

    /// The one number format of the SVG files: two decimals, rounded half away from zero, with
    /// trailing zeros dropped (`12.5`, `3`, `-0.25`); a non-finite value prints `0`.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var text = Fmt.fixed(x, places: 2, grouping: false)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Text safe in XML character data and in double-quoted attributes: `& < > " '` escaped,
    /// characters XML 1.0 does not allow (most C0 controls) replaced by spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Em per display column: a narrow character is about 0.55 em in the sans faces above
    /// (DejaVu Sans digits are 0.64, WenQuanYi's Latin narrower), a wide (CJK) one 1 em.
    static let emPerColumn = 0.55

    /// Estimated rendered width of `text` at `size` px, for layout only: 0.55 em per narrow
    /// character, 1.1 em per wide (CJK) character.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * emPerColumn * size
    }

    /// `text` cut with `…` so that its estimated width is at most `width`.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        let columns = Int(truncating: width / (emPerColumn * size), clampedTo: 1...10_000)
        return DisplayWidth.truncate(TextReport.spacingLineBreaks(text), to: columns)
    }

    /// `text` broken into lines whose estimated width is at most `width`; a number keeps its
    /// unit on its line even where the wording spaced them (`10,000 元` is drawn `10,000元`,
    /// as the report writes every sum).
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        DisplayWidth.wrap(joiningSpacedUnits(TextReport.spacingLineBreaks(text)),
                          width: Int(truncating: width / (emPerColumn * size), clampedTo: 1...10_000))
    }

    /// `text` without the space between a digit and a wide unit after it (`万`, `元`, `件`, `天`,
    /// `人`), so that `DisplayWidth.wrap` keeps the two together.
    static func joiningSpacedUnits(_ text: String) -> String {
        text.replacing(/([0-9]) (?=[万元件天人])/) { String($0.output.1) }
    }
}

/// A stroke: colour, width and an optional dash pattern (`"8 4"`).
struct Stroke: Sendable, Equatable {
    var color: String
    var width: Double = 1
    var dash: String?

    var attributes: String {
        var out = "stroke=\"\(color)\" stroke-width=\"\(SVG.number(width))\""
        if let dash { out += " stroke-dasharray=\"\(dash)\"" }
        return out
    }
}

/// Marker shapes that tell series apart without colour.
enum MarkerShape: Sendable, Equatable, CaseIterable {
    case circle, square, triangle, diamond, cross
}

enum TextAnchor: String, Sendable { case start, middle, end }

/// A standalone SVG 1.1 document: `<title>`, optional `<defs>`, a white background and the
/// elements in the order they were added.
struct SVGDocument: Sendable {
    var width: Double
    var height: Double
    var title: String
    var defs: [String] = []
    private(set) var elements: [String] = []

    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        self.title = title
    }

    mutating func add(_ element: String) { elements.append(element) }

    /// The whole file, ending in a newline.
    func render() -> String {
        let w = SVG.number(width), h = SVG.number(height)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)\" height=\"\(h)\" "
                + "viewBox=\"0 0 \(w) \(h)\" font-family=\"\(SVG.fontFamily)\">",
            "<title>\(SVG.escape(title))</title>",
        ]
        if !defs.isEmpty { lines += ["<defs>"] + defs + ["</defs>"] }
        lines.append("<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>")
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Element builders

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ stroke: Stroke,
                     className: String? = nil) -> String {
        "<line\(classAttribute(className)) x1=\"\(SVG.number(x1))\" y1=\"\(SVG.number(y1))\" "
            + "x2=\"\(SVG.number(x2))\" y2=\"\(SVG.number(y2))\" \(stroke.attributes)/>"
    }

    /// A polyline through the finite points; `title` becomes a `<title>` child (the series name).
    static func polyline(_ points: [(Double, Double)], _ stroke: Stroke, className: String? = nil,
                         title: String? = nil) -> String {
        let coordinates = points.filter { $0.0.isFinite && $0.1.isFinite }
            .map { SVG.number($0.0) + "," + SVG.number($0.1) }.joined(separator: " ")
        let head = "<polyline\(classAttribute(className)) points=\"\(coordinates)\" fill=\"none\" \(stroke.attributes) "
            + "stroke-linejoin=\"round\""
        guard let title else { return head + "/>" }
        return head + "><title>\(SVG.escape(title))</title></polyline>"
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String,
                     stroke: Stroke? = nil, className: String? = nil, title: String? = nil) -> String {
        var out = "<rect\(classAttribute(className)) x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" "
            + "width=\"\(SVG.number(max(0, width)))\" height=\"\(SVG.number(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { out += " " + stroke.attributes }
        guard let title else { return out + "/>" }
        return out + "><title>\(SVG.escape(title))</title></rect>"
    }

    static func text(_ x: Double, _ y: Double, _ text: String, size: Double = 12, anchor: TextAnchor = .start,
                     bold: Bool = false, fill: String = "#000000", rotate: Double? = nil,
                     className: String? = nil) -> String {
        var out = "<text\(classAttribute(className)) x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" "
            + "font-size=\"\(SVG.number(size))\" fill=\"\(fill)\""
        if anchor != .start { out += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { out += " font-weight=\"bold\"" }
        if let rotate {
            out += " transform=\"rotate(\(SVG.number(rotate)) \(SVG.number(x)) \(SVG.number(y)))\""
        }
        return out + ">\(SVG.escape(text))</text>"
    }

    /// A marker of `shape` centred on (x, y), `size` px across.
    static func marker(_ shape: MarkerShape, _ x: Double, _ y: Double, size: Double = 7, fill: String,
                       stroke: Stroke, className: String? = nil) -> String {
        let r = size / 2
        let c = classAttribute(className)
        let paint = "fill=\"\(fill)\" \(stroke.attributes)"
        func points(_ list: [(Double, Double)]) -> String {
            list.map { SVG.number(x + $0.0) + "," + SVG.number(y + $0.1) }.joined(separator: " ")
        }
        switch shape {
        case .circle:
            return "<circle\(c) cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"\(SVG.number(r))\" \(paint)/>"
        case .square:
            return rect(x - r, y - r, size, size, fill: fill, stroke: stroke, className: className)
        case .triangle:
            return "<polygon\(c) points=\"\(points([(0, -r * 1.2), (r * 1.1, r * 0.8), (-r * 1.1, r * 0.8)]))\" \(paint)/>"
        case .diamond:
            return "<polygon\(c) points=\"\(points([(0, -r * 1.3), (r * 1.1, 0), (0, r * 1.3), (-r * 1.1, 0)]))\" \(paint)/>"
        case .cross:
            return "<path\(c) d=\"M\(points([(-r, -r)])) L\(points([(r, r)])) M\(points([(-r, r)])) "
                + "L\(points([(r, -r)]))\" fill=\"none\" \(stroke.attributes)/>"
        }
    }

    /// A `<g>` around `children`, with a `<title>` child first when given.
    static func group(_ children: [String], className: String? = nil, title: String? = nil) -> String {
        var lines = ["<g\(classAttribute(className))>"]
        if let title { lines.append("<title>\(SVG.escape(title))</title>") }
        return (lines + children + ["</g>"]).joined(separator: "\n")
    }

    private static func classAttribute(_ name: String?) -> String {
        name.map { " class=\"\(SVG.escape($0))\"" } ?? ""
    }
}
