import MoldRiskCore

/// How a run that uses DESIGN §8.3 drew its inputs, for the report's method section: the sampling
/// method, how many correlations tie its inputs, and per cycle the variance ratio of expected
/// profit at the planned stock against random sampling. Absent (nil in `MethodInfo`) for random
/// sampling without correlations.
package struct SamplingInfo: Sendable, Equatable {
    package var method: SamplingMethod
    /// `[[correlation]]` entries (drawn by the Gaussian copula).
    package var correlations: Int
    /// True when the standard errors come from the spread of the chunk means (a stratified
    /// method with at least `ChunkSpread.minimumChunks` chunks); false when they are sd/√n.
    package var fromChunkSpread = false
    /// Non-empty chunks the run kept (0 when it kept none: random sampling).
    package var chunks = 0
    /// The quantile of the 95 % intervals on means: Student's t with `chunks − 1` degrees of
    /// freedom when `fromChunkSpread`, else 1.96 (`RunAnalysis.intervalQuantile`).
    package var intervalQuantile = ConfidenceInterval.z95
    /// Per cycle, in scenario order: (sd²/n) ÷ SE² of expected profit at the planned stock, 1 when
    /// the standard error is sd/√n.
    package var varianceRatios: [Double] = []

    package init(method: SamplingMethod, correlations: Int) {
        self.method = method
        self.correlations = correlations
    }

    /// Effective trials of cycle k: the random trials that would give the same standard error.
    package func effectiveTrials(cycle k: Int, trials: Int) -> Double {
        Double(trials) * (varianceRatios.indices.contains(k) ? varianceRatios[k] : 1)
    }
}
