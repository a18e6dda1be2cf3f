import MoldRisk

/// Committing a command's output files (`OutputSet`: report, samples, charts, partial result)
/// and saying on standard error what the user should know afterwards: a folder created on the
/// way (`--output` into a missing folder creates it), and a replaced file that had other names
/// (hard links), which keep the old content.
enum FileOutput {
    /// Writes every output complete, then renames them all into place; `beforeRenames` runs
    /// between (the report on standard output, so that a closed pipe replaces nothing). A
    /// failure is exit status 1 naming the file (and, during the renames, which files changed).
    static func commit(_ outputs: OutputSet, beforeRenames: () throws -> Void = {}) throws {
        try outputs.finish()
        do {
            try beforeRenames()
        } catch {
            outputs.abandon()
            throw error
        }
        try outputs.publish()
        for (folder, what) in outputs.createdFolders {
            try StandardStream.error.write(MoldRiskCommand.prefixed("created the folder \(folder) for \(what).\n"))
        }
        for entry in outputs.entries {
            guard let replaced = entry.stream.replaced, replaced.links > 1 else { continue }
            let others = replaced.links - 1
            try StandardStream.error.write(MoldRiskCommand.prefixed(
                "\(entry.stream.path) had \(others) other name\(others == 1 ? "" : "s") (hard link\(others == 1 ? "" : "s")), "
                    + "which still show\(others == 1 ? "s" : "") the old file: the new one replaced only this name.\n"))
        }
    }

    /// Writes one file (a partial result) opened in `outputs` and commits it.
    static func write(_ text: String, to file: AtomicFileStream, in outputs: OutputSet) throws {
        file.append(text)
        try commit(outputs)
    }
}
