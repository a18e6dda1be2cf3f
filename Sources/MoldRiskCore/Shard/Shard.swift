/// One share of a run's chunks: shard `index` of `count` (`--shard I/N`). Shard I runs the
/// contiguous chunks [I·C/N, (I+1)·C/N) of the C chunks, so the N shards cover every chunk once,
/// in order, and differ in size by at most one chunk.
package struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// I, in 0..<count.
    package let index: Int
    /// N, at least 1.
    package let count: Int

    package init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index), "shard \(index)/\(count) out of range")
        self.index = index
        self.count = count
    }

    /// Parses `I/N` (e.g. `2/8`), or throws a message saying what is wrong (the argument parser
    /// names the option and the value before it).
    package init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw ShardError("give I/N, the shard's index and the number of shards, e.g. 0/8")
        }
        guard n >= 1 else { throw ShardError("the number of shards N must be at least 1") }
        guard (0..<n).contains(i) else {
            throw ShardError("the index I must be in 0…\(n - 1) (shards are numbered from 0)")
        }
        self.init(index: i, count: n)
    }

    /// The chunks of this shard when the run has `chunkCount` chunks.
    package func chunks(of chunkCount: Int) -> Range<Int> {
        (index * chunkCount / count)..<((index + 1) * chunkCount / count)
    }

    /// `I/N`.
    package var description: String { "\(index)/\(count)" }

    enum CodingKeys: String, CodingKey { case index, count }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let index = try c.decode(Int.self, forKey: .index)
        let count = try c.decode(Int.self, forKey: .count)
        guard count >= 1, (0..<count).contains(index) else {
            throw DecodingError.dataCorruptedError(forKey: .index, in: c, debugDescription: "shard \(index)/\(count) out of range")
        }
        self.init(index: index, count: count)
    }
}

/// Why a shard could not run or partials could not be merged: one line naming the files.
package struct ShardError: Error, Equatable, CustomStringConvertible {
    package var message: String
    package init(_ message: String) { self.message = message }
    /// The message with invisible characters (of file names) escaped.
    package var description: String { QuotedString.visibleLines(message) }
}
