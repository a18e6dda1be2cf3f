import MoldRiskReport

/// Lays a `ReportDocument` out as `PDFBlock`s the width of the text block: the title, then every
/// item in the document's order. Headings, paragraphs and tables are typeset; `.image` items are
/// the SVG charts, drawn as vectors at the full text width; the text charts (`.chart`, block
/// characters for an 80-column page) are left out, as the SVG charts show the same figures.
struct PDFLayout {
    let setter: PDFTextSetter
    let width: Double
    let pageHeight: Double
    /// The charts to draw, by file name, in the typesetter's order.
    let charts: [PDFChart]
    /// Put after a table's title on the pages after its first (see `PDFTableLayout`).
    let continuedMark: String

    /// A table at most this share of a page high is never split.
    static let wholeTableShare = 0.5

    func blocks(_ document: ReportDocument, title: String, verdict: String) throws(PDFError) -> [PDFBlock] {
        var blocks = [try textBlock(PDFText(string: title, style: .title), spaceBefore: 0, bottom: 6,
                                    outline: nil), try verdictBlock(verdict)]
        var startsPage = false
        for item in document.items {
            if case .pageBreak = item {
                startsPage = true
                continue
            }
            let count = blocks.count
            defer {
                if startsPage && blocks.count > count {
                    blocks[count].startsPage = true
                    startsPage = false
                }
            }
            switch item {
            case .pageBreak:
                continue
            case let .heading(level, text):
                var block = try textBlock(PDFText(string: text, style: level == 1 ? .heading1 : .heading2),
                                          spaceBefore: level == 1 ? 16 : 11, bottom: level == 1 ? 5 : 3,
                                          outline: (level, text), rule: level == 1)
                block.keepWithNext = true
                blocks.append(block)
            case let .paragraph(text):
                blocks.append(try textBlock(PDFText(string: text, style: .body), spaceBefore: 5, bottom: 0, outline: nil))
            case let .table(table):
                blocks.append(try PDFTableLayout(setter: setter, width: width,
                                                 wholeHeight: pageHeight * Self.wholeTableShare,
                                                 continuedMark: continuedMark).block(table))
            case let .image(_, fileName):
                blocks.append(try chartBlock(fileName))
            case .chart:
                continue
            }
        }
        return blocks
    }

    /// One wrapped text as one row, with `bottom` points under it (and a rule there for a section).
    private func textBlock(_ text: PDFText, spaceBefore: Double, bottom: Double, outline: (Int, String)?,
                           rule: Bool = false) throws(PDFError) -> PDFBlock {
        let height = try setter.size(text, width: width).height
        var marks: [PDFMark] = [.text(text, x: 0, y: 0, width: width)]
        if rule { marks.append(.rule(x: 0, y: height + 1.5, width: width, thickness: 0.8, grey: 0)) }
        return PDFBlock(spaceBefore: spaceBefore,
                        rows: [PDFRow(height: height + bottom, marks: marks, outline: outline)])
    }

    /// The verdict line in a shaded box the width of the text.
    private func verdictBlock(_ verdict: String) throws(PDFError) -> PDFBlock {
        let text = PDFText(string: verdict, style: .verdict)
        let pad = 7.0
        let height = try setter.size(text, width: width - 2 * pad).height + 2 * pad
        return PDFBlock(spaceBefore: 4, rows: [PDFRow(height: height + 2, marks: [
            .box(x: 0, y: 0, width: width, height: height, grey: 0.9),
            .text(text, x: pad, y: pad, width: width - 2 * pad),
        ])])
    }

    /// A chart at the full text width (its smallest text, 12 SVG pixels, is then 6.6 points),
    /// or narrower when that would be taller than a page. It floats (see `PDFPaginator`).
    private func chartBlock(_ fileName: String) throws(PDFError) -> PDFBlock {
        guard let index = charts.firstIndex(where: { $0.fileName == fileName }) else {
            throw PDFError("the report places the chart \(fileName), which was not drawn")
        }
        var chartWidth = width
        var chartHeight = charts[index].height(forWidth: width)
        let room = pageHeight - 8
        if chartHeight > room {
            chartWidth *= room / chartHeight
            chartHeight = room
        }
        let x = (width - chartWidth) / 2
        var block = PDFBlock(spaceBefore: 8, rows: [PDFRow(height: chartHeight + 4, marks: [
            .chart(index, x: x, y: 0, width: chartWidth, height: chartHeight),
        ])])
        block.floats = true
        return block
    }
}
