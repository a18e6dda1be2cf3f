import MoldRiskAnalysis
import MoldRiskCore

/// The print-ready text report: the `ReportDocument` laid out in 80 display columns and paginated
/// into pages of at most 66 lines separated by form feeds (see `TextPaginator`).
enum TextReport {
    static let width = 80
    static let pageLength = 66

    static func render(_ result: RunResult, scope: ReportContent.Scope = .full,
                       words: any ReportStrings = EnglishStrings()) -> String {
        let document = ReportContent.document(result, scope: scope, words: words)
        let paginator = TextPaginator(title: spacingLineBreaks(document.title), width: width, pageLength: pageLength,
                                      pageLabel: { words.page($0, of: $1) })
        return paginator.render(blocks(document, words: words))
    }

    /// The document as pagination blocks; headings become the lead of the block after them.
    static func blocks(_ document: ReportDocument, words: any ReportStrings = EnglishStrings()) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var lead: [String] = [words.phrase(.banner)] + DisplayWidth.wrap(document.title, width: width) + [""]
        var startsPage = false
        func add(_ block: TextBlock) {
            var block = block
            block.startsPage = startsPage
            startsPage = false
            blocks.append(block)
        }
        for item in document.items {
            switch item {
            case .pageBreak:
                startsPage = true
            case let .heading(level, text):
                let lines = DisplayWidth.wrap(text, width: width)
                let rule = String(repeating: level == 1 ? "═" : "─",
                                  count: min(width, lines.map(DisplayWidth.of).max() ?? 0))
                if !lead.isEmpty && lead.last != "" { lead.append("") }
                lead += lines + [rule]
            case let .paragraph(text):
                add(TextBlock(lead: lead, rows: [DisplayWidth.wrap(text, width: width)]))
                lead = []
            case let .chart(chart):
                let body = TextCharts.lines(for: chart, width: width, words: words)
                    + DisplayWidth.wrap(chart.caption, width: width)
                let title = DisplayWidth.wrap(chart.title, width: width)
                add(TextBlock(lead: lead, heading: title, continuedHeading: title, rows: [body]))
                lead = []
            case .image:
                continue   // SVG files beside the report; the text report has its own text charts
            case let .table(table):
                let layout = TextTable.layout(table, width: width, continued: words.phrase(.continued))
                add(TextBlock(lead: lead, heading: layout.heading,
                              continuedHeading: layout.continuedHeading, rows: layout.rows))
                lead = []
            }
        }
        if !lead.isEmpty { add(TextBlock(lead: lead, rows: [])) }
        return blocks
    }

    /// Newlines and tabs in a name become spaces (for one-line headers).
    static func spacingLineBreaks(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
