#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MoldRiskReport

/// Writes a file without ever destroying one it does not own (see `FileTarget`): a regular file
/// (or nothing) at the path is replaced atomically — the text goes to a new temporary file in the
/// destination's folder (created with its parents if missing), is flushed to disk, and is renamed
/// over the destination, so readers see the old file or the new one, never a partial one; a
/// symbolic link is followed and the file it names is replaced, the link kept; a device or FIFO is
/// written in place; a folder or socket is refused. On any failure the temporary file is removed
/// and an existing destination is left untouched.
package enum AtomicFileWriter {
    /// Why a report could not be written, naming the path and the system's reason.
    package struct WriteError: Error, CustomStringConvertible, Equatable {
        package var path: String
        package var reason: String
        package var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` to `path`; the text is complete before the target is opened.
    package static func write(_ text: String, to path: String) throws {
        let file = try AtomicFileStream(path: path)
        file.append(text)
        try file.commit()
    }
}

/// A file written piece by piece (e.g. `--samples`, streamed as trials are made) that appears at
/// its path only when complete: pieces go to a temporary file beside it, `commit` flushes and
/// renames it, `abandon` (or any failure) removes it and leaves an existing file untouched.
/// A device or FIFO at the path (`FileTarget.Kind.inPlace`) is opened and written directly.
/// `append` must not be called concurrently (the engine calls its sink under a lock).
package final class AtomicFileStream: @unchecked Sendable {
    package let path: String
    /// How the path is written (after following symbolic links).
    package let target: FileTarget
    /// The highest folder this stream created because it was missing (nil when none was).
    package private(set) var createdFolder: String?
    /// The temporary file; nil when writing in place.
    private let temporary: String?
    private var fd: Int32
    private var failure: String?

    /// Resolves the target, creates its folder if needed and opens the temporary file (or the
    /// device or FIFO itself).
    package init(path: String) throws {
        self.path = path
        target = try FileTarget.resolve(path)
        guard target.kind == .replace else {
            temporary = nil
            fd = try Self.openInPlace(target)
            return
        }
        let url = URL(fileURLWithPath: target.resolved)
        let folder = url.deletingLastPathComponent()
        createdFolder = Self.highestMissingFolder(of: target.resolved)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileWriter.WriteError(path: path, reason: "cannot create folder \(folder.path): \(error.localizedDescription)")
        }
        let name = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        temporary = name
        fd = TemporaryFiles.create(name)
        guard fd >= 0 else { throw AtomicFileWriter.WriteError(path: path, reason: Self.systemError()) }
    }

    /// Opens a device or FIFO for writing without creating, truncating or replacing it. A FIFO
    /// nobody reads is refused at once rather than waited on.
    private static func openInPlace(_ target: FileTarget) throws -> Int32 {
        let fd = open(target.resolved, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno == ENXIO ? "nothing is reading it (a FIFO needs a reader)" : systemError()
            throw AtomicFileWriter.WriteError(path: target.path, reason: reason)
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        // A regular file reached in place (a /proc link to a deleted file) starts empty.
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && ftruncate(fd, 0) != 0 {
            let reason = systemError()
            close(fd)
            throw AtomicFileWriter.WriteError(path: target.path, reason: reason)
        }
        return fd
    }

    /// The highest folder on the way to `path`'s folder (inclusive) that does not exist yet,
    /// spelt as in `path`.
    private static func highestMissingFolder(of path: String) -> String? {
        var missing: String?
        var folder = FileTarget.folder(of: path)
        while !FileManager.default.fileExists(atPath: folder) {
            missing = folder
            let parent = FileTarget.folder(of: folder)
            if parent == folder { break }
            folder = parent
        }
        return missing
    }

    deinit {
        if fd >= 0 { abandon() }
    }

    /// Appends text; the first failure is kept and reported by `commit`.
    package func append(_ text: String) {
        append(bytes: Array(text.utf8))
    }

    /// Appends bytes (a PDF); the first failure is kept and reported by `commit`.
    package func append(bytes: [UInt8]) {
        guard failure == nil, fd >= 0 else { return }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Self.systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = Self.systemError()
                return
            }
            if n == 0 {
                failure = "the system wrote nothing"
                return
            }
            written += n
        }
    }

    /// Flushes, closes and renames the temporary file over the target (or, in place, closes it).
    package func commit() throws {
        if let temporary {
            if failure == nil && fsync(fd) != 0 { failure = Self.systemError() }
            if close(fd) != 0 && failure == nil { failure = Self.systemError() }
            fd = -1
            if failure == nil && TemporaryFiles.rename(temporary, to: target.resolved) != 0 { failure = Self.systemError() }
            if failure != nil { TemporaryFiles.remove(temporary) }
        } else {
            if close(fd) != 0 && failure == nil { failure = Self.systemError() }
            fd = -1
        }
        if let failure { throw AtomicFileWriter.WriteError(path: path, reason: failure) }
    }

    /// Closes and removes the temporary file; the target is untouched (in place, what was
    /// written stays written: a device or FIFO cannot take it back).
    package func abandon() {
        if fd >= 0 { close(fd) }
        fd = -1
        if let temporary { TemporaryFiles.remove(temporary) }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
        Musl.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
