import Testing
@testable import MoldRiskPDF
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Page breaks: a table split across pages starts every further page with its repeated header,
/// a heading stays with what follows it, no page overflows, and a chart shrinks (not below its
/// least height) to finish a page.
@Suite(TestTimeLimit.minutes(20)) struct PDFPaginatorTests {
    static func row(_ height: Double, _ label: String) -> PDFRow {
        PDFRow(height: height, marks: [.text(PDFText(string: label, style: .cell), x: 0, y: 0, width: nil)])
    }

    static func label(_ placed: PDFPlacedRow) -> String {
        guard case let .text(text, _, _, _)? = placed.row.marks.first else { return "" }
        return text.string
    }

    @Test func aSplitTableRepeatsItsHeaderAndNoPageOverflows() {
        let header = [Self.row(12, "title"), Self.row(8, "header")]
        let repeated = [Self.row(12, "title (continued)"), Self.row(8, "header")]
        let rows = header + (1...40).map { Self.row(10, "row \($0)") }
        let blocks = [PDFBlock(spaceBefore: 0, rows: [Self.row(30, "intro")]),
                      PDFBlock(spaceBefore: 5, rows: rows, keepTogether: 3, repeatedHeader: repeated, headerRows: 2)]
        let pages = PDFPaginator(pageHeight: 100, width: 100).paginate(blocks)
        #expect(pages.count == 6)   // 4 rows on the first page, 8 under the repeated header on each other
        for (index, page) in pages.enumerated() {
            let bottom = page.last.map { $0.y + $0.row.height } ?? 0
            #expect(bottom <= 100, "page \(index + 1) overflows")
            if index > 0 {
                #expect(page.prefix(2).map(Self.label) == ["title (continued)", "header"], "page \(index + 1)")
            }
        }
        let dataRows = pages.joined().map(Self.label).filter { $0.hasPrefix("row ") }
        #expect(dataRows == (1...40).map { "row \($0)" })
    }

    @Test func aTablesLastRowStaysWithItsNotes() {
        let header = [Self.row(10, "title"), Self.row(10, "header")]
        let rows = header + (1...6).map { Self.row(10, "row \($0)") } + [Self.row(15, "note")]
        let blocks = [PDFBlock(spaceBefore: 0, rows: [Self.row(10, "intro")]),
                      PDFBlock(spaceBefore: 0, rows: rows, keepTogether: 3, keepTogetherAtEnd: 2,
                               repeatedHeader: header, headerRows: 2)]
        let pages = PDFPaginator(pageHeight: 100, width: 100).paginate(blocks)
        #expect(pages.map { $0.map(Self.label) } == [
            ["intro", "title", "header", "row 1", "row 2", "row 3", "row 4", "row 5"],
            ["title", "header", "row 6", "note"],
        ])
    }

    @Test func aHeadingStaysWithTheStartOfTheNextBlock() {
        let blocks = [PDFBlock(spaceBefore: 0, rows: [Self.row(80, "text")]),
                      PDFBlock(spaceBefore: 4, rows: [Self.row(10, "heading")], keepWithNext: true),
                      PDFBlock(spaceBefore: 4, rows: [Self.row(12, "title"), Self.row(10, "first")], keepTogether: 2)]
        let pages = PDFPaginator(pageHeight: 100, width: 100).paginate(blocks)
        #expect(pages.map { $0.map(Self.label) } == [["text"], ["heading", "title", "first"]])
    }

    @Test func aRunOfHeadingsStaysWithTheStartOfWhatFollows() {
        let blocks = [PDFBlock(spaceBefore: 0, rows: [Self.row(60, "text")]),
                      PDFBlock(spaceBefore: 4, rows: [Self.row(10, "section")], keepWithNext: true),
                      PDFBlock(spaceBefore: 4, rows: [Self.row(8, "subsection")], keepWithNext: true),
                      PDFBlock(spaceBefore: 4, rows: [Self.row(12, "title"), Self.row(10, "first")], keepTogether: 2)]
        let pages = PDFPaginator(pageHeight: 100, width: 100).paginate(blocks)
        #expect(pages.map { $0.map(Self.label) } == [["text"], ["section", "subsection", "title", "first"]])
    }

    /// A chart never shrinks (its text would fall below 6.5 pt): on a page filled less than 70 %
    /// the text after it fills the page and the chart opens the next one.
    @Test func aChartThatDoesNotFitFloatsAfterTheTextThatFillsThePage() {
        var chart = PDFBlock(spaceBefore: 0, rows: [PDFRow(height: 60, marks: [.chart(0, x: 0, y: 0, width: 100, height: 60)])])
        chart.floats = true
        let pages = PDFPaginator(pageHeight: 100, width: 100).paginate([
            PDFBlock(spaceBefore: 0, rows: [Self.row(50, "text")]), chart,
            PDFBlock(spaceBefore: 0, rows: [Self.row(30, "after")])])
        #expect(pages.count == 2)
        #expect(pages[0].map(Self.label) == ["text", "after"])
        #expect(pages[1].first?.row.height == 60)
    }

    /// A table kept whole when short is split instead when moving it would leave the page less
    /// than 70 % full; a chapter starts a new page whatever the fill.
    @Test func aShortTableSplitsRatherThanLeaveThePageEmptyAndAChapterStartsAPage() {
        let table = PDFBlock(spaceBefore: 0, rows: [Self.row(10, "title"), Self.row(20, "r1"), Self.row(20, "r2"),
                                                    Self.row(20, "r3")],
                             keepTogether: 4, leastKeepTogether: 2)
        let pages = PDFPaginator(pageHeight: 100, width: 100).paginate([
            PDFBlock(spaceBefore: 0, rows: [Self.row(50, "text")]), table])
        #expect(pages.map { $0.map(Self.label) } == [["text", "title", "r1", "r2"], ["r3"]])
        var chapter = PDFBlock(spaceBefore: 0, rows: [Self.row(10, "chapter")])
        chapter.startsPage = true
        let chapters = PDFPaginator(pageHeight: 100, width: 100).paginate([
            PDFBlock(spaceBefore: 0, rows: [Self.row(10, "text")]), chapter])
        #expect(chapters.map { $0.map(Self.label) } == [["text"], ["chapter"]])
    }
}
