import MoldRiskAnalysis
import MoldRiskCore

/// The renderer-neutral content of the `--format xlsx` workbook: sheets of cells, each figure an
/// exact number with a number style (the writer turns the style into an Excel number format, so a
/// cell shows `¥1,234,567` or `123.4567万元` and keeps 1234567), and the native charts bound to
/// those cells. `WorkbookContent.workbook` builds it from a `RunResult` with the same wording the
/// other reports use; `MoldRiskXLSX` writes it. Pure: no statistics, no files.
package struct WorkbookContent: Sendable, Equatable {
    /// The scenario name (the workbook's title property).
    package var title: String
    package var language: ReportLanguage
    /// In order; every name valid in Excel (`WorkbookSheetNames`).
    package var sheets: [WorkbookSheet]
}

/// One worksheet: rows of cells from A1, the rows frozen at the top, and its charts.
package struct WorkbookSheet: Sendable, Equatable {
    package var name: String
    /// Row-major from A1; rows may have different lengths.
    package var rows: [[WorkbookCell]]
    /// Rows kept in view when scrolling (the sheet's title, or a table's header).
    package var frozenRows: Int
    package var charts: [WorkbookChart]
    /// Column widths in Excel's character units, fitted to the cells (`WorkbookColumnWidths`).
    package var columnWidths: [Double]
    /// The Samples sheet's rows, written after `rows` (kept apart: a million rows as cells would
    /// take gigabytes): trial, cycle, then the figures in General format.
    package var samples: WorkbookSamples.Rows? = nil
}

/// One cell.
package enum WorkbookCell: Sendable, Equatable {
    case empty
    case text(String, WorkbookTextStyle = .plain)
    /// An exact figure, shown in `style`'s number format.
    case number(Double, WorkbookNumberStyle)

    /// Text cell of a table's row label.
    static func label(_ text: String) -> WorkbookCell { .text(text, .plain) }
}

/// How a text cell is set.
package enum WorkbookTextStyle: Sendable, Equatable {
    case plain
    /// The sheet's title (row 1).
    case title
    /// A section or table title.
    case heading
    /// A table's column header.
    case header
    /// A sentence that may run past its column (prose, notes); it does not widen the column.
    case note
}

/// The number format of a figure (the writer's `XLSXNumberFormats` spells each one per language).
package enum WorkbookNumberStyle: Sendable, Equatable, CaseIterable {
    /// Yuan: `¥#,##0` in English, 万元 in Chinese.
    case money
    /// A probability or share: `0.0 %`.
    case percent
    /// Units, stock: `#,##0`.
    case units
    /// Days: `0.0`.
    case days
    /// A correlation: `0.00`.
    case ratio
    /// A count (trials, seasons): `0`.
    case count
    /// Excel's General (the samples).
    case general
}

/// A native chart bound to cells of its own sheet (column ranges, zero-based rows and columns).
package struct WorkbookChart: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// Straight lines through (x, y) points: S-curves, the stock curve, the overlay.
        case line
        /// Vertical bars per category: a histogram.
        case column
        /// Horizontal bars per category: the tornado (bars start where the value axis crosses).
        case bar
    }

    /// Cells `firstRow...lastRow` of `column` on the chart's sheet.
    package struct Range: Sendable, Equatable {
        package var firstRow: Int
        package var lastRow: Int
        package var column: Int
    }

    package struct Series: Sendable, Equatable {
        package var name: String
        /// x values (line) or category labels (column, bar).
        package var categories: Range
        package var values: Range
    }

    package var kind: Kind
    package var title: String
    package var xAxisTitle: String
    package var yAxisTitle: String
    package var series: [Series]
    /// Number style of the x (category) and y (value) axes' labels.
    package var xStyle: WorkbookNumberStyle?
    package var yStyle: WorkbookNumberStyle?
    /// Where the category axis crosses the value axis (the tornado's centre), nil: at zero.
    package var valueAxisCrossing: Double?
    /// The cell the chart's top-left corner sits on.
    package var anchorRow: Int
    package var anchorColumn: Int
}
