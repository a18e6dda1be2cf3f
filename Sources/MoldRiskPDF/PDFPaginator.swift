/// Breaks blocks into pages of the text block's height (see `PDFBlock` for the rules). A row
/// taller than a whole page (which the layout avoids: charts are scaled to fit) is placed alone
/// at the top of a page.
struct PDFPaginator {
    var pageHeight: Double
    /// The text block's width (a chart shrunk to finish a page stays centred in it).
    var width: Double

    func paginate(_ blocks: [PDFBlock]) -> [[PDFPlacedRow]] {
        var pages: [[PDFPlacedRow]] = [[]]
        var y = 0.0
        func newPage() {
            if !(pages.last?.isEmpty ?? true) { pages.append([]) }
            y = 0
        }
        func place(_ row: PDFRow) {
            pages[pages.count - 1].append(PDFPlacedRow(y: y, row: row))
            y += row.height
        }
        func leadHeight(_ block: PDFBlock) -> Double {
            block.rows.prefix(block.keepTogether).reduce(0) { $0 + ($1.minimumHeight ?? $1.height) }
        }
        for (index, block) in blocks.enumerated() {
            // A heading needs room for the start of what follows it, across a run of headings.
            var need = block.spaceBefore + leadHeight(block)
            var next = index
            while blocks[next].keepWithNext && next + 1 < blocks.count {
                next += 1
                need += blocks[next].spaceBefore + leadHeight(blocks[next])
            }
            if y > 0 && y + need > pageHeight { newPage() }
            if y > 0 { y += block.spaceBefore }
            let tailStart = block.rows.count - block.keepTogetherAtEnd
            let tailHeight = block.rows.suffix(block.keepTogetherAtEnd).reduce(0) { $0 + $1.height }
            let headerHeight = block.repeatedHeader.reduce(0) { $0 + $1.height }
            for (rowIndex, original) in block.rows.enumerated() {
                var row = original
                if rowIndex == tailStart, rowIndex > block.headerRows, y > 0, y + tailHeight > pageHeight,
                   headerHeight + tailHeight <= pageHeight {
                    newPage()
                    block.repeatedHeader.forEach(place)
                }
                if y > 0, y + row.height > pageHeight, let least = row.minimumHeight, y + least <= pageHeight {
                    row = row.shrunk(to: pageHeight - y, width: width)
                }
                if y > 0 && y + row.height > pageHeight {
                    newPage()
                    if rowIndex > 0 && rowIndex >= block.headerRows { block.repeatedHeader.forEach(place) }
                }
                place(row)
            }
        }
        return pages
    }
}
