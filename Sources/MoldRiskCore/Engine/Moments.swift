/// Count, mean and sum of squared deviations of a stream of values (Welford's update), mergeable
/// with Chan et al.'s pairwise formula. Merging in a fixed order (chunk order) makes the result
/// independent of how many threads ran the chunks.
package struct Moments: Sendable, Equatable {
    package private(set) var count: Int = 0
    package private(set) var mean: Double = 0
    /// Σ (x − mean)².
    package private(set) var m2: Double = 0

    package init() {}

    /// Moments restored from their three numbers (a partial result read back from a file).
    package init(count: Int, mean: Double, m2: Double) {
        self.count = count
        self.mean = mean
        self.m2 = m2
    }

    /// Adds one value.
    @inline(__always)
    package mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }

    /// Adds every value summarised by `other`, as if they had come after this one's values.
    package mutating func merge(_ other: Moments) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let n = Double(count + other.count)
        let delta = other.mean - mean
        mean += delta * Double(other.count) / n
        m2 += other.m2 + delta * delta * Double(count) * Double(other.count) / n
        count += other.count
    }

    /// Sample variance (n − 1 denominator); 0 for fewer than two values.
    package var variance: Double { count > 1 ? max(0, m2 / Double(count - 1)) : 0 }
    /// Sample standard deviation.
    package var standardDeviation: Double { variance.squareRoot() }
    /// Standard error of the mean, sd / √n.
    package var standardError: Double { count > 0 ? standardDeviation / Double(count).squareRoot() : 0 }
}
