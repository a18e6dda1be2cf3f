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
            var need = block.spaceBefore + leadHeight(block)
            if block.keepWithNext, index + 1 < blocks.count {
                need += blocks[index + 1].spaceBefore + leadHeight(blocks[index + 1])
            }
            if y > 0 && y + need > pageHeight { newPage() }
            if y > 0 { y += block.spaceBefore }
            for (rowIndex, original) in block.rows.enumerated() {
                var row = original
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
