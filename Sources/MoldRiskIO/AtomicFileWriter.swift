import MoldRiskReport

/// Writes a file without ever destroying one it does not own (see `FileTarget`): a regular file
/// (or nothing) at the path is replaced atomically — the text goes to a new temporary file in the
/// destination's folder (created with its parents if missing), is flushed to disk, and is renamed
/// over the destination, so readers see the old file or the new one, never a partial one; the
/// replaced file's mode, owner and group are kept; a symbolic link is followed and the file it
/// names is replaced, the link kept; a device or FIFO is written in place; a folder or socket is
/// refused. On any failure the temporary file and the folders made for it are removed and an
/// existing destination is left untouched. Several files written together: `OutputSet`.
package enum AtomicFileWriter {
    /// Why a report could not be written, naming the path and the system's reason.
    package struct WriteError: Error, CustomStringConvertible, Equatable {
        package var path: String
        package var reason: String
        package var description: String { "cannot write \(path): \(reason)" }

        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Writes `text` to `path`; the text is complete before the target is opened.
    package static func write(_ text: String, to path: String) throws {
        let file = try AtomicFileStream(path: path)
        file.append(text)
        try file.commit()
    }
}
