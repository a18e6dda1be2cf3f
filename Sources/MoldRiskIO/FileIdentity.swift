#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names, by device and inode: two paths are the same file — through
/// symbolic links, hard links, `..` or bind mounts — exactly when their identities are equal.
package struct FileIdentity: Hashable, Sendable {
    package let device: UInt64
    package let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of the file `path` names (following links); nil when there is none.
    package static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        return stat(path, &info) == 0 ? FileIdentity(info) : nil
    }

    /// The identity of the regular file `path` names; nil for anything else (a device, a FIFO,
    /// a folder) or nothing.
    package static func ofRegularFile(_ path: String) -> FileIdentity? {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? FileIdentity(info) : nil
    }
}
