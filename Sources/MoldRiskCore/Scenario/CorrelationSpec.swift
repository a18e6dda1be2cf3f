import Foundation

/// One `[[correlation]]` entry of a scenario (DESIGN §8.3): a Spearman rank correlation between two
/// random inputs, within a cycle or across cycles, drawn by a Gaussian copula (`GaussianCopula`).
/// Validated: both inputs random and distinct, the pair given once, |rank| ≤ 1, and every entry
/// together with the others a positive semi-definite matrix of `2·sin(π·rank/6)`.
package struct CorrelationSpec: Sendable, Equatable {
    /// The first input of `between`.
    package var first: RandomInput
    /// The second input of `between`.
    package var second: RandomInput
    /// The key paths as written in `between`, for reports.
    package var paths: [TOMLPath]
    /// Spearman's rank correlation ρ, in [−1, 1].
    package var rank: Double

    package init(first: RandomInput, second: RandomInput, paths: [TOMLPath], rank: Double) {
        self.first = first
        self.second = second
        self.paths = paths
        self.rank = rank
    }

    /// The two inputs' key paths for reports: as written in `between`, or (for a spec built in
    /// code without them) the paths reports name the inputs by.
    package func names(in scenario: Scenario) -> [TOMLPath] {
        paths.count == 2 ? paths : [first.keyPath(in: scenario), second.keyPath(in: scenario)]
    }

    /// The correlation of the copula's normals that gives rank correlation ρ: `2·sin(π·ρ/6)`
    /// (Pearson's identity for the Gaussian copula; exact at ρ = 0 and ±1).
    package var normalCorrelation: Double { Self.normalCorrelation(rank: rank) }

    /// `2·sin(π·ρ/6)`, clamped to [−1, 1].
    package static func normalCorrelation(rank: Double) -> Double {
        min(1, max(-1, 2 * sin(Double.pi * rank / 6)))
    }
}

/// How every input's uniforms are made (`scenario.sampling`, DESIGN §8.3).
package enum SamplingMethod: String, Sendable, Equatable, CaseIterable {
    /// Independent draws (the default): each trial from the chunk's streams.
    case random
    /// Latin hypercube: within each chunk, each input's uniforms fall one in each of n equal
    /// strata, in a fresh random order per input and chunk.
    case latinHypercube = "latin_hypercube"
    /// Sobol points (`gsl_qrng_sobol`) with a random shift per chunk (Cranley–Patterson).
    case sobol

    /// True for the methods whose trials within a chunk are not independent: their standard errors
    /// come from the spread of the chunk means.
    package var isStratified: Bool { self != .random }

    /// The fewest chunks whose means' spread gives a stratified method's standard errors; below
    /// it they are those of independent trials (`ChunkSpread` in MoldRiskAnalysis), and `check`
    /// and `run` warn (`Scenario.warnings(trials:)`).
    package static let minimumChunks = 10
}
