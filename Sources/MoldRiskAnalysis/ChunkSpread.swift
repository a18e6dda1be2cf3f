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
///
/// The rule for using it (issue 19 item 7): an estimate of a variance from C chunk means has
/// C − 1 degrees of freedom, so a 95 % interval on it takes Student's t quantile with C − 1
/// degrees of freedom, not 1.96; and below `minimumChunks` even that claims too much, because a
/// few chunks can agree by chance (two chunks of a 20,000-trial run once gave a standard error
/// of ¥0.2 against a true ¥426), so there the independent trials' sd/√n is used instead (an
/// upper bound for the stratified methods).
package enum ChunkSpread {
    /// The fewest non-empty chunks whose spread is used.
    package static let minimumChunks = SamplingMethod.minimumChunks

    /// Non-empty chunks among `chunks`.
    static func usedChunks(_ chunks: [RunTotals]) -> Int {
        chunks.count { $0.trials > 0 }
    }

    /// The 95 % two-sided quantile for an interval on a standard error from `chunks` chunk means:
    /// Student's t with `chunks − 1` degrees of freedom.
    static func quantile95(chunks: Int) -> Double {
        Quantile.studentT(0.975, degreesOfFreedom: chunks - 1)
    }

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
