import MoldRiskCore

/// The tornado's one pass over its trials, kept trial by trial: every uncertain input's value
/// and every cycle's profit at the planned stock. The rank correlations, the contribution to
/// variance, the scatter of profit against an input and the input-distribution charts all read
/// it, so no second trial loop exists for them. The chunks run in order on the calling thread:
/// the arrays are the same for any `--threads`.
struct SensitivityDraws {
    /// `[input][trial]`: the value the tornado correlates (`SensitivityInput.drawnValue`).
    var values: [[Double]]
    /// `[input][trial]`: the draw from the input's own law, NaN in a trial that did not use it
    /// (rework days and cost when no rework happened).
    var lawValues: [[Double]]
    /// `[cycle][trial]`: profit at the planned stock.
    var profits: [[Double]]

    var trials: Int { profits.first?.count ?? 0 }

    /// Runs every trial of `plan` (a plan at its planned stock alone).
    init(_ plan: SimulationPlan, inputs: [SensitivityInput]) {
        let cycleCount = plan.cycles.count
        let evaluator = TrialEvaluator(plan: plan)
        var record = TrialRecord(cycleCount: cycleCount, stockCount: 1)
        values = Array(repeating: [], count: inputs.count)
        lawValues = Array(repeating: [], count: inputs.count)
        profits = Array(repeating: [], count: cycleCount)
        for i in inputs.indices {
            values[i].reserveCapacity(plan.trials)
            lawValues[i].reserveCapacity(plan.trials)
        }
        for c in 0..<plan.chunkCount {
            let streams = ChunkStreams(plan: plan, chunk: c)
            for _ in plan.trialRange(ofChunk: c) {
                evaluator.evaluate(streams, into: &record)
                for i in inputs.indices {
                    values[i].append(inputs[i].drawnValue(record))
                    lawValues[i].append(inputs[i].lawValue(record) ?? .nan)
                }
                for k in 0..<cycleCount { profits[k].append(record.outcomes[k].profit) }
            }
        }
    }

    /// Spearman's ρ between each input's values and each cycle's profit: `[input][cycle]`.
    func rankCorrelations() -> [[Double]] {
        let profitRanks = profits.map(RankCorrelation.ranks)
        return values.map { v in
            let r = RankCorrelation.ranks(v)
            return profitRanks.map { RankCorrelation.pearson(r, $0) }
        }
    }
}

extension SensitivityInput {
    /// The draw from this input's own law in a trial, nil when the trial did not use one (rework
    /// days and cost without rework); rework itself as 1 (happened) or 0.
    func lawValue(_ record: TrialRecord) -> Double? {
        switch self {
        case let .reworkDays(k), let .reworkCost(k):
            return record.draws[k].reworked ? drawnValue(record) : nil
        default:
            return drawnValue(record)
        }
    }
}
