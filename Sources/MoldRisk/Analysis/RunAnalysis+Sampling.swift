/// The standard errors of a stratified run (DESIGN §8.3) and the method facts reports state.
extension RunAnalysis {
    /// With Latin hypercube or Sobol sampling and at least two chunks kept in `output`, replaces
    /// the random-sampling standard errors of expected profits (per cycle and stock level) and of
    /// the paired differences with those from the spread of the chunk means (`ChunkSpread`), and
    /// records the variance ratio per cycle: (sd²/n) ÷ SE², the factor by which the method's trials
    /// count more than random ones (effective trials = n × ratio). P(loss) intervals stay the
    /// Wilson ones of independent trials (conservative). Any scenario using DESIGN §8.3 records
    /// its method and correlations; a plain random run is left exactly as it was.
    static func applySampling(to result: inout RunResult, plan: SimulationPlan, output: SimulationOutput) {
        let scenario = plan.scenario
        guard plan.sampling != nil else { return }
        var sampling = SamplingInfo(method: scenario.sampling, correlations: scenario.correlations.count)
        let chunks = output.chunkTotals
        let stratified = scenario.sampling.isStratified && chunks.count >= 2
        sampling.fromChunkSpread = stratified
        let planned = plan.plannedStockIndex
        for k in result.cycles.indices {
            let cell = output.totals.cell(k, planned)
            let random = output.totals.profit[cell].standardError
            var se = random
            if stratified {
                for j in result.cycles[k].stockCurve.indices {
                    let c = output.totals.cell(k, j)
                    if let s = ChunkSpread.standardError(chunks.map { $0.profit[c] }) {
                        result.cycles[k].stockCurve[j].expectedProfitSE = s
                    }
                }
                if let s = ChunkSpread.standardError(chunks.map { $0.profit[cell] }) { se = s }
                result.cycles[k].profit.se = se
                result.cycles[k].standardErrors.expectedProfit = se
            }
            let ratio = se > 0 ? (random * random) / (se * se) : 1
            sampling.varianceRatios.append(ratio.isFinite ? ratio : 1)
        }
        if stratified {
            for p in result.comparisons.indices {
                guard let s = ChunkSpread.standardError(chunks.map { $0.difference[p] }) else { continue }
                let mean = result.comparisons[p].expectedProfitDifference
                result.comparisons[p].ci = ConfidenceInterval.normal(mean: mean, standardError: s)
            }
        }
        result.method.sampling = sampling
    }
}
