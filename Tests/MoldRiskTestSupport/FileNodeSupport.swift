#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Special files made inside a test's own temporary folder (never the system's /dev): character
/// device nodes with the numbers of /dev/null (1,3) and /dev/full (1,7), FIFOs and symbolic
/// links, and what `lstat` says about a path afterwards.
package enum FileNodes {
    /// A new empty folder under the system's temporary folder, for one test's files.
    package static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("moldrisk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Device nodes need root (`mknod`); tests that make one are enabled only then.
    package static var canMakeDevices: Bool { getuid() == 0 }

    /// A character device node at `path` with the given numbers (Linux `dev_t` encoding).
    package static func makeCharacterDevice(_ path: String, major: UInt64, minor: UInt64) throws {
        let device = ((major & 0xfff) << 8) | (minor & 0xff) | ((minor & ~0xff) << 12) | ((major & ~0xfff) << 32)
        guard mknod(path, S_IFCHR | 0o666, dev_t(device)) == 0 else { throw failure("mknod \(path)") }
    }

    /// A node like /dev/null (writes succeed and vanish).
    package static func makeNull(_ path: String) throws { try makeCharacterDevice(path, major: 1, minor: 3) }

    /// A node like /dev/full (every write fails with ENOSPC).
    package static func makeFull(_ path: String) throws { try makeCharacterDevice(path, major: 1, minor: 7) }

    package static func makeFIFO(_ path: String) throws {
        guard mkfifo(path, 0o644) == 0 else { throw failure("mkfifo \(path)") }
    }

    package static func makeLink(_ path: String, to target: String) throws {
        guard symlink(target, path) == 0 else { throw failure("symlink \(path)") }
    }

    /// The file type bits of `path` itself (not following a link), e.g. `S_IFCHR`; nil if absent.
    package static func type(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// The device numbers of `path` (a device node).
    package static func deviceNumbers(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_rdev) : nil
    }

    /// A temporary file's name left in `folder` (`.NAME.tmp-PID-RAND`).
    package static func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp-") }
    }

    /// A fresh folder for one test.
    package static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "moldrisk-nodes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private static func failure(_ what: String) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(errno),
                userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(errno)))"])
    }
}
