/// Breaks blocks into pages of the text block's height (see `PDFBlock` for the rules), so that a
/// page ends below the fill line (`fill` of the text height) unless it is the last of the
/// document or of a chapter (`startsPage`): when the next block does not fit on a page filled
/// less than that, a table is split after its header and first row rather than kept whole, and a
/// chart floats: the blocks after it fill the page and it opens the next one. A row taller than a
/// whole page (which the layout avoids) is placed alone at the top of a page.
struct PDFPaginator {
    var pageHeight: Double
    /// The text block's width.
    var width: Double
    /// The share of the text height a page must be filled to, unless it ends its chapter.
    static let fill = 0.7

    func paginate(_ blocks: [PDFBlock]) -> [[PDFPlacedRow]] {
        var pages: [[PDFPlacedRow]] = [[]]
        var y = 0.0
        var floating: [PDFBlock] = []
        let fillLine = pageHeight * Self.fill
        func newPage() {
            if !(pages.last?.isEmpty ?? true) { pages.append([]) }
            y = 0
        }
        func place(_ row: PDFRow) {
            pages[pages.count - 1].append(PDFPlacedRow(y: y, row: row))
            y += row.height
        }
        func height(_ block: PDFBlock) -> Double { block.rows.reduce(0) { $0 + $1.height } }
        func leadHeight(_ block: PDFBlock, short: Bool) -> Double {
            let keep = short ? (block.leastKeepTogether ?? block.keepTogether) : block.keepTogether
            return block.rows.prefix(keep).reduce(0) { $0 + $1.height }
        }
        /// The room `blocks[index]` needs at the top, with the run of headings kept with it.
        func need(_ index: Int, short: Bool) -> Double {
            var need = blocks[index].spaceBefore + leadHeight(blocks[index], short: short)
            var next = index
            while blocks[next].keepWithNext && next + 1 < blocks.count {
                next += 1
                need += blocks[next].spaceBefore + leadHeight(blocks[next], short: short)
            }
            return need
        }
        func placeFloats(untilFull: Bool) {
            while let chart = floating.first {
                let room = (y > 0 ? chart.spaceBefore : 0) + height(chart)
                if y > 0 && y + room > pageHeight {
                    if untilFull { return }
                    newPage()
                }
                if y > 0 { y += chart.spaceBefore }
                chart.rows.forEach(place)
                floating.removeFirst()
            }
        }
        for (index, block) in blocks.enumerated() {
            if block.startsPage {
                placeFloats(untilFull: false)
                newPage()
            } else {
                placeFloats(untilFull: true)
            }
            /// Whether the block must go to the next page: it does not fit, and the page is filled
            /// past the fill line or the block cannot be split to fit.
            func breaksBefore() -> Bool {
                y > 0 && y + need(index, short: false) > pageHeight
                    && !(y < fillLine && y + need(index, short: true) <= pageHeight)
            }
            if y > 0 && y + need(index, short: false) > pageHeight && y < fillLine && block.floats {
                floating.append(block)
                continue
            }
            if breaksBefore() {
                newPage()
                placeFloats(untilFull: true)
                if breaksBefore() { newPage() }
            }
            if y > 0 { y += block.spaceBefore }
            let tailStart = block.rows.count - block.keepTogetherAtEnd
            let tailHeight = block.rows.suffix(block.keepTogetherAtEnd).reduce(0) { $0 + $1.height }
            let headerHeight = block.repeatedHeader.reduce(0) { $0 + $1.height }
            for (rowIndex, row) in block.rows.enumerated() {
                if rowIndex == tailStart, rowIndex > block.headerRows, y > 0, y + tailHeight > pageHeight,
                   headerHeight + tailHeight <= pageHeight {
                    newPage()
                    block.repeatedHeader.forEach(place)
                }
                if y > 0 && y + row.height > pageHeight {
                    newPage()
                    if rowIndex > 0 && rowIndex >= block.headerRows { block.repeatedHeader.forEach(place) }
                }
                place(row)
            }
        }
        placeFloats(untilFull: false)
        return pages
    }
}
