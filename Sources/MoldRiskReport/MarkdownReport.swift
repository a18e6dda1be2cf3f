import MoldRiskAnalysis
import MoldRiskCore

/// The Markdown report: the same `ReportDocument` as the text report, with `#` headings, pipe
/// tables and the charts in fenced code blocks. Given the path of the SVG charts folder, it also
/// embeds the SVG charts as images (`![title](path/file.svg)`).
enum MarkdownReport {
    static let chartWidth = 76

    static func render(_ result: RunResult, chartsPath: String? = nil, scope: ReportContent.Scope = .full,
                       words: any ReportStrings = EnglishStrings()) -> String {
        let document = ReportContent.document(result, charts: chartsPath != nil, scope: scope, words: words)
        var parts: [String] = ["# \(inline(words.phrase(.markdownTitle))): \(inline(document.title))"]
        for item in document.items {
            switch item {
            case .pageBreak:
                continue
            case let .heading(level, text):
                parts.append(String(repeating: "#", count: level + 1) + " " + inline(text))
            case let .paragraph(text):
                parts.append(inline(text))
            case let .table(table):
                parts.append(markdownTable(table))
            case let .image(title, fileName):
                parts.append("![\(inline(title))](\(imagePath(chartsPath ?? "", fileName)))")
            case let .chart(chart):
                let lines = TextCharts.lines(for: chart, width: chartWidth, words: words)
                parts.append("**\(inline(chart.title))**\n\n```text\n" + lines.joined(separator: "\n")
                             + "\n```\n\n" + inline(chart.caption))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func markdownTable(_ table: ReportTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines += ["**\(inline(title))**", ""] }
        if !table.showsHeader {   // a label/value list reads better as a bullet list
            for case let .cells(cells) in table.rows {
                lines.append("- **\(inline(cells.first ?? "")):** " + cells.dropFirst().map(inline).joined(separator: " "))
            }
            return lines.joined(separator: "\n")
        }
        lines.append("| " + table.columns.map(\.header).map(cell).joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined())
        for row in table.rows {
            switch row {
            case let .cells(cells):
                let padded = cells + Array(repeating: "", count: max(0, table.columns.count - cells.count))
                lines.append("| " + padded.map(cell).joined(separator: " | ") + " |")
            case let .group(label):
                let rest = Array(repeating: " |", count: max(0, table.columns.count - 1)).joined()
                lines.append("| **" + cell(label) + "** |" + rest)
            }
        }
        if !table.notes.isEmpty {
            lines.append("")
            lines += table.notes.map(inline)
        }
        return lines.joined(separator: "\n")
    }

    /// `folder/file` percent-encoded for a Markdown link: every byte outside `A–Z a–z 0–9 - . _ ~ /`
    /// as `%XX` (UTF-8), so spaces, parentheses and Chinese folder names keep the link intact.
    static func imagePath(_ folder: String, _ fileName: String) -> String {
        var folder = folder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        let path = folder.isEmpty || folder == "." ? fileName : (folder == "/" ? "/" : folder + "/") + fileName
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// Text safe inside a table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text on one line with Markdown's emphasis and HTML characters escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            case "*", "_", "`", "<", ">", "[", "]", "\\": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
