import Dispatch

/// What a run (or a shard of one) accumulated: exact totals merged in chunk order and the
/// merged sketches.
package struct SimulationOutput: Sendable, Equatable {
    package var totals: RunTotals
    package var sketches: RunSketches
    /// The chunks that ran, in order.
    package var chunks: Range<Int>
    /// Each chunk's own totals, in chunk order, when `SimulationOptions.keepChunkTotals` is set
    /// (a shard's partial result keeps them so a merge can fold them exactly as a whole run does).
    package var chunkTotals: [RunTotals]
    /// True when a stop rule ended the run before its last chunk.
    package var stoppedEarly: Bool

    package init(totals: RunTotals, sketches: RunSketches, chunks: Range<Int>, chunkTotals: [RunTotals],
                 stoppedEarly: Bool) {
        self.totals = totals
        self.sketches = sketches
        self.chunks = chunks
        self.chunkTotals = chunkTotals
        self.stoppedEarly = stoppedEarly
    }
}

/// Receives the trials of a run in trial order, e.g. to stream them to a file: `line` formats
/// one trial on the worker thread that ran it (into that chunk's text), `write` gets each
/// chunk's text in chunk order.
package struct TrialSink: Sendable {
    package var line: @Sendable (_ trial: Int, _ record: TrialRecord, _ text: inout String) -> Void
    package var write: @Sendable (_ chunkText: String) -> Void

    package init(line: @escaping @Sendable (Int, TrialRecord, inout String) -> Void,
                write: @escaping @Sendable (String) -> Void) {
        self.line = line
        self.write = write
    }
}

/// How to run: which chunks, when to stop early, what to keep, who to tell.
package struct SimulationOptions: Sendable {
    /// The chunks to run; nil for all (a shard runs only its share).
    package var chunks: Range<Int>?
    /// Checked after each round of `roundChunks` chunks (merged in chunk order, so the decision
    /// is the same for any thread count); true stops the run.
    package var stopRule: (@Sendable (RunTotals) -> Bool)?
    /// Chunks per round when a stop rule is set.
    package static let roundChunks = 4
    /// Keep each chunk's totals in the output.
    package var keepChunkTotals = false
    /// Every trial, in order.
    package var sink: TrialSink?
    /// Called after each chunk is merged with (chunks merged, chunks planned).
    package var progress: (@Sendable (Int, Int) -> Void)?

    package init(chunks: Range<Int>? = nil, stopRule: (@Sendable (RunTotals) -> Bool)? = nil,
                keepChunkTotals: Bool = false, sink: TrialSink? = nil,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.chunks = chunks
        self.stopRule = stopRule
        self.keepChunkTotals = keepChunkTotals
        self.sink = sink
        self.progress = progress
    }
}

/// The Monte Carlo engine: splits the trials into fixed-size chunks, runs them on `threads`
/// worker threads, and combines chunk totals strictly in chunk order (a small reorder buffer
/// holds chunks that finish early), so the output is identical for any thread count.
package enum Simulation {
    /// Runs the plan (all its chunks, or `options.chunks`).
    package static func run(_ plan: SimulationPlan, threads: Int,
                           options: SimulationOptions = SimulationOptions()) -> SimulationOutput {
        let all = options.chunks ?? 0..<plan.chunkCount
        let cycleCount = plan.cycles.count
        let stockCount = plan.stocks.count
        var output = SimulationOutput(totals: RunTotals(cycleCount: cycleCount, stockCount: stockCount),
                                      sketches: RunSketches(cycleCount: cycleCount, stockCount: stockCount),
                                      chunks: all.lowerBound..<all.lowerBound, chunkTotals: [], stoppedEarly: false)
        guard let stop = options.stopRule else {
            runChunks(all, plan: plan, threads: threads, options: options, planned: all.count, into: &output)
            return output
        }
        var start = all.lowerBound
        while start < all.upperBound {
            let end = min(all.upperBound, start + SimulationOptions.roundChunks)
            runChunks(start..<end, plan: plan, threads: threads, options: options, planned: all.count, into: &output)
            start = end
            if start < all.upperBound && stop(output.totals) {
                output.stoppedEarly = true
                break
            }
        }
        return output
    }

    /// Runs `chunks` and folds them into `output` in chunk order.
    static func runChunks(_ chunks: Range<Int>, plan: SimulationPlan, threads: Int, options: SimulationOptions,
                          planned: Int, into output: inout SimulationOutput) {
        guard !chunks.isEmpty else { return }
        let cycleCount = plan.cycles.count
        let stockCount = plan.stocks.count
        let alreadyDone = output.chunks.count
        let merger = OrderedMerger(initial: output.totals, first: chunks.lowerBound,
                                   keepChunkTotals: options.keepChunkTotals, sink: options.sink)
        let workerSketches = Locked<[RunSketches]>([])
        let runner = ChunkRunner(plan: plan)

        forEachWorker(chunks, threads: threads) { workerChunks in
            var sketches = RunSketches(cycleCount: cycleCount, stockCount: stockCount)
            for c in workerChunks {
                let (totals, text) = runner.run(chunk: c, into: &sketches, sink: options.sink)
                let merged = merger.add(totals, text: text, chunk: c)
                options.progress?(alreadyDone + merged, planned)
            }
            let finished = sketches
            workerSketches.withLock { $0.append(finished) }
        }

        for s in workerSketches.withLock({ $0 }) { output.sketches.merge(s) }
        let result = merger.finish()
        output.totals = result.total
        output.chunkTotals += result.chunkTotals
        output.chunks = output.chunks.lowerBound..<chunks.upperBound
    }
}

extension Simulation {
    /// Runs `body` once per worker thread (at most `threads`, at most one per chunk), each with its
    /// share of `chunks`: worker w gets chunks w, w + workers, w + 2·workers, … from the first.
    /// Which worker runs a chunk never changes a result: chunk results are combined in chunk order.
    static func forEachWorker(_ chunks: Range<Int>, threads: Int, _ body: @Sendable (StrideTo<Int>) -> Void) {
        let workers = max(1, min(threads, chunks.count))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            body(stride(from: chunks.lowerBound + w, to: chunks.upperBound, by: workers))
        }
    }
}

/// Folds chunk totals into a running total in chunk order, whatever order they arrive in, and
/// passes each chunk's trial text to the sink in the same order.
final class OrderedMerger: Sendable {
    private struct State {
        var total: RunTotals
        var next: Int
        var merged = 0
        var pending: [Int: (RunTotals, String)] = [:]
        var kept: [RunTotals] = []
    }
    private let state: Locked<State>
    private let keepChunkTotals: Bool
    private let sink: TrialSink?

    init(initial: RunTotals, first: Int, keepChunkTotals: Bool, sink: TrialSink?) {
        state = Locked(State(total: initial, next: first))
        self.keepChunkTotals = keepChunkTotals
        self.sink = sink
    }

    /// Hands in chunk c's totals and trial text; returns how many chunks have been merged so far.
    func add(_ totals: RunTotals, text: String, chunk c: Int) -> Int {
        state.withLock { s in
            s.pending[c] = (totals, text)
            while let (ready, readyText) = s.pending.removeValue(forKey: s.next) {
                s.total.merge(ready)
                if keepChunkTotals { s.kept.append(ready) }
                sink?.write(readyText)
                s.next += 1
                s.merged += 1
            }
            return s.merged
        }
    }

    /// The running total and the kept chunk totals.
    func finish() -> (total: RunTotals, chunkTotals: [RunTotals]) {
        state.withLock { ($0.total, $0.kept) }
    }
}
