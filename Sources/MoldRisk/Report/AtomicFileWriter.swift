#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file atomically: the text goes to a new temporary file in the destination's folder
/// (created with its parents if missing), is flushed to disk, and is renamed over the
/// destination. Readers see the old file or the new one, never a partial one; on any failure the
/// temporary file is removed and an existing destination is left untouched.
public enum AtomicFileWriter {
    /// Why a report could not be written, naming the path and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws {
        let file = try AtomicFileStream(path: path)
        file.append(text)
        try file.commit()
    }
}

/// A file written piece by piece (e.g. `--samples`, streamed as trials are made) that appears at
/// its path only when complete: pieces go to a temporary file beside it, `commit` flushes and
/// renames it, `abandon` (or any failure) removes it and leaves an existing file untouched.
/// `append` must not be called concurrently (the engine calls its sink under a lock).
public final class AtomicFileStream: @unchecked Sendable {
    public let path: String
    private let temporary: String
    private var fd: Int32
    private var failure: String?

    /// Creates the folder if needed and opens the temporary file.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileWriter.WriteError(path: path, reason: "cannot create folder \(folder.path): \(error.localizedDescription)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw AtomicFileWriter.WriteError(path: path, reason: "it is a folder")
        }
        temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw AtomicFileWriter.WriteError(path: path, reason: Self.systemError()) }
    }

    deinit {
        if fd >= 0 { abandon() }
    }

    /// Appends text; the first failure is kept and reported by `commit`.
    public func append(_ text: String) {
        guard failure == nil, fd >= 0 else { return }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Self.systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = Self.systemError()
                return
            }
            written += n
        }
    }

    /// Flushes, closes and renames the temporary file over `path`.
    public func commit() throws {
        if failure == nil && fsync(fd) != 0 { failure = Self.systemError() }
        if close(fd) != 0 && failure == nil { failure = Self.systemError() }
        fd = -1
        if failure == nil && rename(temporary, path) != 0 { failure = Self.systemError() }
        if let failure {
            unlink(temporary)
            throw AtomicFileWriter.WriteError(path: path, reason: failure)
        }
    }

    /// Closes and removes the temporary file; `path` is untouched.
    public func abandon() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(temporary)
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
