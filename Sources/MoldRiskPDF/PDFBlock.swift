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
    /// The rows kept together when keeping `keepTogether` would end the page above the fill
    /// line (a short table split after its header and first row instead).
    var leastKeepTogether: Int? = nil
    /// A chart: when it does not fit, what follows may fill the page first and the chart opens
    /// the next page (a float), so that no page ends above the fill line.
    var floats = false
    /// The block starts a new page (a chapter).
    var startsPage = false
}

/// One unbreakable row: its height and what it draws, relative to its top-left corner at the
/// text block's left edge.
struct PDFRow {
    var height: Double
    var marks: [PDFMark]
    /// A section heading: its level and text, for the PDF outline.
    var outline: (level: Int, text: String)? = nil
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
