import MoldRiskReport

/// Lays a `ReportTable` out in the text width: columns sized to their widest cell (set on one
/// line), 10 points apart; when that is too wide the wrapping column takes the width left (and
/// then the other columns shrink in proportion), and cells wrap within their column. Right-aligned
/// columns (the figures) are set with tabular figures, so digits line up. A label/value list
/// (no column headers) gives its labels at most 36 % of the width.
struct PDFTableLayout {
    let setter: PDFTextSetter
    let width: Double
    /// A table no higher than this is kept whole on one page.
    let wholeHeight: Double
    /// Put after a table's title on the pages after its first: ` (continued)`, `（续）`.
    let continuedMark: String

    static let gap = 10.0
    static let padding = 2.2

    /// The table as one block: title, header, rows and notes; kept whole when short, else with title,
    /// header and first row together, the last row with the notes, and the title marked continued
    /// and the header repeated on every further page.
    func block(_ table: ReportTable) throws(PDFError) -> PDFBlock {
        let widths = try columnWidths(table)
        var lead: [PDFRow] = []
        var repeated: [PDFRow] = []
        if let title = table.title {
            lead.append(try titleRow(title))
            repeated.append(try titleRow(title + continuedMark))
        }
        if table.showsHeader {
            let header = try cellsRow(table.columns.map(\.header), table: table, widths: widths, header: true)
            lead.append(header)
            repeated.append(header)
        }
        var rows = lead
        for row in table.rows {
            switch row {
            case let .cells(cells): rows.append(try cellsRow(cells, table: table, widths: widths, header: false))
            case let .group(label): rows.append(try groupRow(label))
            }
        }
        for (index, note) in table.notes.enumerated() {
            let text = PDFText(string: note, style: .note)
            let top = index == 0 ? 3.0 : 0
            rows.append(PDFRow(height: try setter.size(text, width: width).height + 1 + top,
                               marks: [.text(text, x: 0, y: top, width: width)]))
        }
        let whole = rows.reduce(0) { $0 + $1.height } <= wholeHeight
        let dataRows = rows.count - lead.count - table.notes.count
        let least = min(rows.count, lead.count + 1)
        return PDFBlock(spaceBefore: 9, rows: rows, keepTogether: whole ? rows.count : least,
                        keepTogetherAtEnd: table.notes.count + min(1, dataRows),
                        repeatedHeader: repeated, headerRows: lead.count, leastKeepTogether: least)
    }

    /// The width of every column; they and the gaps add up to at most the text width.
    func columnWidths(_ table: ReportTable) throws(PDFError) -> [Double] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        var widths = Array(repeating: 0.0, count: count)
        if table.showsHeader {
            for (i, column) in table.columns.enumerated() {
                widths[i] = try setter.size(PDFText(string: column.header, style: .tableHeader), width: nil).width
            }
        }
        for case let .cells(cells) in table.rows {
            for (i, cell) in cells.prefix(count).enumerated() {
                widths[i] = max(widths[i], try setter.size(text(cell, table.columns[i], header: false), width: nil).width)
            }
        }
        widths = widths.map { $0 + 0.5 }
        let gaps = Self.gap * Double(count - 1)
        let room = max(width - gaps, 1)
        if !table.showsHeader && count == 2 {
            widths[0] = min(widths[0], room * 0.36)
            widths[1] = room - widths[0]
            return widths
        }
        guard widths.reduce(0, +) > room else { return widths }
        let wrap = table.columns.firstIndex { $0.wraps } ?? (count - 1)
        let others = widths.reduce(0, +) - widths[wrap]
        widths[wrap] = max(room * 0.25, room - others)
        let left = room - widths[wrap]
        if others > left {
            for i in widths.indices where i != wrap { widths[i] *= left / others }
        }
        return widths
    }

    private func text(_ cell: String, _ column: ReportTable.Column, header: Bool) -> PDFText {
        let right = column.alignment == .right
        return PDFText(string: cell, style: header ? .tableHeader : (right ? .number : .cell),
                       alignment: right ? .right : .left)
    }

    private func titleRow(_ title: String) throws(PDFError) -> PDFRow {
        let text = PDFText(string: title, style: .tableTitle)
        return PDFRow(height: try setter.size(text, width: width).height + 3,
                      marks: [.text(text, x: 0, y: 0, width: width)])
    }

    private func cellsRow(_ cells: [String], table: ReportTable, widths: [Double], header: Bool) throws(PDFError) -> PDFRow {
        var marks: [PDFMark] = []
        var height = 0.0
        var x = 0.0
        for (i, column) in table.columns.enumerated() {
            let cell = i < cells.count ? cells[i] : ""
            let text = self.text(cell, column, header: header)
            height = max(height, try setter.size(text, width: widths[i]).height)
            marks.append(.text(text, x: x, y: Self.padding, width: widths[i]))
            x += widths[i] + Self.gap
        }
        height += 2 * Self.padding
        let tableWidth = min(width, x - Self.gap)
        marks.append(header
            ? .rule(x: 0, y: height, width: tableWidth, thickness: 0.6, grey: 0)
            : .rule(x: 0, y: height, width: tableWidth, thickness: 0.3, grey: 0.78))
        return PDFRow(height: height + 0.5, marks: marks)
    }

    private func groupRow(_ label: String) throws(PDFError) -> PDFRow {
        let text = PDFText(string: label, style: .tableHeader)
        let height = try setter.size(text, width: width).height + 2 * Self.padding + 2
        return PDFRow(height: height, marks: [.text(text, x: 0, y: Self.padding + 2, width: width)])
    }
}
