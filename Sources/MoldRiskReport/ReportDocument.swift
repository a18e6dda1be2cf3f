import MoldRiskAnalysis
import MoldRiskCore

/// The renderer-neutral content of a report: headings, paragraphs, tables and charts with every
/// figure already formatted. `ReportContent` builds it once from a `RunResult`; the text and
/// Markdown renderers only lay it out, so both print the same words and numbers.
package struct ReportDocument: Sendable, Equatable {
    /// The scenario name (page headers, Markdown title).
    package var title: String
    package var items: [ReportItem]
}

/// One element of a report, in reading order.
package enum ReportItem: Sendable, Equatable {
    /// A section (level 1) or subsection (level 2) title; it stays with the item after it.
    case heading(level: Int, text: String)
    /// Running prose, wrapped by the renderer.
    case paragraph(String)
    case table(ReportTable)
    case chart(ReportChart)
    /// A chart drawn as an SVG file beside the report (`--charts DIR`): `fileName` inside the
    /// charts folder. Only the Markdown report shows it (as an image); the text report skips it.
    case image(title: String, fileName: String)
    /// What follows starts a new page (a chapter: the decision page, the risk profiles, the
    /// appendix). The PDF and text reports break the page; Markdown has no pages.
    case pageBreak
}

/// A titled table of formatted cells. Rows are logical rows: a page break may fall between two
/// rows, never inside one.
package struct ReportTable: Sendable, Equatable {
    package enum Alignment: Sendable, Equatable { case left, right }

    package struct Column: Sendable, Equatable {
        package var header: String
        package var alignment: Alignment
        /// The column that wraps (text) when the table is too wide; at most one per table.
        package var wraps: Bool = false
    }

    package enum Row: Sendable, Equatable {
        case cells([String])
        /// A group label spanning the table (the inputs table's `cycles.traditional`).
        case group(String)
    }

    package var title: String?
    package var columns: [Column]
    package var rows: [Row]
    /// False for label/value lists, whose column headers would say nothing.
    package var showsHeader: Bool = true
    /// Legend lines printed under the table.
    package var notes: [String] = []
}

/// A chart, drawn by `TextCharts` at the width the renderer has.
package struct ReportChart: Sendable, Equatable {
    package enum Axis: Sendable, Equatable { case money, days }

    package enum Kind: Sendable, Equatable {
        /// Horizontal bars, one per bin (merged in equal consecutive groups when there are too many);
        /// bins whose lower edge is at or beyond `flagFrom` are flagged with `flagLabel`.
        case histogram([HistogramBin], axis: Axis, flagFrom: Double?, flagLabel: String)
        /// The profit S-curve P(profit ≤ x) as a filled area chart, with ¥0 marked.
        case sCurve([CurvePoint])
        /// A tornado: one row per input, widest first, each a bar from `center` to the expected
        /// profit with the input at its P10 (`low`) and to the one at its P90 (`high`); the
        /// yes/no events after the inputs, under their group heading.
        case tornado([TornadoRow], center: Double)
    }

    /// One input's row of a text tornado.
    package struct TornadoRow: Sendable, Equatable {
        var label: String
        /// What the input is held at (`¥212,000 → ¥498,000`), printed beside the label; nil for none.
        var detail: String? = nil
        /// The heading of the group the row belongs to (the yes/no events), printed above the
        /// group's first row; nil for the continuous inputs.
        var group: String? = nil
        /// Expected profit with the input held at its P10 (an event: never).
        var low: Double
        /// Expected profit with the input held at its P90 (an event: always).
        var high: Double
    }

    var title: String
    var kind: Kind
    /// How to read the chart.
    var caption: String
}
