/// What a sketch's parts say about the values it holds, to check a sketch read from a file
/// (a shard's partial result) against itself and against the exact totals of the same trials.
extension ValueSketch {
    /// A value's bucket in ascending order of value: 0 for the zero bucket, `b + 1` for positive
    /// bucket b, `-(b + 1)` for negative bucket b.
    static func orderedBucket(of x: Double) -> Int {
        let m = abs(x)
        if !(m >= smallest) { return 0 }
        let b = bucket(ofMagnitude: m) + 1
        return x > 0 ? b : -b
    }

    /// The lowest and highest non-empty buckets (see `orderedBucket`); nil for an empty sketch.
    var occupiedBuckets: (lowest: Int, highest: Int)? {
        guard count > 0 else { return nil }
        let negatives = (negative.low..<negative.upperBound).filter { negative.count(at: $0) > 0 }
        let positives = (positive.low..<positive.upperBound).filter { positive.count(at: $0) > 0 }
        let lowest = negatives.last.map { -($0 + 1) } ?? (zeros > 0 ? 0 : positives.first.map { $0 + 1 })
        let highest = positives.last.map { $0 + 1 } ?? (zeros > 0 ? 0 : negatives.first.map { -($0 + 1) })
        guard let lowest, let highest else { return nil }
        return (lowest, highest)
    }

    /// Why the minimum and maximum cannot be the sketch's own extremes, or nil: the minimum went
    /// into the lowest non-empty bucket and the maximum into the highest, so each must lie in it.
    var extremesProblem: String? {
        guard let occupied = occupiedBuckets else { return count > 0 ? "no bucket holds its \(count) values" : nil }
        if Self.orderedBucket(of: minimum) != occupied.lowest {
            return "min \(minimum) does not lie in its lowest non-empty bucket"
        }
        if Self.orderedBucket(of: maximum) != occupied.highest {
            return "max \(maximum) does not lie in its highest non-empty bucket"
        }
        return nil
    }

    /// The least and greatest sum the values can have, given each bucket's bounds cut to
    /// [minimum, maximum] (the outermost buckets reach to the minimum or maximum).
    var sumBounds: (lower: Double, upper: Double) {
        var lower = 0.0
        var upper = 0.0
        func add(_ lo: Double, _ hi: Double, _ c: UInt64) {
            lower += Swift.max(lo, minimum) * Double(c)
            upper += Swift.min(hi, maximum) * Double(c)
        }
        let last = Self.bucketsPerSign - 1
        for b in positive.low..<positive.upperBound where positive.count(at: b) > 0 {
            add(Self.lowerEdge(ofBucket: b), b == last ? maximum : Self.lowerEdge(ofBucket: b + 1), positive.count(at: b))
        }
        for b in negative.low..<negative.upperBound where negative.count(at: b) > 0 {
            add(b == last ? minimum : -Self.lowerEdge(ofBucket: b + 1), -Self.lowerEdge(ofBucket: b), negative.count(at: b))
        }
        if zeros > 0 { add(-Self.smallest, Self.smallest, zeros) }
        return (lower, upper)
    }

    /// Values in negative buckets (all below 0), and in the zero bucket (each within ±2⁻²⁰, of either sign).
    var signCounts: (negative: UInt64, nearZero: UInt64) { (negative.total, zeros) }

    /// The smallest magnitude of bucket b.
    static func lowerEdge(ofBucket b: Int) -> Double {
        Double(bitPattern: UInt64(b + baseKey) << shift)
    }
}
