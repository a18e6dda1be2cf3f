/// The page of the PDF report: A4 portrait in PostScript points (1/72 inch), with a wider inner
/// margin for binding (on the left of odd pages, the right of even ones, as printed two-sided),
/// and the running header and footer in the top and bottom margins.
struct PDFPageGeometry: Sendable {
    static let millimetre = 72.0 / 25.4

    var width = 210 * millimetre
    var height = 297 * millimetre
    /// The binding side.
    var inner = 25 * millimetre
    var outer = 18 * millimetre
    var top = 24 * millimetre
    var bottom = 22 * millimetre
    /// Where the header's text starts and the footer's text ends, from the page's edge.
    var headerTop = 11 * millimetre
    var footerBottom = 10 * millimetre

    /// The width of the text block.
    var bodyWidth: Double { width - inner - outer }
    /// The height of the text block.
    var bodyHeight: Double { height - top - bottom }

    /// The left edge of the text block on page `number` (1-based).
    func bodyLeft(page number: Int) -> Double {
        number % 2 == 1 ? inner : outer
    }
}
