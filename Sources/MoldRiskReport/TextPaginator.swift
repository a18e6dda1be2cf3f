import MoldRiskAnalysis
import MoldRiskCore

/// A unit of a paginated text document: lines that belong together on one page.
///
/// `lead` (section headings) is printed only before the block's first part; `heading` (a table's
/// title and column header) before every part; `rows` are logical rows, and a page break may
/// only fall between two rows.
struct TextBlock: Sendable, Equatable {
    var lead: [String] = []
    var heading: [String] = []
    var continuedHeading: [String] = []
    var rows: [[String]]
    /// Blank lines before the block, unless it starts a page.
    var spaceBefore: Int = 1
    /// The block starts a new page (a chapter).
    var startsPage = false

    var height: Int { lead.count + heading.count + rows.reduce(0) { $0 + $1.count } }
}

/// Greedy pagination of `TextBlock`s into pages of at most `pageLength` lines, each opened by a
/// header line (title left, `page X of Y` right) and a rule, pages separated by form feeds.
///
/// A block goes on the current page if it fits, else on a fresh page; only a block taller than
/// a whole page body is split, between logical rows, with its heading repeated on each page.
struct TextPaginator: Sendable {
    var title: String
    var width: Int = 80
    var pageLength: Int = 66
    /// The page number on the right of each header: `page 2 of 9`.
    var pageLabel: @Sendable (Int, Int) -> String = { EnglishStrings().page($0, of: $1) }
    /// Header line, rule and a blank line.
    static let headerLines = 3

    var bodyHeight: Int { pageLength - Self.headerLines }

    /// The pages' body lines (without page headers).
    func paginate(_ blocks: [TextBlock]) -> [[String]] {
        var pages: [[String]] = []
        var page: [String] = []
        func newPage() {
            if !page.isEmpty { pages.append(page) }
            page = []
        }
        func room() -> Int { bodyHeight - page.count }
        func spacing(_ block: TextBlock) -> Int { page.isEmpty ? 0 : block.spaceBefore }

        for block in blocks where block.height > 0 {
            if block.startsPage { newPage() }
            if spacing(block) + block.height <= room() {
                page += Array(repeating: "", count: spacing(block))
                page += block.lead + block.heading + block.rows.flatMap { $0 }
                continue
            }
            if block.height <= bodyHeight {
                newPage()
                page += block.lead + block.heading + block.rows.flatMap { $0 }
                continue
            }
            // Taller than a page: split between rows, repeating the heading.
            let firstRowHeight = block.rows.first?.count ?? 0
            if spacing(block) + block.lead.count + block.heading.count + firstRowHeight > room() { newPage() }
            page += Array(repeating: "", count: spacing(block))
            page += block.lead + block.heading
            var rowsOnPage = 0
            for row in block.rows {
                if row.count > room() && rowsOnPage > 0 {
                    newPage()
                    page += block.continuedHeading
                    rowsOnPage = 0
                }
                for line in row {   // a single row taller than a page is the only thing cut mid-row
                    if room() <= 0 { newPage(); page += block.continuedHeading }
                    page.append(line)
                }
                rowsOnPage += 1
            }
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return pages
    }

    /// The whole document: every page with its header, pages separated by form feeds, each line
    /// ending in a newline. Lines still wider than `width` are cut with `…` as a last resort.
    func render(_ blocks: [TextBlock]) -> String {
        let bodies = paginate(blocks)
        let pages = bodies.enumerated().map { index, body -> String in
            let lines = [header(page: index + 1, of: bodies.count), String(repeating: "─", count: width), ""] + body
            return lines.map { DisplayWidth.truncate(TextCharts.trimTrailing($0), to: width) + "\n" }.joined()
        }
        return pages.joined(separator: "\u{0C}")
    }

    /// `title … page X of Y`, the title truncated to leave the page number room.
    func header(page: Int, of count: Int) -> String {
        let right = pageLabel(page, count)
        let room = width - DisplayWidth.of(right) - 2
        let left = DisplayWidth.truncate(title, to: room)
        return left + String(repeating: " ", count: width - DisplayWidth.of(left) - DisplayWidth.of(right)) + right
    }
}
