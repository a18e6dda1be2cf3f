import Foundation
import MoldRiskCore

/// A progress bar on standard error for runs longer than about a second, drawn only when
/// standard error is a terminal. Updated from worker threads; draws at most ten times a second.
final class ProgressBar: Sendable {
    private struct State {
        var lastDraw: Double = 0
        var drawn = false
        var task = Task.simulating
    }

    /// What the bar shows the progress of.
    enum Task: String, Sendable {
        case simulating = "simulating"
        /// The preposterior re-runs of `[value_of_information]`, counted in re-runs.
        case pricingListings = "pricing test listings"
    }
    private let start = Date()
    private let state = Locked(State())

    /// A bar when standard error is a terminal, else nil (silent).
    static func forStandardError() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    func update(_ done: Int, _ total: Int, task: Task = .simulating) {
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed >= 1 else { return }
        state.withLock { s in
            let newTask = task != s.task
            guard elapsed - s.lastDraw >= 0.1 || done == total || newTask else { return }
            if newTask, s.drawn { try? StandardStream.error.write("\r\u{1B}[2K") }
            s.task = task
            s.lastDraw = elapsed
            s.drawn = true
            let width = 40
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let percent = total > 0 ? 100 * done / total : 100
            let line = "\r  \(task.rawValue) \(bar) \(percent)%  \(Int(truncating: elapsed, clampedTo: 0...Int.max)) s "
            try? StandardStream.error.write(line)  // a bar that cannot be drawn does not stop the run
        }
    }

    /// Clears the bar's line if it was drawn.
    func finish() {
        state.withLock { s in
            if s.drawn { try? StandardStream.error.write("\r\u{1B}[2K") }
        }
    }
}
