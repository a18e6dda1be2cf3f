import MoldRiskAnalysis
import MoldRiskCore

/// Lays one sheet out top to bottom: a title, headings, prose, label/value lists and tables, each
/// followed by a blank row, and remembers where each table's columns landed so a chart can be
/// bound to them. Column widths are fitted when the sheet is finished.
struct WorkbookSheetBuilder {
    private(set) var rows: [[WorkbookCell]] = []
    private(set) var charts: [WorkbookChart] = []
    var frozenRows = 1
    /// The Samples sheet's rows (`WorkbookSheet.samples`).
    var samples: WorkbookSamples.Rows?
    /// The column charts are placed in: one after the widest table so far.
    private var widestTable = 1
    /// The row the next chart goes to (charts stack down the right-hand side).
    private var nextChartRow = 1

    init(title: String) {
        rows.append([.text(title, .title)])
    }

    /// The row the next appended row gets (zero-based).
    var nextRow: Int { rows.count }

    mutating func heading(_ text: String) {
        rows.append([.text(text, .heading)])
    }

    mutating func paragraph(_ text: String) {
        rows.append([.text(text, .note)])
    }

    /// One row of cells as given.
    mutating func row(_ cells: [WorkbookCell]) {
        rows.append(cells)
        widestTable = max(widestTable, cells.count)
    }

    mutating func blank() {
        rows.append([])
    }

    /// Label/value rows (the value a number or text), then a blank row.
    mutating func facts(_ title: String?, _ facts: [(String, WorkbookCell)]) {
        if let title { heading(title) }
        for (label, value) in facts { rows.append([.label(label), value]) }
        widestTable = max(widestTable, 2)
        blank()
    }

    /// A table with a header row; returns the zero-based row of its first data row (the data
    /// rows follow without gaps). Notes go under it, then a blank row.
    @discardableResult
    mutating func table(_ title: String?, headers: [String], rows body: [[WorkbookCell]], notes: [String] = []) -> Int {
        if let title { heading(title) }
        rows.append(headers.map { .text($0, .header) })
        let first = rows.count
        rows += body
        for note in notes { paragraph(note) }
        widestTable = max(widestTable, headers.count, body.map(\.count).max() ?? 0)
        blank()
        return first
    }

    /// A table of the report's (formatted) text, as the text report prints it: the inputs, the
    /// method, the value of information. Group rows become headings.
    mutating func reportTable(_ table: ReportTable) {
        if let title = table.title { heading(title) }
        if table.showsHeader { rows.append(table.columns.map { .text($0.header, .header) }) }
        for row in table.rows {
            switch row {
            case let .cells(cells): rows.append(cells.map { .text($0.replacingOccurrences(of: "\n", with: " ")) })
            case let .group(label): rows.append([.text(label, .heading)])
            }
        }
        for note in table.notes { paragraph(note) }
        widestTable = max(widestTable, table.columns.count)
        blank()
    }

    /// The report's items as text: headings, paragraphs and tables; charts and page breaks skipped
    /// (the workbook draws its own charts).
    mutating func reportItems(_ items: [ReportItem]) {
        for item in items {
            switch item {
            case let .heading(_, text): heading(text)
            case let .paragraph(text): paragraph(text); blank()
            case let .table(table): reportTable(table)
            case .chart, .image, .pageBreak: break
            }
        }
    }

    /// Places `chart` to the right of the tables, below the previous chart.
    mutating func chart(_ kind: WorkbookChart.Kind, title: String, x: String, y: String,
                        series: [WorkbookChart.Series], xStyle: WorkbookNumberStyle? = nil,
                        yStyle: WorkbookNumberStyle? = nil, crossing: Double? = nil) {
        guard !series.isEmpty else { return }
        charts.append(WorkbookChart(kind: kind, title: title, xAxisTitle: x, yAxisTitle: y, series: series,
                                    xStyle: xStyle, yStyle: yStyle, valueAxisCrossing: crossing,
                                    anchorRow: nextChartRow, anchorColumn: 0))
        nextChartRow += WorkbookSheetBuilder.chartRows
    }

    /// Rows a chart takes (Excel's default chart is 15 rows high at the default row height).
    static let chartRows = 16

    /// The finished sheet, named `name`: charts moved to the column after the widest table,
    /// columns fitted.
    func sheet(named name: String, language: ReportLanguage) -> WorkbookSheet {
        let chartColumn = widestTable + 1
        return WorkbookSheet(
            name: name, rows: rows, frozenRows: frozenRows,
            charts: charts.map { var c = $0; c.anchorColumn = chartColumn; return c },
            columnWidths: WorkbookColumnWidths.fit(rows, language: language), samples: samples)
    }
}
