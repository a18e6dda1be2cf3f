import MoldRiskAnalysis
import MoldRiskCore

/// Lays a `ReportTable` out in fixed-width text: columns two spaces apart, sized to their
/// widest cell by display width; when the table is wider than the page, the wrapping column
/// takes the remaining width and its cells wrap (a logical row then spans several lines), and
/// any other over-wide cell is cut with `…`.
enum TextTable {
    static let gap = "  "

    struct Layout {
        /// Title, column headers and rule: repeated on every page the table spans.
        var heading: [String]
        /// The same heading with `(continued)` after the title.
        var continuedHeading: [String]
        /// Logical rows; the legend is attached to the last row so it stays with the table.
        var rows: [[String]]
    }

    static func layout(_ table: ReportTable, width: Int, continued continuedMark: String = " (continued)") -> Layout {
        let columnCount = table.columns.count
        var widths = table.columns.map { table.showsHeader ? DisplayWidth.of($0.header) : 0 }
        for case let .cells(cells) in table.rows {
            for (i, cell) in cells.prefix(columnCount).enumerated() {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        let wrapIndex = table.columns.firstIndex { $0.wraps } ?? (columnCount - 1)
        let total = widths.reduce(0, +) + gap.count * (columnCount - 1)
        if total > width {
            let others = total - widths[wrapIndex]
            widths[wrapIndex] = max(8, width - others)
        }
        // Still too wide (many wide fixed columns): shrink the widest other columns.
        while widths.reduce(0, +) + gap.count * (columnCount - 1) > width,
              let widest = widths.indices.filter({ $0 != wrapIndex }).max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 4 {
            widths[widest] -= 1
        }
        let tableWidth = min(width, widths.reduce(0, +) + gap.count * (columnCount - 1))

        func line(_ cells: [String]) -> [String] {
            let wrapped = wrapIndex < cells.count
                ? DisplayWidth.wrap(cells[wrapIndex], width: widths[wrapIndex]) : [""]
            return wrapped.indices.map { lineIndex in
                let parts: [String] = table.columns.indices.map { column in
                    let text: String
                    if column == wrapIndex {
                        text = wrapped[lineIndex]
                    } else {
                        text = lineIndex == 0 && column < cells.count ? cells[column] : ""
                    }
                    return DisplayWidth.pad(text, to: widths[column],
                                            alignRight: table.columns[column].alignment == .right)
                }
                return TextCharts.trimTrailing(parts.joined(separator: gap))
            }
        }

        var heading: [String] = []
        var continued: [String] = []
        if let title = table.title {
            heading += DisplayWidth.wrap(title, width: width)
            continued += DisplayWidth.wrap(title + continuedMark, width: width)
        }
        if table.showsHeader {
            let header = line(table.columns.map(\.header)) + [String(repeating: "─", count: tableWidth)]
            heading += header
            continued += header
        }
        var rows: [[String]] = table.rows.map { row in
            switch row {
            case let .cells(cells): line(cells)
            case let .group(label): DisplayWidth.wrap(label, width: width)
            }
        }
        let legend = table.notes.flatMap { DisplayWidth.wrap($0, width: width) }
        if !legend.isEmpty {
            if rows.isEmpty { rows = [legend] } else { rows[rows.count - 1] += legend }
        }
        return Layout(heading: heading, continuedHeading: continued, rows: rows)
    }
}
