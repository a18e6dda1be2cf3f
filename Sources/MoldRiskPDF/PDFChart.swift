import CPangoCairo
import CRsvg

/// One SVG chart (the very SVG text `--charts` writes), parsed by librsvg and drawn as vectors
/// onto the PDF's cairo surface.
final class PDFChart {
    let fileName: String
    /// The chart's own size, in SVG pixels (its `width` and `height`).
    let intrinsicWidth: Double
    let intrinsicHeight: Double
    private let handle: UnsafeMutablePointer<RsvgHandle>

    init(fileName: String, svg: String) throws(PDFError) {
        self.fileName = fileName
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        let loaded = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let loaded else {
            throw PDFError("librsvg cannot read the chart \(fileName): \(Self.consume(error))")
        }
        handle = loaded
        var width = 0.0
        var height = 0.0
        guard rsvg_handle_get_intrinsic_size_in_pixels(loaded, &width, &height) != 0,
              width.isFinite, height.isFinite, width > 0, height > 0 else {
            g_object_unref(UnsafeMutableRawPointer(loaded))
            throw PDFError("the chart \(fileName) has no usable width and height")
        }
        intrinsicWidth = width
        intrinsicHeight = height
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The height of the chart drawn `width` points wide, its proportions kept.
    func height(forWidth width: Double) -> Double {
        width * intrinsicHeight / intrinsicWidth
    }

    /// Draws the chart into the box at (x, y), `width` × `height` points.
    func draw(x: Double, y: Double, width: Double, height: Double, on cairo: OpaquePointer) throws(PDFError) {
        var viewport = RsvgRectangle(x: x, y: y, width: width, height: height)
        var error: UnsafeMutablePointer<GError>?
        cairo_save(cairo)
        let drawn = rsvg_handle_render_document(handle, cairo, &viewport, &error)
        cairo_restore(cairo)
        guard drawn != 0 else {
            throw PDFError("librsvg cannot draw the chart \(fileName): \(Self.consume(error))")
        }
    }

    /// A GError's message, freeing it.
    private static func consume(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}
