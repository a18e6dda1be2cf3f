import CPangoCairo
import MoldRiskCore
import MoldRiskReport

/// Typesets a `ReportDocument` into PDF bytes with cairo's PDF stream surface: lays it out
/// (`PDFLayout`), breaks it into pages (`PDFPaginator`), then draws every page with its running
/// header (the scenario name) and footer (run details, page X of Y), adds an outline entry per
/// section and sets the document's metadata. Cairo embeds a subset of every font it draws.
/// Every cairo status is checked: a failure is a `PDFError`, never a crash.
struct PDFTypesetter {
    var title: String
    /// The verdict in one line, set large in a shaded box under the title.
    var verdict: String
    var creator: String
    /// Seconds since 1970; nil leaves the creation date out.
    var creationDate: Int64?
    var header: String
    var footer: String
    var pageNumber: (Int, Int) -> String
    /// Put after a table's title on the pages after its first: ` (continued)`, `（续）`.
    var continuedMark: String
    /// The report's language: it chooses the fonts (`PDFTextSetter.families`).
    var language: ReportLanguage = .en
    var geometry = PDFPageGeometry()

    func typeset(_ document: ReportDocument, charts files: [ChartFile]) throws(PDFError) -> [UInt8] {
        let sink = PDFByteSink()
        return try withExtendedLifetime(sink) { () throws(PDFError) -> [UInt8] in
            guard let surface = cairo_pdf_surface_create_for_stream(
                PDFByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), geometry.width, geometry.height)
            else { throw PDFError("cairo could not create a PDF surface") }
            defer { cairo_surface_destroy(surface) }
            try Self.check(cairo_surface_status(surface), "creating the PDF surface")
            setMetadata(surface)
            guard let cairo = cairo_create(surface) else { throw PDFError("cairo could not create a drawing context") }
            defer { cairo_destroy(cairo) }
            try Self.check(cairo_status(cairo), "creating the drawing context")

            let setter = PDFTextSetter(cairo: cairo, language: language)
            var charts: [PDFChart] = []
            for file in files { charts.append(try PDFChart(fileName: file.fileName, svg: file.svg)) }
            let layout = PDFLayout(setter: setter, width: geometry.bodyWidth, pageHeight: geometry.bodyHeight, charts: charts,
                                  continuedMark: continuedMark)
            let pages = PDFPaginator(pageHeight: geometry.bodyHeight, width: geometry.bodyWidth).paginate(try layout.blocks(document, title: title, verdict: verdict))

            var section: Int32 = 0
            for (index, page) in pages.enumerated() {
                let number = index + 1
                let left = geometry.bodyLeft(page: number)
                try drawRunningText(page: number, of: pages.count, setter: setter, on: cairo)
                for placed in page {
                    let top = geometry.top + placed.y
                    if let (level, text) = placed.row.outline {
                        let id = cairo_pdf_surface_add_outline(
                            surface, level == 1 ? 0 : section, PDFTextSetter.printable(text, singleLine: true),
                            "page=\(number) pos=[\(left) \(top)]", level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0))
                        if level == 1 { section = id }
                    }
                    for mark in placed.row.marks {
                        try draw(mark, left: left, top: top, setter: setter, charts: charts, on: cairo)
                    }
                }
                cairo_show_page(cairo)
                try Self.check(cairo_status(cairo), "drawing page \(number)")
            }
            cairo_surface_finish(surface)
            try Self.check(cairo_surface_status(surface), "finishing the PDF")
            return sink.bytes
        }
    }

    private func setMetadata(_ surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, PDFTextSetter.printable(title, singleLine: true))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        let date = creationDate.map(Self.isoDate) ?? ""
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// The header (scenario name, one line, over a thin rule) and the footer (under a thin rule:
    /// the run's details on the binding side, the page number on the outer side).
    private func drawRunningText(page: Int, of pages: Int, setter: PDFTextSetter, on cairo: OpaquePointer) throws(PDFError) {
        let left = geometry.bodyLeft(page: page)
        let width = geometry.bodyWidth
        let headerText = PDFText(string: header, style: .running, singleLine: true)
        try setter.draw(headerText, x: left, y: geometry.headerTop, width: width, on: cairo)
        let headerHeight = try setter.size(headerText, width: width).height
        rule(x: left, y: geometry.headerTop + headerHeight + 2, width: width, thickness: 0.4, grey: 0.5, on: cairo)

        let number = PDFText(string: pageNumber(page, pages), style: .running)
        let numberHeight = try setter.size(number, width: nil).height
        let footerTop = geometry.height - geometry.footerBottom - numberHeight
        rule(x: left, y: footerTop - 3, width: width, thickness: 0.4, grey: 0.5, on: cairo)
        let odd = page % 2 == 1
        let numberWidth = try setter.size(number, width: nil).width + 1
        let details = PDFText(string: footer, style: .running, alignment: odd ? .left : .right, singleLine: true)
        try setter.draw(details, x: odd ? left : left + numberWidth + 12, y: footerTop,
                        width: width - numberWidth - 12, on: cairo)
        try setter.draw(PDFText(string: number.string, style: .running, alignment: odd ? .right : .left),
                        x: odd ? left + width - numberWidth : left, y: footerTop, width: numberWidth, on: cairo)
    }

    private func draw(_ mark: PDFMark, left: Double, top: Double, setter: PDFTextSetter, charts: [PDFChart],
                      on cairo: OpaquePointer) throws(PDFError) {
        switch mark {
        case let .text(text, x, y, width):
            try setter.draw(text, x: left + x, y: top + y, width: width, on: cairo)
        case let .rule(x, y, width, thickness, grey):
            rule(x: left + x, y: top + y, width: width, thickness: thickness, grey: grey, on: cairo)
        case let .box(x, y, width, height, grey):
            cairo_set_source_rgb(cairo, grey, grey, grey)
            cairo_rectangle(cairo, left + x, top + y, width, height)
            cairo_fill(cairo)
        case let .chart(index, x, y, width, height):
            try charts[index].draw(x: left + x, y: top + y, width: width, height: height, on: cairo)
        }
    }

    private func rule(x: Double, y: Double, width: Double, thickness: Double, grey: Double, on cairo: OpaquePointer) {
        cairo_set_source_rgb(cairo, grey, grey, grey)
        cairo_set_line_width(cairo, thickness)
        cairo_move_to(cairo, x, y)
        cairo_line_to(cairo, x + width, y)
        cairo_stroke(cairo)
    }

    private static func check(_ status: cairo_status_t, _ what: String) throws(PDFError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
        throw PDFError("cairo failed \(what): \(reason)")
    }

    /// `YYYY-MM-DDThh:mm:ssZ` (UTC) for cairo's date metadata; times before 1970 or past 9999 are clamped.
    static func isoDate(_ seconds: Int64) -> String {
        let s = min(max(seconds, 0), 253_402_300_799)
        let days = s / 86_400
        let rest = s % 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }
}
