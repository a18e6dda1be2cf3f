#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MoldRiskReport

/// The files one command writes (the report, `--samples`, the charts, a partial result),
/// committed together. Each is checked and opened before any work starts (`add`; `check` for a
/// file known only later): it may not be one of the run's inputs — the same file by device and
/// inode, through symbolic and hard links — nor another output of the run, and it is opened at
/// once (a temporary file beside it, or the device or FIFO itself, which must have a reader).
/// At the end every file is written complete (`finish`) before any is renamed into place
/// (`publish`, all renames at once): a failure or a signal before that replaces nothing, and a
/// failure during the renames names exactly the files already replaced. On any failure the
/// temporary files and the folders made for them are removed.
package final class OutputSet: @unchecked Sendable {
    /// Why an output cannot be written; `message` names what, where and why.
    package struct Failure: Error, CustomStringConvertible, Equatable {
        package var message: String
        package var description: String { message }
    }

    /// One output: what it is in messages ("the report") and its open stream.
    package struct Entry {
        package var what: String
        package var stream: AtomicFileStream
    }

    private struct Input {
        var path: String
        var what: String
        var identity: FileIdentity
    }

    private let inputs: [Input]
    package private(set) var entries: [Entry] = []
    /// Where each replaced-file output lands (`realpath` of its folder and its name), and the
    /// identity of the file there, if any, to refuse two outputs to one file.
    private var destinations: [(what: String, path: String, key: String, identity: FileIdentity?)] = []

    /// A set for a run whose inputs are `inputs` (path and what it is, e.g. "the scenario");
    /// those that are not regular files cannot be overwritten and are not checked.
    package init(inputs: [(path: String, what: String)]) {
        self.inputs = inputs.compactMap { input in
            FileIdentity.ofRegularFile(input.path).map { Input(path: input.path, what: input.what, identity: $0) }
        }
    }

    /// Checks `path` as `check` does and opens it for writing.
    @discardableResult
    package func add(_ path: String, what: String) throws(Failure) -> AtomicFileStream {
        let target = try check(path, what: what)
        let stream: AtomicFileStream
        do {
            stream = try AtomicFileStream(path: path)
        } catch {
            throw Failure(message: "cannot write \(what) to \(path): \(error.reason)")
        }
        entries.append(Entry(what: what, stream: stream))
        if target.kind == .replace {
            destinations.append((what, path, Self.key(target.resolved), FileIdentity.of(target.resolved)))
        }
        return stream
    }

    /// Checks, without writing anything, that `path` may be written as `what`: a file, not a
    /// folder or socket, not an input of the run and not where another output goes.
    @discardableResult
    package func check(_ path: String, what: String) throws(Failure) -> FileTarget {
        let target: FileTarget
        do {
            target = try FileTarget.resolve(path)
        } catch {
            throw Failure(message: "cannot write \(what) to \(path): \(error.reason)")
        }
        let identity = FileIdentity.of(target.resolved)
        if let identity, let input = inputs.first(where: { $0.identity == identity }) {
            throw Failure(message: "cannot write \(what) to \(path): it is \(input.what) \(input.path) (the same file), "
                + "which the run reads; choose another path")
        }
        guard target.kind == .replace else { return target }
        let key = Self.key(target.resolved)
        if let other = destinations.first(where: { $0.key == key || (identity != nil && $0.identity == identity) }) {
            throw Failure(message: "cannot write \(what) to \(path): \(other.what) goes to \(other.path), the same file; "
                + "choose another path")
        }
        return target
    }

    /// Flushes and closes every output; on the first failure abandons them all and throws
    /// naming it (nothing has been replaced then).
    package func finish() throws(Failure) {
        for entry in entries {
            do {
                try entry.stream.finish()
            } catch {
                abandon()
                let others = entries.count > 1 ? "; no file was written or replaced" : ""
                throw Failure(message: "cannot write \(entry.what) to \(entry.stream.path): \(error.reason)\(others)")
            }
        }
    }

    /// Renames every finished temporary file over its target, all at once (an interruption
    /// sees none or all done). When a rename fails, the rest are abandoned and the message names
    /// the files already replaced and those left as they were.
    package func publish() throws(Failure) {
        let renaming = entries.filter { $0.stream.pendingRename != nil }
        let (renamed, error) = TemporaryFiles.renameAll(renaming.map { $0.stream.pendingRename! })
        for entry in renaming[..<renamed] { entry.stream.markPublished() }
        for entry in entries where entry.stream.pendingRename == nil { entry.stream.markPublished() }
        guard let error else { return }
        let failed = renaming[renamed]
        for entry in renaming[renamed...] { entry.stream.removeTemporary() }
        for entry in renaming[renamed...].reversed() { entry.stream.removeCreatedFolders() }
        let written = renaming[..<renamed].map(\.stream.path)
        let unchanged = renaming[renamed...].map(\.stream.path)
        var message = "cannot write \(failed.what) to \(failed.stream.path): \(String(cString: strerror(error)))"
        if !written.isEmpty {
            message += "; already written: \(written.joined(separator: ", ")); not written (any file there before is "
                + "unchanged): \(unchanged.joined(separator: ", "))"
        }
        throw Failure(message: message)
    }

    /// `finish`, then `publish`.
    package func commit() throws(Failure) {
        try finish()
        try publish()
    }

    /// Removes every temporary file, then the folders made for them (nothing is replaced).
    package func abandon() {
        for entry in entries { entry.stream.removeTemporary() }
        for entry in entries.reversed() { entry.stream.removeCreatedFolders() }
    }

    /// The folders made for the outputs (highest first), with what each was made for.
    package var createdFolders: [(folder: String, what: String)] {
        entries.compactMap { entry in entry.stream.createdFolder.map { ($0, entry.what) } }
    }

    /// Where a file at `path` lands: its folder's real path (links and `..` resolved) and its name.
    private static func key(_ path: String) -> String {
        let folder = FileTarget.folder(of: path)
        guard let real = realpath(folder, nil) else { return path }
        defer { free(real) }
        return String(cString: real) + "/" + FileTarget.name(of: path)
    }
}
