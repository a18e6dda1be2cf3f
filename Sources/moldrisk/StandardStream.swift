import Foundation

/// Standard output or standard error, written with checked `write(2)` calls: a full disk, a closed
/// descriptor or a device that refuses the bytes is a `StandardStream.WriteFailure` (exit status 1,
/// said on the other stream), never a trap and never ignored.
enum StandardStream: Sendable {
    case output
    case error

    /// A failed write, naming the stream and the system's reason.
    struct WriteFailure: Error {
        let stream: StandardStream
        let reason: String

        var message: String { MoldRiskCommand.prefixed("cannot write to \(stream.name): \(reason)") }
    }

    var name: String { self == .output ? "standard output" : "standard error" }

    var other: StandardStream { self == .output ? .error : .output }

    private var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }

    /// Writes all of `text`.
    func write(_ text: String) throws(WriteFailure) {
        try write(bytes: Array(text.utf8))
    }

    /// Writes all of `bytes`.
    func write(bytes: [UInt8]) throws(WriteFailure) {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let reason = n == 0 ? "the system wrote nothing"
                    : errno == EBADF && Self.closedAtStart.contains(descriptor) ? "it is closed"
                    : String(cString: strerror(errno))
                throw WriteFailure(stream: self, reason: reason)
            }
            written += n
        }
    }

    /// Writes `text`; when that fails, writes `text` and the failure to the other stream if it
    /// can (a last resort: nothing more can be said). Returns false when the write failed.
    @discardableResult
    func writeOrReport(_ text: String) -> Bool {
        do {
            try write(text)
            return true
        } catch {
            try? other.write(error.message + "; the message was:\n" + text)
            return false
        }
    }

    /// Descriptors 0, 1 and 2 that were closed when the program started (`>&-`).
    nonisolated(unsafe) private static var closedAtStart: Set<Int32> = []

    /// Fills a closed descriptor 0, 1 or 2 with the read end of a pipe whose write end is closed,
    /// before any file is opened: otherwise the next file opened (a report's temporary file)
    /// would take the number and the headline would be written into it. Writes to such a
    /// descriptor fail (EBADF) and are reported; reads see end of file. Call once, first thing.
    static func reserveClosedDescriptors() {
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(target, F_GETFD) == -1 && errno == EBADF {
            closedAtStart.insert(target)
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { continue }
            if ends[0] != target {
                dup2(ends[0], target)
                close(ends[0])
            }
            close(ends[1])
        }
    }
}
