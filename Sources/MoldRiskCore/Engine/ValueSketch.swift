/// A mergeable histogram of real values with logarithmic buckets, from which percentiles, tail
/// means, CDF points and histograms are read with a bounded relative error.
///
/// A value x with 2⁻²⁰ ≤ |x| < 2⁴⁴ falls in the bucket given by its sign, binary exponent and
/// top `mantissaBits` mantissa bits, so a bucket spans [b, b·(1 + 2⁻⁹)) and its midpoint is
/// within `relativeError` = 2⁻¹⁰ ≈ 0.098 % of every value in it. Smaller magnitudes share a zero
/// bucket (read as 0); larger ones the outermost bucket. The exact minimum and maximum are kept
/// and every value read is clamped to them, so a sketch of identical values reads back exactly.
///
/// Counts are integers, so merging is exact and order-independent: per-thread sketches merged
/// in any order give the same sketch.
package struct ValueSketch: Sendable, Equatable {
    /// Mantissa bits kept per bucket.
    package static let mantissaBits = 9
    /// Largest relative error of a value read back (half a bucket's relative width).
    package static let relativeError = 1.0 / Double(1 << (mantissaBits + 1))
    static let shift = UInt64(52 - mantissaBits)
    static let smallest: Double = 0x1p-20
    static let largest: Double = 0x1p44
    static let baseKey = Int(smallest.bitPattern >> shift)
    static let bucketsPerSign = Int(largest.bitPattern >> shift) - baseKey

    /// Counts of positive and negative values per bucket, grown on demand from `low…` upwards.
    private(set) var positive = BucketRun()
    private(set) var negative = BucketRun()
    private(set) var zeros: UInt64 = 0
    package private(set) var count: UInt64 = 0
    package private(set) var minimum: Double = .infinity
    package private(set) var maximum: Double = -.infinity

    package init() {}

    /// A sketch restored from its parts (see `ValueSketch+Serialization.swift`, which checks them).
    init(positive: BucketRun, negative: BucketRun, zeros: UInt64, count: UInt64, minimum: Double, maximum: Double) {
        self.positive = positive
        self.negative = negative
        self.zeros = zeros
        self.count = count
        self.minimum = minimum
        self.maximum = maximum
    }

    @inline(__always)
    static func bucket(ofMagnitude m: Double) -> Int {
        min(Int(m.bitPattern >> shift) - baseKey, bucketsPerSign - 1)
    }

    /// The value a bucket stands for: the midpoint of [lower, upper).
    static func midpoint(ofBucket b: Int) -> Double {
        let lower = Double(bitPattern: UInt64(b + baseKey) << shift)
        let upper = Double(bitPattern: UInt64(b + baseKey + 1) << shift)
        return (lower + upper) / 2
    }

    /// Adds one finite value.
    @inline(__always)
    package mutating func add(_ value: Double) {
        // −0 + 0 is +0: one zero, so the minimum and maximum never depend on which zero came
        // first (the order differs between thread counts and shards).
        let x = value + 0
        count += 1
        if x < minimum { minimum = x }
        if x > maximum { maximum = x }
        let m = abs(x)
        if m < Self.smallest {
            zeros += 1
        } else if x > 0 {
            positive.increment(Self.bucket(ofMagnitude: m))
        } else {
            negative.increment(Self.bucket(ofMagnitude: m))
        }
    }

    /// Adds every value of `other`.
    package mutating func merge(_ other: ValueSketch) {
        positive.merge(other.positive)
        negative.merge(other.negative)
        zeros += other.zeros
        count += other.count
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
    }

    /// Visits the non-empty buckets in ascending order of value with (value read back, count).
    package func forEachAscending(_ body: (Double, UInt64) -> Void) {
        for b in stride(from: negative.upperBound - 1, through: negative.low, by: -1) {
            let c = negative[b]
            if c > 0 { body(clamp(-Self.midpoint(ofBucket: b)), c) }
        }
        if zeros > 0 { body(clamp(0), zeros) }
        for b in positive.low..<positive.upperBound {
            let c = positive[b]
            if c > 0 { body(clamp(Self.midpoint(ofBucket: b)), c) }
        }
    }

    private func clamp(_ v: Double) -> Double { min(max(v, minimum), maximum) }

    /// The value of the k-th smallest item (1-based) for each rank, ranks ascending.
    package func values(atRanks ranks: [UInt64]) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(ranks.count)
        var seen: UInt64 = 0
        var next = 0
        forEachAscending { value, c in
            seen += c
            while next < ranks.count && ranks[next] <= seen {
                result.append(value)
                next += 1
            }
        }
        while result.count < ranks.count { result.append(maximum) }
        return result
    }

    /// The p-quantile for each level (ascending levels in [0, 1]): the ⌈p·n⌉-th smallest value
    /// (the smallest for p = 0).
    package func quantiles(_ levels: [Double]) -> [Double] {
        guard count > 0 else { return levels.map { _ in .nan } }
        let n = Double(count)
        let largest = Int(clamping: count)
        return values(atRanks: levels.map { UInt64(Int(truncating: (($0 * n) - 1e-9).rounded(.up), clampedTo: 1...largest)) })
    }

    /// The p-quantile (see `quantiles`).
    package func quantile(_ level: Double) -> Double { quantiles([level])[0] }

    /// Mean and (population) variance of the k smallest values.
    package func lowerTailMoments(count k: UInt64) -> (mean: Double, variance: Double) {
        guard k > 0 else { return (.nan, .nan) }
        let mean = lowerTailMean(count: k)
        var remaining = k
        var squares = 0.0
        forEachAscending { value, c in
            guard remaining > 0 else { return }
            let take = min(c, remaining)
            squares += (value - mean) * (value - mean) * Double(take)
            remaining -= take
        }
        return (mean, squares / Double(k))
    }

    /// Mean of the k smallest values.
    package func lowerTailMean(count k: UInt64) -> Double {
        guard k > 0 else { return .nan }
        var remaining = k
        var sum = 0.0
        forEachAscending { value, c in
            guard remaining > 0 else { return }
            let take = min(c, remaining)
            sum += value * Double(take)
            remaining -= take
        }
        return sum / Double(k)
    }

    /// Share of values read back as strictly below each of `thresholds` (ascending), in one pass
    /// over the buckets.
    package func fractionsBelow(_ thresholds: [Double]) -> [Double] {
        guard count > 0 else { return thresholds.map { _ in .nan } }
        var below: [UInt64] = []
        below.reserveCapacity(thresholds.count)
        var seen: UInt64 = 0
        forEachAscending { value, c in
            while below.count < thresholds.count && value >= thresholds[below.count] { below.append(seen) }
            seen += c
        }
        while below.count < thresholds.count { below.append(seen) }
        return below.map { Double($0) / Double(count) }
    }

    /// Histogram on `bins` equal-width bins over [lower, upper]; values outside fall in the end
    /// bins, however far outside (a bin index is clamped as a `Double`, before any conversion).
    package func histogram(bins: Int, lower: Double, upper: Double) -> [HistogramBin] {
        guard count > 0, bins > 0 else { return [] }
        let width = upper > lower ? (upper - lower) / Double(bins) : 1
        var counts = [UInt64](repeating: 0, count: bins)
        forEachAscending { value, c in
            let position = upper > lower ? ((value - lower) / width).rounded(.down) : 0
            counts[Int(truncating: position, clampedTo: 0...(bins - 1))] += c
        }
        let total = Double(count)
        return (0..<bins).map { (i: Int) -> HistogramBin in
            let from: Double = lower + Double(i) * width
            let share: Double = Double(counts[i]) / total
            return HistogramBin(lower: from, upper: from + width, share: share)
        }
    }
}

