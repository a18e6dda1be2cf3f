/// A failure of the PDF renderer: a cairo, pango or librsvg error status, turned into a message
/// (the CLI prints it and exits 1, with nothing written). Never a crash.
package struct PDFError: Error, CustomStringConvertible, Equatable {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
