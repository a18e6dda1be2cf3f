import CPangoCairo
import MoldRiskCore
import MoldRiskReport

/// Measures and draws `PDFText` with pango on the PDF's cairo context, in the language's font
/// families: Noto Sans for an English report, with Noto Sans CJK SC only for the characters a
/// name needs (pango falls back per character), so the PDF embeds a small Latin font; Noto Sans
/// CJK SC, which holds Latin and Chinese, for a Chinese one. Sizes are absolute, in points,
/// whatever the resolution fontconfig reports.
final class PDFTextSetter {
    /// The font families of a report in `language`, in pango's comma-separated form.
    static func families(_ language: ReportLanguage) -> String {
        switch language {
        case .en: "Noto Sans, Noto Sans CJK SC"
        case .zh: "Noto Sans CJK SC"
        }
    }

    private let context: OpaquePointer
    private let family: String

    /// A setter for drawing on `cairo`, whose transformation must stay the identity while text is
    /// measured or drawn (charts save and restore theirs).
    init(cairo: OpaquePointer, language: ReportLanguage = .en) {
        family = Self.families(language)
        context = pango_cairo_create_context(cairo)
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The width and height `text` takes when set in `width` points (nil: on one line, as wide as
    /// it needs).
    func size(_ text: PDFText, width: Double?) throws(PDFError) -> (width: Double, height: Double) {
        let layout = try makeLayout(text, width: width)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var w: Int32 = 0
        var h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return (Double(w) / Double(PANGO_SCALE), Double(h) / Double(PANGO_SCALE))
    }

    /// Draws `text` with its top-left corner at (x, y), set in `width` points.
    func draw(_ text: PDFText, x: Double, y: Double, width: Double?, on cairo: OpaquePointer) throws(PDFError) {
        let layout = try makeLayout(text, width: width)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let grey = text.style.grey ? 0.35 : 0
        cairo_set_source_rgb(cairo, grey, grey, grey)
        cairo_move_to(cairo, x, y)
        pango_cairo_update_context(cairo, context)
        pango_cairo_show_layout(cairo, layout)
    }

    private func makeLayout(_ text: PDFText, width: Double?) throws(PDFError) -> OpaquePointer {
        guard let layout = pango_layout_new(context), let font = pango_font_description_new() else {
            throw PDFError("pango could not make a text layout")
        }
        pango_font_description_set_family(font, family)
        pango_font_description_set_absolute_size(font, text.style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, text.style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        let string = Self.printable(text.string, singleLine: text.singleLine)
        if let attributes = pango_attr_list_new() {
            if text.style.tabular { pango_attr_list_insert(attributes, pango_attr_font_features_new("tnum")) }
            // A figure stays with its unit (`9.20万元`, `17.5 %`), as in the text report.
            for range in DisplayWidth.unbreakableRanges(string) {
                guard let glue = pango_attr_allow_breaks_new(0) else { continue }
                glue.pointee.start_index = UInt32(string.utf8.distance(from: string.startIndex, to: range.lowerBound))
                glue.pointee.end_index = UInt32(string.utf8.distance(from: string.startIndex, to: range.upperBound))
                pango_attr_list_insert(attributes, glue)
            }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        if let width, width.isFinite, width > 0 {
            pango_layout_set_width(layout, Int32(min(width, 100_000) * Double(PANGO_SCALE)))
            if text.singleLine {
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            } else {
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            }
        }
        pango_layout_set_alignment(layout, text.alignment == .right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        pango_layout_set_text(layout, string, Int32(clamping: string.utf8.count))
        return layout
    }

    /// `text` with control characters (NUL included, which would end the C string) as spaces;
    /// line breaks stay, except on a single line.
    static func printable(_ text: String, singleLine: Bool) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            if scalar == "\n" && !singleLine { return scalar }
            return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
        }))
    }
}
