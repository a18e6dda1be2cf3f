import Foundation

extension ScenarioLoader {
    /// A scenario file's text, or a `ScenarioError` with one clear message for each way a file
    /// can be unusable (missing, a folder or other non-file, unreadable, not UTF-8 text).
    /// `parse(text, file:)` then gives what `load(path:)` gives.
    package static func readText(path: String) throws(ScenarioError) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : "cannot be read: \(systemMessage(errno))"
            throw .file(path, reason)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .file(path, "is a folder, not a scenario file")
        // A FIFO would block, a device never ends.
        default: throw .file(path, "is not a regular file: it is \(FileKind.name(status.st_mode))")
        }
        // Checked again on the text (`ScenarioLoader.parse`); here it spares reading a huge file.
        let limit = ScenarioRanges.Limits.fileBytes
        if status.st_size > limit {
            throw .file(path, "is \(status.st_size) bytes: a scenario file may be at most \(limit) bytes (1 MiB)")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            data = try handle.readToEnd() ?? Data()
        } catch {
            let code = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { ($0 as? NSError)?.code }
            throw .file(path, "cannot be read: " + (code.map { systemMessage(Int32($0)) } ?? error.localizedDescription))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .file(path, "is a binary file or not UTF-8 text (invalid UTF-8)")
        }
        return text
    }

    private static func systemMessage(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
