@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport

/// Helpers shared by the report tests.
package enum ReportTestSupport {
    /// The pages of a text report, each as its lines (form feeds separate pages; every line ends
    /// in a newline).
    package static func pages(_ text: String) -> [[String]] {
        text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF line ends).
    package static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" {
                continue
            } else if c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The English words of the life's wording: its table's headings, notes and sentences.
    package static var englishLifeWords: [String] {
        let english = EnglishStrings()
        return [english.phrase(.judgedOnLabel), english.phrase(.moldsLifeLabel), english.chartPaybackTitle,
                english.chartPaybackLegend, english.chartSeasonAxis, english.paybackTableNote, english.valueJudgedLabel,
                english.demandChangeUnit, english.restockWords(.same), english.restockWords(.lastSold),
                english.seasonOneSuffix, "Season 1", "season 1", "Over the mold's", "NPV over", "Payback", "paid back",
                "Judged on", "the verdict judges", "Exp. NPV", "P(NPV", "discounted"]
            + english.lifeColumns.filter { $0.count >= 5 } + english.paybackColumns.filter { $0.count >= 5 }
    }
}
