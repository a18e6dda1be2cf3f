/// What the paginator places: blocks of unbreakable rows. A page break falls between two rows,
/// never inside one; a block's first `keepTogether` rows (a table's title, header and first row)
/// stay on one page, and so do its last `keepTogetherAtEnd` (a table's last row and the notes under
/// it), a heading stays with the start of the block after it, and a table split
/// across pages starts again with its `repeatedHeader` (the title marked continued, the column
/// headers).
struct PDFBlock {
    /// Space above the block, dropped at the top of a page.
    var spaceBefore: Double
    var rows: [PDFRow]
    var keepTogether = 1
    /// The block's last rows that stay on one page (a table's last row and its notes).
    var keepTogetherAtEnd = 0
    var keepWithNext = false
    /// Drawn at the top of every page the block continues on after its first.
    var repeatedHeader: [PDFRow] = []
    /// Rows before this index are the block's own header: a break inside them repeats nothing.
    var headerRows = 0
}

/// One unbreakable row: its height and what it draws, relative to its top-left corner at the
/// text block's left edge.
struct PDFRow {
    var height: Double
    var marks: [PDFMark]
    /// A section heading: its level and text, for the PDF outline.
    var outline: (level: Int, text: String)? = nil
    /// The least height a chart row may be shrunk to, to finish a page instead of leaving its
    /// bottom empty; nil for a row that keeps its size.
    var minimumHeight: Double? = nil

    /// The row shrunk to `height` (at least `minimumHeight`): its charts scaled about the
    /// centre of the text block's width, which is `width`.
    func shrunk(to height: Double, width: Double) -> PDFRow {
        guard let minimumHeight, height < self.height else { return self }
        let target = max(height, minimumHeight)
        let factor = target / self.height
        var row = self
        row.height = target
        row.marks = marks.map { mark in
            guard case let .chart(index, _, y, w, h) = mark else { return mark }
            return .chart(index, x: (width - w * factor) / 2, y: y * factor, width: w * factor, height: h * factor)
        }
        return row
    }
}

/// One thing a row draws.
enum PDFMark {
    /// Text with its top-left corner at (x, y), set in `width` points (nil: one line as wide as it needs).
    case text(PDFText, x: Double, y: Double, width: Double?)
    /// A horizontal rule `thickness` points thick, `grey` from 0 (black) to 1 (white).
    case rule(x: Double, y: Double, width: Double, thickness: Double, grey: Double)
    /// A filled rectangle, `grey` from 0 (black) to 1 (white), under what the row draws after it.
    case box(x: Double, y: Double, width: Double, height: Double, grey: Double)
    /// The chart at this index of the typesetter's charts, in the box at (x, y).
    case chart(Int, x: Double, y: Double, width: Double, height: Double)
}

/// A row placed on a page: `y` from the top of the text block.
struct PDFPlacedRow {
    var y: Double
    var row: PDFRow
}
