import Dispatch
import Synchronization

/// What a whole run accumulated: exact totals merged in chunk order and the merged sketches.
public struct SimulationOutput: Sendable, Equatable {
    public var totals: RunTotals
    public var sketches: RunSketches
}

/// The Monte Carlo engine: splits the trials into fixed-size chunks, runs them on `threads`
/// worker threads, and combines chunk totals strictly in chunk order (a small reorder buffer
/// holds chunks that finish early), so the output is identical for any thread count.
public enum Simulation {
    /// Runs the plan. `progress(done, total)` is called (from worker threads) after each chunk is merged.
    public static func run(_ plan: SimulationPlan, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> SimulationOutput {
        let chunkCount = plan.chunkCount
        let workers = max(1, min(threads, chunkCount))
        let cycleCount = plan.cycles.count
        let stockCount = plan.stocks.count
        let merger = OrderedMerger(initial: RunTotals(cycleCount: cycleCount, stockCount: stockCount))
        let workerSketches = Mutex<[RunSketches]>([])
        let runner = ChunkRunner(plan: plan)

        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var sketches = RunSketches(cycleCount: cycleCount, stockCount: stockCount)
            for c in stride(from: w, to: chunkCount, by: workers) {
                let totals = runner.run(chunk: c, into: &sketches)
                let done = merger.add(totals, chunk: c)
                progress?(done, chunkCount)
            }
            let finished = sketches
            workerSketches.withLock { $0.append(finished) }
        }

        var sketches = RunSketches(cycleCount: cycleCount, stockCount: stockCount)
        for s in workerSketches.withLock({ $0 }) { sketches.merge(s) }
        return SimulationOutput(totals: merger.result, sketches: sketches)
    }
}

/// Folds chunk totals into a running total in chunk order, whatever order they arrive in.
final class OrderedMerger: Sendable {
    private struct State {
        var total: RunTotals
        var next = 0
        var pending: [Int: RunTotals] = [:]
    }
    private let state: Mutex<State>

    init(initial: RunTotals) { state = Mutex(State(total: initial)) }

    /// Hands in chunk c's totals; returns how many chunks have been merged so far.
    func add(_ totals: RunTotals, chunk c: Int) -> Int {
        state.withLock { s in
            s.pending[c] = totals
            while let ready = s.pending.removeValue(forKey: s.next) {
                s.total.merge(ready)
                s.next += 1
            }
            return s.next
        }
    }

    var result: RunTotals { state.withLock { $0.total } }
}
