import Dispatch
import Foundation
import MoldRiskCore

/// How much of a sharded run `merge` re-runs before it trusts the partials (`merge --verify`).
/// Chunks are deterministic (the seed and the chunk index fix every draw), so a chunk re-run here
/// must give the partial's chunk totals bit for bit; one that does not was edited, damaged or
/// written by another build, and the merge is refused naming the partial and the chunk.
package enum ShardVerification: String, Sendable, CaseIterable {
    /// A sample of chunks chosen from the partials' own bytes (`ShardMerge.sampledChunks`): one
    /// chunk in a hundred of each partial, at least one. An edit of the scenario, the seed or the
    /// trials changes every chunk, so one re-run chunk per partial catches it.
    case sample
    /// Every chunk of every partial, and each partial's sketches: as long as the unsharded run.
    case all
}

extension ShardMerge {
    /// Re-runs the chunks `mode` asks for of ordered partials (`ordered`) of a run of `plan` on up
    /// to `threads` threads and throws, naming the partial and the chunk, if one differs bit for
    /// bit from what the partial holds (under `.all`, also if a partial's sketches differ).
    package static func verify(_ ordered: [NamedPartial], plan: SimulationPlan, mode: ShardVerification,
                               threads: Int) throws(ShardError) {
        switch mode {
        case .sample:
            let picks = sampledChunks(ordered)
            let jobs = zip(ordered, picks).flatMap { named, chunks in chunks.map { (named, $0) } }
            let found = Locked<[Int: String]>([:])
            let workers = max(1, min(threads, jobs.count))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for j in stride(from: worker, to: jobs.count, by: workers) {
                    let (named, c) = jobs[j]
                    let rerun = Simulation.run(plan, threads: 1,
                                               options: SimulationOptions(chunks: c..<(c + 1), keepChunkTotals: true))
                    if let problem = chunkProblem(named, chunk: c, rerun: rerun, plan: plan) {
                        found.withLock { $0[j] = problem }
                    }
                }
            }
            if let first = found.withLock({ $0 }).min(by: { $0.key < $1.key }) { throw ShardError(first.value) }
        case .all:
            for named in ordered {
                let p = named.partial
                let rerun = Simulation.run(plan, threads: threads,
                                           options: SimulationOptions(chunks: p.chunks, keepChunkTotals: true))
                for c in p.chunks {
                    if let problem = chunkProblem(named, chunk: c, rerun: rerun, plan: plan) { throw ShardError(problem) }
                }
                if let difference = firstDifference(p.sketches, rerun.sketches) {
                    throw ShardError("cannot merge: \(named.name) does not match a re-run of its chunks "
                        + "\(p.chunks.lowerBound)..<\(p.chunks.upperBound): its sketches differ (\(difference)); "
                        + "it was edited, damaged or written by another build of moldrisk")
                }
            }
        }
    }

    /// The chunks a `.sample` verification re-runs, per ordered partial: ⌈chunks ÷ 100⌉ distinct
    /// chunks of each (at least one), drawn with splitmix64 from the FNV-1a hash of every
    /// partial's text, so the choice is fixed by the partials themselves (the same on every
    /// machine, and any edit moves it) and cannot be known before the partials are written.
    package static func sampledChunks(_ ordered: [NamedPartial]) -> [[Int]] {
        var hash = FNV1a64()
        for named in ordered { hash.add(named.partial.encodedText()) }
        return ordered.enumerated().map { i, named in
            let chunks = named.partial.chunks
            guard !chunks.isEmpty else { return [] }
            let wanted = (chunks.count + 99) / 100
            var picked = Set<Int>()
            var draw: UInt64 = 0
            while picked.count < wanted {
                let r = StreamSeed.derive(runSeed: hash.value, chunk: UInt64(i), role: draw)
                picked.insert(chunks.lowerBound + Int(r % UInt64(chunks.count)))
                draw += 1
            }
            return picked.sorted()
        }
    }

    /// Why chunk `c` of `named` is not what the re-run `rerun` (which ran it) gives, or nil.
    static func chunkProblem(_ named: NamedPartial, chunk c: Int, rerun: SimulationOutput, plan: SimulationPlan) -> String? {
        let p = named.partial
        let again = rerun.chunkTotals[c - rerun.chunks.lowerBound]
        let held = p.chunkTotals[c - p.chunks.lowerBound]
        let why: String? = if let fault = again.fault {
            "the re-run stops on a fault (\(fault.message(in: plan.scenario)))"
        } else {
            firstDifference(held, again)
        }
        guard let why else { return nil }
        return "cannot merge: \(named.name) does not match a re-run of its chunk \(c) (\(why)); "
            + "it was edited, damaged or written by another build of moldrisk"
    }

    /// Where two encodable values first differ, bit for bit, as `key path: file value, re-run
    /// value`, or nil when their encodings (which keep every Double's bits) are equal.
    static func firstDifference<T: Encodable>(_ held: T, _ again: T) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let a = try? encoder.encode(held), let b = try? encoder.encode(again) else { return "not encodable" }
        if a == b { return nil }
        let x = try? JSONSerialization.jsonObject(with: a, options: [.fragmentsAllowed])
        let y = try? JSONSerialization.jsonObject(with: b, options: [.fragmentsAllowed])
        return differingPath(x, y, at: "") ?? "the encodings differ"
    }

    /// The first key path where two parsed JSON values differ, with both values.
    private static func differingPath(_ a: Any?, _ b: Any?, at path: String) -> String? {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            for key in Set(x.keys).union(y.keys).sorted() {
                if let found = differingPath(x[key], y[key], at: path.isEmpty ? key : "\(path).\(key)") { return found }
            }
            return nil
        case let (x as [Any], y as [Any]) where x.count == y.count:
            for (i, pair) in zip(x, y).enumerated() {
                if let found = differingPath(pair.0, pair.1, at: "\(path)[\(i)]") { return found }
            }
            return nil
        default:
            let shown = (describe(a), describe(b))
            return shown.0 == shown.1 ? nil : "\(path.isEmpty ? "value" : path): \(shown.0) in the file, \(shown.1) re-run"
        }
    }

    private static func describe(_ value: Any?) -> String {
        guard let value else { return "nothing" }
        if let list = value as? [Any] { return "\(list.count) values" }
        if value is [String: Any] { return "a table" }
        return "\(value)"
    }
}
