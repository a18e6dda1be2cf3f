#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MoldRiskReport

/// What is at a path moldrisk is about to write, decided before anything is written, so that a
/// file it does not own is never destroyed:
/// - nothing, or a regular file: `.replace` — a temporary file in the same folder is renamed over
///   it. A symbolic link is followed (every level; a relative link relative to its own folder) and
///   the file it finally names is replaced in that file's folder, so the link survives;
/// - a character or block device or a FIFO: `.inPlace` — opened for writing as it is, never
///   replaced, removed or truncated (e.g. `--output /dev/null` run as root);
/// - a folder or a socket: refused, naming the path.
package struct FileTarget: Sendable, Equatable {
    /// How the bytes reach the target.
    package enum Kind: Sendable, Equatable {
        /// A temporary file beside `resolved`, renamed over it when complete.
        case replace
        /// `resolved` opened for writing, not replaced.
        case inPlace
    }

    /// The path as given.
    package let path: String
    /// The file written: the end of any symbolic links for `.replace`, the path as given for `.inPlace`.
    package let resolved: String
    package let kind: Kind

    /// Links followed before giving up, as the kernel does (`ELOOP`).
    static let maximumLinks = 40

    /// Looks at `path` (without changing anything) and decides how to write it.
    package static func resolve(_ path: String) throws(AtomicFileWriter.WriteError) -> FileTarget {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            guard code == ENOENT else { throw AtomicFileWriter.WriteError(path: path, reason: systemError(code)) }
            // Nothing there, or a link to nothing: the file it names is created.
            return FileTarget(path: path, resolved: try followLinks(path), kind: .replace)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw AtomicFileWriter.WriteError(path: path, reason: "it is a folder; give a file path")
        case S_IFSOCK:
            throw AtomicFileWriter.WriteError(path: path, reason: "it is a socket, which cannot be written as a file")
        case S_IFREG:
            let end = try followLinks(path)
            var endInfo = stat()
            if stat(end, &endInfo) == 0 && endInfo.st_dev == info.st_dev && endInfo.st_ino == info.st_ino {
                return FileTarget(path: path, resolved: end, kind: .replace)
            }
            // A link the kernel resolves but its text does not name (e.g. /proc/self/fd/1 to a
            // deleted file): written in place through the path as given.
            return FileTarget(path: path, resolved: path, kind: .inPlace)
        default:
            return FileTarget(path: path, resolved: path, kind: .inPlace)
        }
    }

    /// The path at the end of `path`'s chain of symbolic links (the path itself when it is none).
    static func followLinks(_ path: String) throws(AtomicFileWriter.WriteError) -> String {
        var current = path
        for _ in 0...maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                let code = errno
                if code == ENOENT { return current }
                throw AtomicFileWriter.WriteError(path: path, reason: systemError(code))
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw AtomicFileWriter.WriteError(path: path, reason: systemError(errno)) }
            let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                let base = folder(of: current)
                current = base == "." ? target : base + "/" + target
            }
        }
        throw AtomicFileWriter.WriteError(path: path, reason: systemError(ELOOP))
    }

    /// The folder part of a path, lexically (`.` for a bare name, `/` for a file at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of a path, lexically (the path itself for a bare name).
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func systemError(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
