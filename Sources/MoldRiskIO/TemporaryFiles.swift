#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MoldRiskCore
import MoldRiskReport

/// The temporary files this process has created and not yet renamed or removed (the
/// `.NAME.tmp-PID-RAND` files of `AtomicFileStream`) and the folders it created for them, so that
/// an interrupted run (SIGINT, SIGTERM) can remove them before it exits. Creating, renaming and
/// removing happen under one lock, so `removeAll` never misses a file that is being created, and
/// a batch of renames (`renameAll`) happens wholly before or wholly after it.
package enum TemporaryFiles {
    private struct State {
        var paths: Set<String> = []
        /// Folders created, in the order they were made (a parent before its children).
        var folders: [String] = []
        /// The destinations replaced by `renameAll` so far.
        var published: [String] = []
        /// Set by `removeAll`: the process is ending, no temporary file may be created any more.
        var closed = false
    }

    private static let state = Locked(State())

    /// Creates `path` exclusively (mode 0644 less the umask) and records it; returns the
    /// descriptor, or -1 with `errno` set (`ECANCELED` once `removeAll` has run).
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

    /// Makes the folder `path` (its parent must exist) and records it; returns 0, or -1 with
    /// `errno` set (`EEXIST` when something is already there; then nothing is recorded).
    static func makeFolder(_ path: String) -> Int32 {
        state.withLock { s in
            guard !s.closed else {
                errno = ECANCELED
                return -1
            }
            let result = mkdir(path, 0o777)
            if result == 0 { s.folders.append(path) }
            return result
        }
    }

    /// Renames each temporary file over its destination, in order, stopping at the first that
    /// fails; all of it under the lock, so an interruption sees none or all of the renames done.
    /// Returns how many were renamed and, when one failed, its `errno`.
    static func renameAll(_ pairs: [(temporary: String, destination: String)]) -> (renamed: Int, error: Int32?) {
        state.withLock { s in
            guard !s.closed else { return (0, ECANCELED) }
            for (index, pair) in pairs.enumerated() {
                guard systemRename(pair.temporary, pair.destination) == 0 else { return (index, errno) }
                s.paths.remove(pair.temporary)
                s.published.append(pair.destination)
            }
            return (pairs.count, nil)
        }
    }

    /// Renames `path` over `destination`; returns 0, or -1 with `errno` set (the file is then still recorded).
    static func rename(_ path: String, to destination: String) -> Int32 {
        let (renamed, error) = renameAll([(path, destination)])
        if let error {
            errno = error
            return -1
        }
        return renamed == 1 ? 0 : -1
    }

    /// Removes `path` and forgets it.
    static func remove(_ path: String) {
        state.withLock { s in
            if s.paths.remove(path) != nil { unlink(path) }
        }
    }

    /// Removes the given recorded folders that are empty, the most recently made first, and
    /// forgets them all (a folder something else has filled in the meantime is kept).
    static func removeFolders(_ folders: [String]) {
        state.withLock { s in
            for folder in s.folders.reversed() where folders.contains(folder) { rmdir(folder) }
            s.folders.removeAll { folders.contains($0) }
        }
    }

    /// Forgets the given folders: they hold finished files and stay.
    static func keepFolders(_ folders: [String]) {
        state.withLock { s in s.folders.removeAll { folders.contains($0) } }
    }

    /// The files still pending.
    package static var pending: [String] {
        state.withLock { $0.paths.sorted() }
    }

    /// What `removeAll` did.
    package struct Removal: Sendable {
        /// The temporary files removed.
        package var files: [String]
        /// The folders removed (made by this process for its outputs, and empty).
        package var folders: [String]
        /// The destinations already replaced before the interruption (all of a run's outputs, or none).
        package var published: [String]
    }

    /// Removes every pending file and the folders made for them, refuses any new one from now
    /// on (the process is ending), and says what it did.
    @discardableResult
    package static func removeAll() -> Removal {
        state.withLock { s in
            let removed = s.paths.sorted()
            for path in removed { unlink(path) }
            let folders = s.folders.reversed().filter { rmdir($0) == 0 }
            s.paths.removeAll()
            s.folders.removeAll()
            s.closed = true
            return Removal(files: removed, folders: Array(folders), published: s.published)
        }
    }

    private static func systemRename(_ from: String, _ to: String) -> Int32 {
        #if canImport(Glibc)
        Glibc.rename(from, to)
        #elseif canImport(Musl)
        Musl.rename(from, to)
        #else
        Darwin.rename(from, to)
        #endif
    }
}
