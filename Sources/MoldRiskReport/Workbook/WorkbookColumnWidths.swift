import MoldRiskAnalysis
import MoldRiskCore

/// Column widths that fit a sheet's cells, in Excel's character units: the widest cell of each
/// column by `DisplayWidth` (a Chinese character counts two), numbers by the width of their
/// shown form, titles, headings and notes left out (they run over the next cells), between
/// `minimum` and `maximum`.
enum WorkbookColumnWidths {
    static let minimum = 8.0
    static let maximum = 60.0

    static func fit(_ rows: [[WorkbookCell]], language: ReportLanguage) -> [Double] {
        var widths: [Double] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                guard let width = width(of: cell, language: language) else { continue }
                while widths.count <= column { widths.append(minimum) }
                widths[column] = max(widths[column], min(maximum, width + 2))
            }
        }
        return widths
    }

    /// The cell's width in characters, nil for a cell that does not set its column's width.
    static func width(of cell: WorkbookCell, language: ReportLanguage) -> Double? {
        switch cell {
        case .empty: return nil
        case let .text(text, style):
            switch style {
            case .plain, .header: return Double(DisplayWidth.of(text))
            case .title, .heading, .note: return nil
            }
        case let .number(value, style):
            // The shown form's width (the number format's digits, separators and unit).
            let shown: String
            switch style {
            case .money: shown = language == .zh ? Fmt.fixed(value / 10_000, places: 4) + "万元"
                                                 : "-¥" + Fmt.units(value.magnitude)
            case .percent: shown = Fmt.fixed(value * 100, places: 1) + " %"
            case .units: shown = Fmt.units(value)
            case .days, .ratio: shown = Fmt.fixed(value, places: 2)
            case .count: shown = Fmt.fixed(value, places: 0)
            case .general: shown = Fmt.machine(value) ?? ""
            }
            return Double(DisplayWidth.of(shown))
        }
    }
}
