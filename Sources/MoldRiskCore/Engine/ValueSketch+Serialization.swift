/// Writing a sketch out and reading it back exactly (a shard's partial result carries its
/// sketches to `merge`).
///
/// Encoded form (keyed):
/// ```
/// { "count": n, "zeros": z, "min": x, "max": y,
///   "positive": [[start, c, c, …], …], "negative": [[start, c, …], …] }
/// ```
/// `positive` and `negative` are sparse: each segment is a bucket index followed by the counts of
/// consecutive non-empty buckets from that index on; empty buckets between segments are left out.
/// Segments are ascending and do not touch. Decoding checks every part (bucket indices in range,
/// counts adding up to `count`, `min ≤ max` for a non-empty sketch) and throws
/// `DecodingError.dataCorrupted` otherwise, so a damaged file cannot become a wrong report.
/// The round trip is exact: the decoded sketch is `==` to the encoded one and reads back the
/// same values bit for bit (min and max are written in Swift's shortest round-tripping form).
extension ValueSketch: Codable {
    enum CodingKeys: String, CodingKey {
        case count, zeros, min, max, positive, negative
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(count, forKey: .count)
        try c.encode(zeros, forKey: .zeros)
        try c.encode(minimum, forKey: .min)
        try c.encode(maximum, forKey: .max)
        try c.encode(positive.segments, forKey: .positive)
        try c.encode(negative.segments, forKey: .negative)
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let count = try c.decode(UInt64.self, forKey: .count)
        let zeros = try c.decode(UInt64.self, forKey: .zeros)
        let minimum = try c.decode(Double.self, forKey: .min)
        let maximum = try c.decode(Double.self, forKey: .max)
        let positive = try BucketRun(segments: c.decode([[UInt64]].self, forKey: .positive), key: .positive, in: c)
        let negative = try BucketRun(segments: c.decode([[UInt64]].self, forKey: .negative), key: .negative, in: c)
        func corrupt(_ what: String) -> DecodingError {
            .dataCorruptedError(forKey: .count, in: c, debugDescription: "value sketch: \(what)")
        }
        let (sum, overflow) = positive.total.addingReportingOverflow(negative.total)
        let (all, overflow2) = sum.addingReportingOverflow(zeros)
        guard !overflow && !overflow2 && all == count else {
            throw corrupt("bucket counts do not add up to count \(count)")
        }
        if count == 0 {
            guard minimum == .infinity && maximum == -.infinity else { throw corrupt("an empty sketch with a min or max") }
        } else {
            guard minimum.isFinite && maximum.isFinite && minimum <= maximum else {
                throw corrupt("min \(minimum) and max \(maximum) are not a finite range")
            }
        }
        self.init(positive: positive, negative: negative, zeros: zeros, count: count, minimum: minimum, maximum: maximum)
    }
}

extension BucketRun {
    /// The non-empty buckets as segments `[start, c₀, c₁, …]` of consecutive non-empty buckets.
    var segments: [[UInt64]] {
        var result: [[UInt64]] = []
        var current: [UInt64] = []
        for b in low..<upperBound {
            let c = count(at: b)
            if c > 0 {
                if current.isEmpty { current.append(UInt64(b)) }
                current.append(c)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The sum of all bucket counts (wrapping is reported as the largest value, never equal to a real count).
    var total: UInt64 {
        var sum: UInt64 = 0
        for b in low..<upperBound {
            let (s, overflow) = sum.addingReportingOverflow(count(at: b))
            if overflow { return .max }
            sum = s
        }
        return sum
    }

    /// A run from `segments` (see `segments`), checked: each segment has a start and at least
    /// one count, starts ascend without overlap, and every bucket lies in 0..<bucketsPerSign.
    init<Key: CodingKey>(segments: [[UInt64]], key: Key, in container: KeyedDecodingContainer<Key>) throws {
        func corrupt(_ what: String) -> DecodingError {
            .dataCorruptedError(forKey: key, in: container, debugDescription: "value sketch buckets: \(what)")
        }
        guard !segments.isEmpty else {
            self.init()
            return
        }
        let limit = UInt64(ValueSketch.bucketsPerSign)
        var end: UInt64 = 0
        for (i, segment) in segments.enumerated() {
            guard segment.count >= 2 else { throw corrupt("segment \(i) has no counts") }
            let start = segment[0]
            guard start < limit, UInt64(segment.count - 1) <= limit - start else {
                throw corrupt("segment \(i) lies outside buckets 0..<\(limit)")
            }
            guard i == 0 || start > end else { throw corrupt("segment \(i) overlaps or does not ascend") }
            end = start + UInt64(segment.count - 1)
        }
        let low = Int(segments[0][0])
        var counts = [UInt64](repeating: 0, count: Int(end) - low)
        for segment in segments {
            let start = Int(segment[0]) - low
            for (offset, c) in segment.dropFirst().enumerated() { counts[start + offset] = c }
        }
        self.init(low: low, counts: counts)
    }
}
