import MoldRiskAnalysis
import MoldRiskCore

/// The method section's rows for a scenario that uses DESIGN §8.3: the sampling method with its
/// effective trials, the correlations and how the tornado treats them. None for random sampling
/// without correlations (that report is unchanged). The words come from the string table.
extension ReportWording {
    /// The rows, label then text, in the language of `words`.
    static func samplingRows(_ result: RunResult, words: any ReportStrings = EnglishStrings()) -> [(String, String)] {
        guard let sampling = result.method.sampling else { return [] }
        var rows: [(String, String)] = []
        var text = words.samplingMethod(sampling.method)
        switch sampling.method {
        case .random:
            text += words.samplingRandomNote
        case .latinHypercube, .sobol:
            if sampling.fromChunkSpread {
                let figures = result.cycles.indices.map { k in
                    let ratio = sampling.varianceRatios.indices.contains(k) ? sampling.varianceRatios[k] : 1
                    return words.effectiveTrials(cycle: result.cycles[k].name,
                                                 trials: sampling.effectiveTrials(cycle: k, trials: result.trials),
                                                 ratio: ratioText(ratio))
                }
                let chunks = sampling.chunks
                text += words.samplingChunkSpread(chunks: chunks, figures: figures)
                text += words.samplingStudentT(degreesOfFreedom: chunks - 1, quantile: sampling.intervalQuantile)
                if chunks < 20 {
                    let error = 1 / (2 * Double(max(1, chunks - 1))).squareRoot()
                    text += words.samplingRoughErrors(chunks: chunks, relativeError: error)
                }
            } else {
                text += words.samplingFewChunks(chunks: max(1, sampling.chunks), minimumChunks: ChunkSpread.minimumChunks,
                                                minimumTrials: ChunkSpread.minimumChunks * SimulationPlan.chunkSize)
            }
        }
        rows.append((words.phrase(.samplingLabel), text))
        if sampling.correlations > 0 {
            let list = result.scenario.correlations.map { c in
                c.names(in: result.scenario).map(\.description).joined(separator: " ~ ") + " " + Fmt.fixed(c.rank, places: 2)
            }
            rows.append((words.phrase(.correlationsLabel), words.correlationsText(list)))
        }
        return rows
    }

    /// A variance ratio as "14.2×" (one decimal below 100, whole above).
    static func ratioText(_ r: Double) -> String {
        r >= 100 ? "\(Fmt.units(r))×" : "\(Fmt.fixed(r, places: 1))×"
    }
}
