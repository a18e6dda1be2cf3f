import MoldRiskCore
import CXlsxWriter
import MoldRiskReport

/// The workbook's cell formats, made once: one per text style and one per number style (its
/// number format from `XLSXNumberFormats` in the workbook's language).
struct XLSXFormats {
    let language: ReportLanguage
    private var text: [WorkbookTextStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var numbers: [WorkbookNumberStyle: UnsafeMutablePointer<lxw_format>] = [:]

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>, language: ReportLanguage) throws(XLSXError) {
        self.language = language
        func add() throws(XLSXError) -> UnsafeMutablePointer<lxw_format> {
            guard let format = workbook_add_format(workbook) else { throw XLSXError("workbook_add_format failed") }
            return format
        }
        for style in [WorkbookTextStyle.plain, .title, .heading, .header, .note] {
            let format = try add()
            switch style {
            case .plain, .note: break
            case .title: format_set_bold(format); format_set_font_size(format, 14)
            case .heading: format_set_bold(format)
            case .header: format_set_bold(format); format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
            }
            text[style] = format
        }
        for style in WorkbookNumberStyle.allCases {
            let format = try add()
            format_set_num_format(format, XLSXNumberFormats.format(style, language: language))
            numbers[style] = format
        }
    }

    func text(_ style: WorkbookTextStyle) -> UnsafeMutablePointer<lxw_format>? { text[style] }
    func number(_ style: WorkbookNumberStyle) -> UnsafeMutablePointer<lxw_format>? { numbers[style] }
}
