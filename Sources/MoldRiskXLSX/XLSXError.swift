/// A failure to write the workbook: which libxlsxwriter call failed and the library's message
/// (`lxw_strerror`), or a file step around it.
package struct XLSXError: Error, Sendable, Equatable {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }
}
