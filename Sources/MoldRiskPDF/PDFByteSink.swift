import CPangoCairo

/// The bytes of a PDF as cairo's stream surface writes them: the surface calls `write` with a
/// pointer to the sink, which collects everything in memory (the renderer never writes a file).
final class PDFByteSink {
    private(set) var bytes: [UInt8] = []

    /// The `cairo_write_func_t` for `cairo_pdf_surface_create_for_stream`; its closure is an
    /// unretained pointer to a `PDFByteSink` that outlives the surface.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        guard length > 0 else { return CAIRO_STATUS_SUCCESS }
        guard let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
