import MoldRiskCore

/// The standard error of a mean from the spread of its chunk means, for the stratified sampling
/// methods (DESIGN §8.3): within a chunk their trials are not independent, so sd/√n (which
/// assumes they are) overstates the error; the chunks are independent replicates.
///
/// With chunk c holding n_c trials of mean m_c, N = Σ n_c and m = Σ n_c·m_c / N, the variance of a
/// chunk mean is taken to scale as 1/n_c (σ²_eff/n_c), estimated from the C chunks as
/// s² = Σ n_c (m_c − m)² / (C − 1), and the standard error is √(s²/N): for equal chunks exactly
/// sd(chunk means)/√C. Unbiased for the variance (equal chunks); with C chunks its relative
/// error is about 1/√(2(C − 1)). Summed in chunk order, so it is the same for any thread count
/// and across shards.
enum ChunkSpread {
    /// The standard error from the chunks' moments of one quantity, in chunk order; nil for fewer
    /// than two non-empty chunks.
    static func standardError(_ chunks: [Moments]) -> Double? {
        let used = chunks.filter { $0.count > 0 }
        guard used.count >= 2 else { return nil }
        var total = Moments()
        for c in used { total.merge(Moments(count: c.count, mean: c.mean, m2: 0)) }
        let n = Double(total.count)
        // Between-chunk sum of squares Σ n_c (m_c − m)²: what the merge accumulated from the means.
        let spread = total.m2 / Double(used.count - 1)
        let se = (max(0, spread) / n).squareRoot()
        return se.isFinite ? se : nil
    }
}
