import MoldRiskAnalysis
import MoldRiskCore

/// The sampling method and the correlations in English (DESIGN §8.3).
extension EnglishStrings {
    package func samplingMethod(_ method: SamplingMethod) -> String {
        switch method {
        case .random: "random (independent draws)"
        case .latinHypercube: "Latin hypercube (stratified within each chunk)"
        case .sobol: "Sobol (gsl_qrng_sobol, a random shift per chunk)"
        }
    }

    package var samplingRandomNote: String { "; standard errors sd/√n" }

    package func effectiveTrials(cycle: String, trials: Double, ratio: String) -> String {
        "\(cycle) \(Fmt.units(trials)) (variance ratio \(ratio))"
    }

    package func samplingChunkSpread(chunks: Int, figures: [String]) -> String {
        "; every input drawn by its inverse CDF; standard errors of expected profits and of the "
            + "paired differences from the spread of the \(Fmt.units(Double(chunks))) chunk means "
            + "(sd/√n would overstate them); effective trials of expected profit (the random trials that "
            + "would give the same standard error): " + figures.joined(separator: ", ")
            + "; P(loss) intervals are those of independent trials (conservative)"
    }

    package func samplingRoughErrors(chunks: Int, relativeError: Double) -> String {
        "; from \(chunks) chunks these standard errors are rough (relative error about "
            + "\(Fmt.percent(relativeError)); use 200,000 trials or more for steady ones)"
    }

    package func samplingFewChunks(chunks: Int, minimumChunks: Int, minimumTrials: Int) -> String {
        let few = chunks == 1 ? "a single chunk gives no spread of chunk means"
            : "the spread of only \(chunks) chunk means is no guide (a few chunks can agree by chance)"
        return "; \(few), so the standard errors and 95 % intervals are those of independent trials, sd/√n, "
            + "an upper bound (use at least \(minimumChunks) chunks, \(Fmt.units(Double(minimumTrials))) trials, "
            + "for the method's own)"
    }

    package func samplingStudentT(degreesOfFreedom: Int, quantile: Double) -> String {
        "; their 95 % intervals take Student's t with \(degreesOfFreedom) degrees of freedom "
            + "(± \(Fmt.fixed(quantile, places: 3)) standard errors, not 1.96)"
    }

    package func correlationsText(_ list: [String]) -> String {
        "Spearman rank correlations drawn by a Gaussian copula (Cholesky factor of "
            + "2·sin(π·ρ/6), each input through its own inverse CDF, so every marginal law is unchanged): "
            + list.joined(separator: "; ") + ". For rework, a yes/no event, the rank correlation is that of the "
            + "uniform it is drawn from. The tornado holds one input at a time and leaves its correlated "
            + "partners as drawn: each bar is the input's own effect; its rank correlation with profit "
            + "includes its partners'"
    }
}
