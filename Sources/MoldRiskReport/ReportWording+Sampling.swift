import MoldRiskAnalysis
import MoldRiskCore

/// The method section's rows for a scenario that uses DESIGN §8.3: the sampling method with its
/// effective trials, the correlations and how the tornado treats them. None for random sampling
/// without correlations (that report is unchanged).
extension ReportWording {
    /// The rows, label then text.
    static func samplingRows(_ result: RunResult) -> [(String, String)] {
        guard let sampling = result.method.sampling else { return [] }
        var rows: [(String, String)] = []
        var text = sampling.method.title
        switch sampling.method {
        case .random:
            text += "; standard errors sd/√n"
        case .latinHypercube, .sobol:
            if sampling.fromChunkSpread {
                let figures = result.cycles.indices.map { k in
                    let ratio = sampling.varianceRatios.indices.contains(k) ? sampling.varianceRatios[k] : 1
                    return "\(result.cycles[k].name) \(Fmt.units(sampling.effectiveTrials(cycle: k, trials: result.trials))) "
                        + "(variance ratio \(ratioText(ratio)))"
                }
                text += "; every input drawn by its inverse CDF; standard errors of expected profits and of the "
                    + "paired differences from the spread of the \(Fmt.units(Double(result.method.chunks))) chunk means "
                    + "(sd/√n would overstate them); effective trials of expected profit (the random trials that "
                    + "would give the same standard error): " + figures.joined(separator: ", ")
                    + "; P(loss) intervals are those of independent trials (conservative)"
                let chunks = result.method.chunks
                if chunks < 20 {
                    let error = 1 / (2 * Double(max(1, chunks - 1))).squareRoot()
                    text += "; from \(chunks) chunks these standard errors are rough (relative error about "
                        + "\(Fmt.percent(error)); use 200,000 trials or more for steady ones)"
                }
            } else {
                text += "; a single chunk gives no spread of chunk means, so the standard errors are sd/√n, "
                    + "an upper bound (use at least 2 chunks, \(Fmt.units(Double(2 * SimulationPlan.chunkSize))) "
                    + "trials, for the method's own)"
            }
        }
        rows.append(("Sampling", text))
        if sampling.correlations > 0 {
            let list = result.scenario.correlations.map { c in
                c.names(in: result.scenario).map(\.description).joined(separator: " ~ ") + " " + Fmt.fixed(c.rank, places: 2)
            }
            rows.append(("Correlations", "Spearman rank correlations drawn by a Gaussian copula (Cholesky factor of "
                + "2·sin(π·ρ/6), each input through its own inverse CDF, so every marginal law is unchanged): "
                + list.joined(separator: "; ") + ". For rework, a yes/no event, the rank correlation is that of the "
                + "uniform it is drawn from. The tornado holds one input at a time and leaves its correlated "
                + "partners as drawn: each bar is the input's own effect; its rank correlation with profit "
                + "includes its partners'"))
        }
        return rows
    }

    /// A variance ratio as "14.2×" (one decimal below 100, whole above).
    static func ratioText(_ r: Double) -> String {
        r >= 100 ? "\(Fmt.units(r))×" : "\(Fmt.fixed(r, places: 1))×"
    }
}
