import MoldRiskCore
import CXlsxWriter
import MoldRiskReport

/// Writes one `WorkbookSheet`: its cells in row order (libxlsxwriter's constant-memory mode, used
/// with a Samples sheet, needs that), column widths, frozen rows, then its charts.
struct XLSXSheetWriter {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    let formats: XLSXFormats

    func write(_ sheet: WorkbookSheet) throws(XLSXError) {
        guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
            throw XLSXError("workbook_add_worksheet(\"\(sheet.name)\") failed (an invalid or repeated sheet name?)")
        }
        for (column, width) in sheet.columnWidths.enumerated() {
            try XLSXWriter.check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil),
                                 "worksheet_set_column(\(sheet.name), \(column))")
        }
        if sheet.frozenRows > 0 { worksheet_freeze_panes(worksheet, lxw_row_t(sheet.frozenRows), 0) }
        for (row, cells) in sheet.rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                try write(cell, worksheet, row: row, column: column, sheet: sheet.name)
            }
        }
        if let samples = sheet.samples {
            try write(samples, worksheet, from: sheet.rows.count, sheet: sheet.name)
        }
        for chart in sheet.charts {
            try XLSXChartWriter(workbook: workbook, formats: formats).insert(chart, into: worksheet, sheet: sheet.name)
        }
    }

    private func write(_ cell: WorkbookCell, _ worksheet: UnsafeMutablePointer<lxw_worksheet>, row: Int, column: Int,
                       sheet: String) throws(XLSXError) {
        let r = lxw_row_t(row), c = lxw_col_t(column)
        switch cell {
        case .empty:
            return
        case let .text(text, style):
            try XLSXWriter.check(worksheet_write_string(worksheet, r, c, text, formats.text(style)),
                                 "worksheet_write_string(\(sheet), row \(row + 1), column \(column + 1))")
        case let .number(value, style):
            guard value.isFinite else {   // no figure: said in words, as the other reports do
                try XLSXWriter.check(worksheet_write_string(worksheet, r, c, "n/a", formats.text(.plain)),
                                     "worksheet_write_string(\(sheet), row \(row + 1), column \(column + 1))")
                return
            }
            try XLSXWriter.check(worksheet_write_number(worksheet, r, c, value, formats.number(style)),
                                 "worksheet_write_number(\(sheet), row \(row + 1), column \(column + 1))")
        }
    }

    /// The samples' rows from `first`: trial, cycle, figures (an empty CSV field stays empty).
    private func write(_ samples: WorkbookSamples.Rows, _ worksheet: UnsafeMutablePointer<lxw_worksheet>, from first: Int,
                       sheet: String) throws(XLSXError) {
        let columns = samples.trial.isEmpty ? 0 : samples.figures.count / samples.trial.count
        let general = formats.number(.general)
        for i in samples.trial.indices {
            let r = lxw_row_t(first + i)
            try XLSXWriter.check(worksheet_write_number(worksheet, r, 0, samples.trial[i], general),
                                 "worksheet_write_number(\(sheet), row \(first + i + 1))")
            try XLSXWriter.check(worksheet_write_string(worksheet, r, 1, samples.cycle[i], formats.text(.plain)),
                                 "worksheet_write_string(\(sheet), row \(first + i + 1))")
            for k in 0..<columns {
                let value = samples.figures[i * columns + k]
                guard value.isFinite else { continue }
                try XLSXWriter.check(worksheet_write_number(worksheet, r, lxw_col_t(k + 2), value, general),
                                     "worksheet_write_number(\(sheet), row \(first + i + 1))")
            }
        }
    }
}
