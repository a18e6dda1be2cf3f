import Foundation
import MoldRisk

/// Ctrl-C (SIGINT) and SIGTERM: the process removes the temporary files it created (a
/// `--samples` file being streamed, a report being written) and the folders made for them, says
/// so on standard error and exits with status 130 or 143 (128 + the signal) at once, stopping
/// every worker. Files that existed before the run are untouched: they are only ever replaced by
/// the renames at the very end (`OutputSet.publish`), which happen all before or all after this.
/// SIGPIPE is ignored: a write to a closed pipe fails with EPIPE and is reported (exit status 1).
///
/// The signal handler only writes the signal's number to a pipe (async-signal-safe); a watcher
/// thread reads it and does the rest outside the handler.
enum Interruption {
    /// The pipe's write end, read by the handler; set before the handler is installed.
    nonisolated(unsafe) private static var pipeWriteEnd: Int32 = -1

    /// Installs the handlers for SIGINT and SIGTERM and starts the watcher. Call once, early.
    static func install() {
        // A reader that quits (`| head -1`, a --samples FIFO) makes the write fail with EPIPE,
        // which is reported, instead of killing the process silently.
        signal(SIGPIPE, SIG_IGN)
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

    /// What the interruption did to the files, for its message.
    static func said(_ removal: TemporaryFiles.Removal) -> String {
        if !removal.published.isEmpty {
            return " after the run's files were written: " + removal.published.joined(separator: ", ")
        }
        let count = removal.files.count
        var text = count == 0 ? "" : "; removed \(count) unfinished temporary file\(count == 1 ? "" : "s")"
        if !removal.folders.isEmpty {
            text += " and the folder\(removal.folders.count == 1 ? "" : "s") made for them (\(removal.folders.joined(separator: ", ")))"
        }
        return text + "; files that existed before are unchanged"
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
        let removal = TemporaryFiles.removeAll()
        let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
        let clearLine = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[2K" : ""
        try? StandardStream.error.write(clearLine + MoldRiskCommand.prefixed("interrupted (\(name))\(said(removal)).\n"))
        _exit(128 + signalNumber)
    }
}
