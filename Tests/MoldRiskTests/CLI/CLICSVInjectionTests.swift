import Foundation
import Testing
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// CSV formula injection (issue 25 item 7): a cycle or scenario name a spreadsheet would take
/// for a formula (`=1+2`, `+…`, `-…`, `@SUM(1,2)`) reaches the report CSV and the `--samples`
/// CSV as text — a single quote before it, the field quoted (OWASP's rule) — while numbers,
/// negative ones included, stay numbers. Before the fix the names went in as they were.
@Suite struct CLICSVInjectionTests {
    @Test func aFieldThatStartsAFormulaIsNeutralisedAndNumbersAreNot() {
        #expect(CSVReport.field("=1+2") == "\"'=1+2\"")
        #expect(CSVReport.field("+cmd") == "\"'+cmd\"")
        #expect(CSVReport.field("-2+3") == "\"'-2+3\"")
        #expect(CSVReport.field("@SUM(1,2)") == "\"'@SUM(1,2)\"")
        #expect(CSVReport.field("\tx") == "\"'\tx\"")
        #expect(CSVReport.field("\r=x") == "\"'\r=x\"")
        #expect(CSVReport.field("=\"a\"") == "\"'=\"\"a\"\"\"")
        #expect(CSVReport.field("-12345.5") == "-12345.5")
        #expect(CSVReport.field("-1.5e-7") == "-1.5e-7")
        #expect(CSVReport.field("-") == "\"'-\"")
        #expect(CSVReport.field("-1e") == "\"'-1e\"")
        #expect(CSVReport.field("traditional") == "traditional")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
    }

    /// Splits RFC 4180 CSV text into rows of fields (quotes removed, doubled quotes undone).
    private func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" && pending == "\n" {
                pending = iterator.next()
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test func theReportAndTheSamplesCarryFormulaNamesAsText() throws {
        let dir = try CLI.scratchFolder()
        let scenario = CLI.smallScenario
            .replacingOccurrences(of: "[cycles.traditional]", with: "[cycles.\"=1+2\"]")
            .replacingOccurrences(of: "[cycles.data_driven]", with: "[cycles.\"@SUM(1,2)\"]")
        try CLI.write(scenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--no-sensitivity", "--format", "csv",
                             "--output", "report.csv", "--samples", "samples.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["report.csv", "samples.csv"] {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("\"'=1+2\",") && text.contains("\"'@SUM(1,2)\","), "\(file)")
            let table = rows(text)
            let cycles = Set(table.dropFirst().map { $0[file == "report.csv" ? 0 : 1] }.filter { !$0.isEmpty })
            #expect(cycles == ["'=1+2", "'@SUM(1,2)"], "\(file)")
            // Every other field is a number (or empty, or a plain word): none starts a formula
            // unless it is a number, and negative profits stay unquoted numbers.
            for row in table.dropFirst() {
                for field in row where field.hasPrefix("-") { #expect(Double(field) != nil, "\(file): \(field)") }
                for field in row { #expect(!field.hasPrefix("=") && !field.hasPrefix("@") && !field.hasPrefix("+")) }
            }
            #expect(text.contains(",-"), "\(file) has negative numbers, unquoted")
        }
    }
}
