import MoldRiskCore

/// The standard errors of a stratified run (DESIGN §8.3) and the method facts reports state.
extension RunAnalysis {
    /// True when the standard errors of means come from the spread of the chunk means: Latin
    /// hypercube or Sobol sampling with at least `ChunkSpread.minimumChunks` non-empty chunks kept
    /// in `output`. Below that they are sd/√n of independent trials (conservative; `ChunkSpread`).
    static func usesChunkSpread(_ plan: SimulationPlan, _ output: SimulationOutput) -> Bool {
        usesChunkSpread(stratified: plan.scenario.sampling.isStratified, chunks: ChunkSpread.usedChunks(output.chunkTotals))
    }

    /// The same rule on a run's facts: stratified, with `chunks` non-empty chunks.
    static func usesChunkSpread(stratified: Bool, chunks: Int) -> Bool {
        stratified && chunks >= ChunkSpread.minimumChunks
    }

    /// The quantile every 95 % interval on a `meanStandardError` takes, and every judgement made
    /// from one ("clear", "within tolerance"): Student's t with chunks − 1 degrees of freedom when
    /// the standard error comes from the chunk means' spread, else the normal 1.96.
    package static func intervalQuantile(_ plan: SimulationPlan, _ output: SimulationOutput) -> Double {
        intervalQuantile(stratified: plan.scenario.sampling.isStratified, chunks: ChunkSpread.usedChunks(output.chunkTotals))
    }

    /// The same quantile on a run's facts: stratified, with `chunks` non-empty chunks.
    static func intervalQuantile(stratified: Bool, chunks: Int) -> Double {
        usesChunkSpread(stratified: stratified, chunks: chunks) ? ChunkSpread.quantile95(chunks: chunks) : ConfidenceInterval.z95
    }

    /// The 95 % interval of the mean `pick` reads from the totals: mean ± `intervalQuantile` ×
    /// `meanStandardError`.
    package static func meanInterval(_ plan: SimulationPlan, _ output: SimulationOutput,
                                     _ pick: (RunTotals) -> Moments) -> ClosedInterval {
        ConfidenceInterval.normal(mean: pick(output.totals).mean, standardError: meanStandardError(plan, output, pick),
                                  z: intervalQuantile(plan, output))
    }

    /// The standard error of the mean `pick` reads from the totals: from the spread of the chunk
    /// means (`ChunkSpread`) when `usesChunkSpread`, else sd/√n. Expected profits (per cycle and
    /// stock level) and paired differences use it; P(loss) intervals stay the Wilson ones of
    /// independent trials (conservative for the stratified methods). An interval on it takes
    /// `intervalQuantile`.
    package static func meanStandardError(_ plan: SimulationPlan, _ output: SimulationOutput,
                                  _ pick: (RunTotals) -> Moments) -> Double {
        if usesChunkSpread(plan, output), let se = ChunkSpread.standardError(output.chunkTotals.map(pick)) { return se }
        return pick(output.totals).standardError
    }

    /// The same rule on one quantity's moments over the whole run and per chunk (in chunk order):
    /// from the chunk means' spread when the run is stratified and has at least
    /// `ChunkSpread.minimumChunks` non-empty chunks, else sd/√n.
    package static func meanStandardError(stratified: Bool, total: Moments, chunks: [Moments]) -> Double {
        if usesChunkSpread(stratified: stratified, chunks: chunks.count { $0.count > 0 }),
           let se = ChunkSpread.standardError(chunks) { return se }
        return total.standardError
    }

    /// The sampling facts of a scenario that uses DESIGN §8.3 (nil otherwise, so a plain random
    /// run's result is unchanged): method, correlations, and per cycle the variance ratio of
    /// expected profit at the planned stock, (sd²/n) ÷ SE², the factor by which the method's
    /// trials count more than random ones (effective trials = n × ratio).
    static func samplingInfo(_ plan: SimulationPlan, _ output: SimulationOutput) -> SamplingInfo? {
        guard plan.sampling != nil else { return nil }
        let scenario = plan.scenario
        var info = SamplingInfo(method: scenario.sampling, correlations: scenario.correlations.count)
        info.fromChunkSpread = usesChunkSpread(plan, output)
        info.chunks = ChunkSpread.usedChunks(output.chunkTotals)
        info.intervalQuantile = intervalQuantile(plan, output)
        for k in plan.cycles.indices {
            let cell = output.totals.cell(k, plan.plannedStockIndex)
            let random = output.totals.profit[cell].standardError
            let se = meanStandardError(plan, output) { $0.profit[cell] }
            let ratio = se > 0 ? (random * random) / (se * se) : 1
            info.varianceRatios.append(ratio.isFinite ? ratio : 1)
        }
        return info
    }
}
