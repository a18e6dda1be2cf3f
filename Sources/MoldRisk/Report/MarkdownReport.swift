/// The Markdown report: the same `ReportDocument` as the text report, with `#` headings, pipe
/// tables and the charts in fenced code blocks.
enum MarkdownReport {
    static let chartWidth = 76

    static func render(_ result: RunResult) -> String {
        let document = ReportContent.document(result)
        var parts: [String] = ["# Mold risk report: \(inline(document.title))"]
        for item in document.items {
            switch item {
            case let .heading(level, text):
                parts.append(String(repeating: "#", count: level + 1) + " " + inline(text))
            case let .paragraph(text):
                parts.append(inline(text))
            case let .table(table):
                parts.append(markdownTable(table))
            case let .chart(chart):
                let lines = TextCharts.lines(for: chart, width: chartWidth)
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
