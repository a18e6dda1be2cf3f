import Foundation
import MoldRisk

/// Ctrl-C (SIGINT) and SIGTERM: the process removes the temporary files it created (a
/// `--samples` file being streamed, a report being written), says so on standard error and exits
/// with status 130 or 143 (128 + the signal) at once, stopping every worker. Files that existed
/// before the run are untouched: they are only ever replaced by a rename, which has not happened.
///
/// The signal handler only writes the signal's number to a pipe (async-signal-safe); a watcher
/// thread reads it and does the rest outside the handler.
enum Interruption {
    /// The pipe's write end, read by the handler; set before the handler is installed.
    nonisolated(unsafe) private static var pipeWriteEnd: Int32 = -1

    /// Installs the handlers for SIGINT and SIGTERM and starts the watcher. Call once, early.
    static func install() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        pipeWriteEnd = ends[1]
        let readEnd = ends[0]
        // A parent may have left the signals blocked (the mask is inherited): unblock them here,
        // before any worker thread exists, so every thread can take them.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGTERM] {
            sigaddset(&signals, signalNumber)
            signal(signalNumber) { number in
                let saved = errno
                var byte = UInt8(truncatingIfNeeded: number)
                _ = Foundation.write(Interruption.pipeWriteEnd, &byte, 1)
                errno = saved
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        Thread.detachNewThread { watch(readEnd) }
    }

    /// Waits for a signal's number on the pipe, then cleans up and exits.
    private static func watch(_ readEnd: Int32) {
        var byte: UInt8 = 0
        while true {
            let n = read(readEnd, &byte, 1)
            if n == 1 { break }
            if n < 0 && errno == EINTR { continue }
            return  // the pipe is gone: leave the default behaviour
        }
        let signalNumber = Int32(byte)
        let removed = TemporaryFiles.removeAll()
        let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
        let files = removed.isEmpty ? "" : "; removed \(removed.count) unfinished temporary file\(removed.count == 1 ? "" : "s")"
        let clearLine = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[2K" : ""
        try? StandardStream.error.write(clearLine + MoldRiskCommand.prefixed("interrupted (\(name))\(files); files that existed before are unchanged.\n"))
        _exit(128 + signalNumber)
    }
}
