#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import MoldRiskReport

/// The temporary files this process has created and not yet renamed or removed (the
/// `.NAME.tmp-PID-RAND` files of `AtomicFileStream`), so that an interrupted run (SIGINT,
/// SIGTERM) can remove them before it exits. Creating, renaming and removing happen under one
/// lock, so `removeAll` never misses a file that is being created.
package enum TemporaryFiles {
    private struct State {
        var paths: Set<String> = []
        /// Set by `removeAll`: the process is ending, no temporary file may be created any more.
        var closed = false
    }

    private static let state = Mutex(State())

    /// Creates `path` exclusively (mode 0644) and records it; returns the descriptor, or -1 with
    /// `errno` set (`ECANCELED` once `removeAll` has run).
    static func create(_ path: String) -> Int32 {
        state.withLock { s in
            guard !s.closed else {
                errno = ECANCELED
                return -1
            }
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 { s.paths.insert(path) }
            return fd
        }
    }

    /// Renames `path` over `destination`; returns 0, or -1 with `errno` set (the file is then still recorded).
    static func rename(_ path: String, to destination: String) -> Int32 {
        state.withLock { s in
            guard !s.closed else {
                errno = ECANCELED
                return -1
            }
            #if canImport(Glibc)
            let result = Glibc.rename(path, destination)
            #elseif canImport(Musl)
            let result = Musl.rename(path, destination)
            #else
            let result = Darwin.rename(path, destination)
            #endif
            if result == 0 { s.paths.remove(path) }
            return result
        }
    }

    /// Removes `path` and forgets it.
    static func remove(_ path: String) {
        state.withLock { s in
            if s.paths.remove(path) != nil { unlink(path) }
        }
    }

    /// The files still pending.
    package static var pending: [String] {
        state.withLock { $0.paths.sorted() }
    }

    /// Removes every pending file, refuses any new one from now on (the process is ending), and
    /// returns the paths removed.
    @discardableResult
    package static func removeAll() -> [String] {
        state.withLock { s in
            let removed = s.paths.sorted()
            for path in removed { unlink(path) }
            s.paths.removeAll()
            s.closed = true
            return removed
        }
    }
}
