import Foundation

/// Reads a whole input file that must be a regular file of bounded size (a scenario, a data CSV),
/// refusing what it cannot read with one sentence about the file: missing, a folder or another
/// non-file (a FIFO would block, a device never ends), too large (checked before reading), or
/// unreadable. The caller wraps the sentence in its own error, which names the file.
package enum SmallFile {
    /// Why a file was refused: a sentence whose subject is the file ("is a folder, not a …").
    package struct Refusal: Error, Equatable {
        package var reason: String
    }

    /// The bytes of `path`. `kind` names what the file should be ("scenario file", "CSV file");
    /// `limit` is the largest size in bytes, `limitWords` says it for a reader ("1 MiB").
    package static func read(_ path: String, kind: String, limit: Int, limitWords: String) throws(Refusal) -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw Refusal(reason: errno == ENOENT || errno == ENOTDIR ? "no such file"
                                  : "cannot be read: " + String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Refusal(reason: "is a folder, not a \(kind)")
        default: throw Refusal(reason: "is not a regular file: it is \(FileKind.name(status.st_mode))")
        }
        if status.st_size > limit {
            throw Refusal(reason: "is \(status.st_size) bytes: a \(kind) may be at most \(limit) bytes (\(limitWords))")
        }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            return try handle.readToEnd() ?? Data()
        } catch {
            let code = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { ($0 as? NSError)?.code }
            throw Refusal(reason: "cannot be read: " + (code.map { String(cString: strerror(Int32($0))) } ?? error.localizedDescription))
        }
    }
}
