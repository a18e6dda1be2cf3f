#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MoldRiskReport

/// A file written piece by piece (e.g. `--samples`, streamed as trials are made) that appears at
/// its path only when complete: pieces go to a temporary file beside it, `finish` flushes and
/// closes it, `publish` renames it over the path (`commit` does both), `abandon` (or any failure)
/// removes it and the folders made for it, leaving an existing file untouched. A file it replaces
/// keeps its mode, owner and group (the temporary file is given them before anything is written;
/// when that is not allowed, the stream is refused). A device or FIFO at the path
/// (`FileTarget.Kind.inPlace`) is opened and written directly.
/// `append` must not be called concurrently (the engine calls its sink under a lock).
package final class AtomicFileStream: @unchecked Sendable {
    package let path: String
    /// How the path is written (after following symbolic links).
    package let target: FileTarget
    /// The highest folder this stream created because it was missing (nil when none was).
    package var createdFolder: String? { createdFolders.first }
    /// The folders this stream made, highest first.
    private(set) var createdFolders: [String] = []
    /// The file being replaced (nil when there is none, or in place).
    package let replaced: ExistingFile?
    /// The temporary file; nil when writing in place.
    private let temporary: String?
    private var fd: Int32
    private var failure: String?
    private var finished = false
    /// Renamed into place, or abandoned: nothing left to clean up.
    private var done = false

    /// The file a stream replaces, as it was when the stream was opened.
    package struct ExistingFile: Sendable, Equatable {
        package var identity: FileIdentity
        package var mode: mode_t
        package var owner: uid_t
        package var group: gid_t
        /// The file's names (hard links); the others keep the old content after the rename.
        package var links: Int
    }

    /// The longest file name (bytes) the usual file systems take (`NAME_MAX`).
    package static let nameLimit = 255

    /// Resolves the target, creates its folder if needed and opens the temporary file (or the
    /// device or FIFO itself), giving the temporary file the mode, owner and group of the file
    /// it will replace.
    package init(path: String) throws(AtomicFileWriter.WriteError) {
        self.path = path
        target = try FileTarget.resolve(path)
        guard target.kind == .replace else {
            temporary = nil
            replaced = nil
            fd = try Self.openInPlace(target)
            return
        }
        let name = FileTarget.name(of: target.resolved)
        if name.utf8.count > Self.nameLimit {
            throw AtomicFileWriter.WriteError(path: path, reason: "its file name is \(name.utf8.count) bytes; "
                + "a file name may have at most \(Self.nameLimit)")
        }
        replaced = Self.existing(target.resolved)
        let folder = FileTarget.folder(of: target.resolved)
        fd = -1
        temporary = Self.temporaryName(for: name, in: folder)
        createdFolders = try Self.makeFolders(folder, for: path)
        fd = TemporaryFiles.create(temporary!)
        guard fd >= 0 else {
            let reason = Self.systemError()
            abandon()
            throw AtomicFileWriter.WriteError(path: path, reason: reason)
        }
        if let replaced, let problem = Self.keep(replaced, on: fd) {
            abandon()
            throw AtomicFileWriter.WriteError(path: path, reason: problem)
        }
    }

    /// `.NAME.tmp-PID-RAND` in `folder`, with NAME cut (at a character boundary) so that the
    /// whole stays within `nameLimit` bytes however long the destination's name is.
    static func temporaryName(for name: String, in folder: String) -> String {
        let suffix = ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let stem = name.prefix(utf8Bytes: nameLimit - 1 - suffix.utf8.count)
        let base = "." + stem + suffix
        return folder == "." ? base : (folder == "/" ? "/" : folder + "/") + base
    }

    /// The regular file at `path` (after links), or nil when there is none.
    private static func existing(_ path: String) -> ExistingFile? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return ExistingFile(identity: FileIdentity(info), mode: info.st_mode & 0o7777, owner: info.st_uid,
                            group: info.st_gid, links: Int(info.st_nlink))
    }

    /// Gives the temporary file `fd` the owner, group and mode of `file`; the reason it cannot, or nil.
    private static func keep(_ file: ExistingFile, on fd: Int32) -> String? {
        var own = stat()
        guard fstat(fd, &own) == 0 else { return systemError() }
        if own.st_uid != file.owner || own.st_gid != file.group {
            // The owner first: changing it clears the set-user-ID and set-group-ID bits.
            guard fchown(fd, file.owner, file.group) == 0 else {
                return "it belongs to \(Self.describe(owner: file.owner, group: file.group)), and moldrisk, running as "
                    + "\(Self.describe(owner: geteuid(), group: getegid())), cannot give the new file that owner and "
                    + "group (\(systemError())); remove the file or write elsewhere"
            }
        }
        guard fchmod(fd, file.mode) == 0 else { return systemError() }
        return nil
    }

    /// `user 1001 (ann), group 100 (users)`.
    private static func describe(owner: uid_t, group: gid_t) -> String {
        var user = "user \(owner)"
        if let entry = getpwuid(owner), let name = entry.pointee.pw_name { user += " (\(String(cString: name)))" }
        var team = "group \(group)"
        if let entry = getgrgid(group), let name = entry.pointee.gr_name { team += " (\(String(cString: name)))" }
        return user + ", " + team
    }

    /// Makes the missing folders on the way to `folder`, highest first, and returns them; on a
    /// failure, removes those it made and throws naming `path`.
    private static func makeFolders(_ folder: String, for path: String) throws(AtomicFileWriter.WriteError) -> [String] {
        var missing: [String] = []
        var probe = folder
        while true {
            var info = stat()
            if stat(probe, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw AtomicFileWriter.WriteError(path: path, reason: "cannot create folder \(folder): \(probe) is not a folder")
                }
                break
            }
            guard errno == ENOENT else {
                throw AtomicFileWriter.WriteError(path: path, reason: "cannot create folder \(folder): \(systemError())")
            }
            missing.append(probe)
            let parent = FileTarget.folder(of: probe)
            if parent == probe { break }
            probe = parent
        }
        var made: [String] = []
        for next in missing.reversed() {
            if TemporaryFiles.makeFolder(next) == 0 {
                made.append(next)
            } else if errno != EEXIST {
                let reason = systemError()
                TemporaryFiles.removeFolders(made)
                throw AtomicFileWriter.WriteError(path: path, reason: "cannot create folder \(folder): \(reason)")
            }
        }
        return made
    }

    /// Opens a device or FIFO for writing without creating, truncating or replacing it. A FIFO
    /// nobody reads is refused at once rather than waited on.
    private static func openInPlace(_ target: FileTarget) throws(AtomicFileWriter.WriteError) -> Int32 {
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

    deinit {
        if !done { abandon() }
    }

    /// Appends text; the first failure is kept and reported by `finish`.
    package func append(_ text: String) {
        append(bytes: Array(text.utf8))
    }

    /// Appends bytes (a PDF); the first failure is kept and reported by `finish`.
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

    /// True once a write has failed (a FIFO's reader gone, a full disk): the rest is not worth making.
    package var hasFailed: Bool { failure != nil }

    /// Flushes and closes the temporary file (or, in place, closes the target), ready for
    /// `publish`; on a failure removes the temporary file and throws.
    package func finish() throws(AtomicFileWriter.WriteError) {
        guard !finished else { return }
        finished = true
        if temporary != nil && failure == nil && fsync(fd) != 0 { failure = Self.systemError() }
        if fd >= 0 && close(fd) != 0 && failure == nil { failure = Self.systemError() }
        fd = -1
        if let failure {
            abandon()
            throw AtomicFileWriter.WriteError(path: path, reason: failure)
        }
    }

    /// The rename `publish` will do: the temporary file and the target (nil in place, and once
    /// renamed or abandoned).
    var pendingRename: (temporary: String, destination: String)? {
        done ? nil : temporary.map { ($0, target.resolved) }
    }

    /// Renames the finished temporary file over the target (nothing to do in place).
    package func publish() throws(AtomicFileWriter.WriteError) {
        if let rename = pendingRename, let error = TemporaryFiles.renameAll([rename]).error {
            abandon()
            throw AtomicFileWriter.WriteError(path: path, reason: String(cString: strerror(error)))
        }
        markPublished()
    }

    /// The temporary file was renamed over the target (by `publish` or `OutputSet`): the folders
    /// made for it hold it now and stay.
    func markPublished() {
        done = true
        TemporaryFiles.keepFolders(createdFolders)
    }

    /// Flushes, closes and renames the temporary file over the target (or, in place, closes it).
    package func commit() throws(AtomicFileWriter.WriteError) {
        try finish()
        try publish()
    }

    /// Closes and removes the temporary file and the folders made for it; the target is
    /// untouched (in place, what was written stays written: a device or FIFO cannot take it back).
    package func abandon() {
        removeTemporary()
        removeCreatedFolders()
    }

    /// Closes and removes the temporary file only.
    func removeTemporary() {
        if fd >= 0 { close(fd) }
        fd = -1
        finished = true
        done = true
        if let temporary { TemporaryFiles.remove(temporary) }
    }

    /// Removes the folders made for this file (those still empty).
    func removeCreatedFolders() {
        TemporaryFiles.removeFolders(createdFolders)
        createdFolders = []
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

    static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
