import MoldRisk

/// Writing one of the command's output files (report, partial result) with `AtomicFileStream`:
/// a failure becomes a `CLIFailure` naming what and where, and a folder created on the way is
/// said on standard error (`--output` into a missing folder creates it, and says so).
enum FileOutput {
    /// Writes `text` to `path`; `what` names the file in messages ("the report").
    static func write(_ text: String, to path: String, what: String) throws {
        try write(bytes: Array(text.utf8), to: path, what: what)
    }

    /// Writes `bytes` to `path`; `what` names the file in messages ("the report").
    static func write(bytes: [UInt8], to path: String, what: String) throws {
        let file: AtomicFileStream
        do {
            file = try AtomicFileStream(path: path)
            file.append(bytes: bytes)
            try file.commit()
        } catch {
            throw CLIFailure("cannot write \(what) to \(path): \(reason(error))")
        }
        try noteCreatedFolder(file, what: what)
    }

    /// Says on standard error that `file` created a missing folder.
    static func noteCreatedFolder(_ file: AtomicFileStream, what: String) throws {
        if let folder = file.createdFolder {
            try StandardStream.error.write(MoldRiskCommand.prefixed("created the folder \(folder) for \(what).\n"))
        }
    }

    /// The reason of a write error without the path (the caller's message names it).
    static func reason(_ error: any Error) -> String {
        (error as? AtomicFileWriter.WriteError)?.reason ?? "\(error)"
    }
}