extension ValueSketch: CustomStringConvertible {
    /// A one-line summary (test failures print this, not the buckets).
    package var description: String {
        "ValueSketch(count: \(count), min: \(minimum), max: \(maximum), zeros: \(zeros))"
    }
}

/// A run of bucket counts covering bucket indices low..<low+counts.count, grown as values arrive.
/// Two runs are equal when every bucket holds the same count, whatever their allocated range.
struct BucketRun: Sendable, Equatable {
    static func == (a: BucketRun, b: BucketRun) -> Bool {
        let lower = min(a.low, b.low)
        let upper = max(a.upperBound, b.upperBound)
        for i in lower..<max(lower, upper) where a.count(at: i) != b.count(at: i) { return false }
        return true
    }

    /// The count of bucket b, 0 outside the allocated range.
    func count(at b: Int) -> UInt64 { b >= low && b < upperBound ? counts[b - low] : 0 }

    private(set) var low = 0
    private var counts: [UInt64] = []

    init() {}

    /// A run covering buckets low..<low+counts.count with these counts.
    init(low: Int, counts: [UInt64]) {
        self.low = low
        self.counts = counts
    }

    var upperBound: Int { low + counts.count }

    subscript(b: Int) -> UInt64 { counts[b - low] }

    @inline(__always)
    mutating func increment(_ b: Int) {
        let i = b - low
        if i >= 0 && i < counts.count {
            counts[i] &+= 1
        } else {
            cover(b)
            counts[b - low] &+= 1
        }
    }

    /// Grows the run so that it covers bucket b (with some slack to keep growth rare).
    mutating func cover(_ b: Int) {
        if counts.isEmpty {
            low = max(0, b - 256)
            counts = [UInt64](repeating: 0, count: min(ValueSketch.bucketsPerSign, b + 256) - low)
            return
        }
        let newLow = b < low ? max(0, b - 512) : low
        let newUpper = b >= upperBound ? min(ValueSketch.bucketsPerSign, b + 512) : upperBound
        var grown = [UInt64](repeating: 0, count: newUpper - newLow)
        grown.replaceSubrange((low - newLow)..<(upperBound - newLow), with: counts)
        low = newLow
        counts = grown
    }

    mutating func merge(_ other: BucketRun) {
        guard !other.counts.isEmpty else { return }
        cover(other.low)
        cover(other.upperBound - 1)
        for b in other.low..<other.upperBound { counts[b - low] &+= other[b] }
    }
}
