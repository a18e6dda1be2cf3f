import MoldRiskCore
import MoldRiskReport

/// The Excel number format of each `WorkbookNumberStyle`, per language. The cell always holds the
/// exact value; the format only decides how it shows.
///
/// Money in Chinese shows in 万元 (10⁴ yuan). Excel's scaling comma divides by 10³ only, so the
/// format inserts the decimal point as a literal four digits from the right instead:
/// `0!.0000"万元"` shows 1,234,567 as `123.4567万元` and 500 as `0.0500万元` (exact to the yuan);
/// the negative section repeats it with a minus sign and zero shows as `0元`.
package enum XLSXNumberFormats {
    package static func format(_ style: WorkbookNumberStyle, language: ReportLanguage) -> String {
        switch style {
        case .money: language == .zh ? #"0!.0000"万元";-0!.0000"万元";0"元""# : "¥#,##0;-¥#,##0"
        case .percent: "0.0 %"
        case .units: "#,##0"
        case .days: "0.0"
        case .ratio: "0.00"
        case .count: "0"
        case .general: "General"
        }
    }
}
