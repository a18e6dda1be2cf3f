import MoldRiskCore

/// The tornado's one pass over its trials, kept trial by trial: every uncertain input's value
/// and every cycle's profit at the planned stock. The rank correlations, the contribution to
/// variance, the scatter of profit against an input and the input-distribution charts all read
/// it, so no second trial loop exists for them. The chunks run in order on the calling thread:
/// the arrays are the same for any `--threads`.
struct SensitivityDraws {
    /// `[input][trial]`: the value the input took (`SensitivityInput.drawnValue`), NaN in a trial
    /// that did not use it (rework days and cost when no rework happened).
    var values: [[Double]]
    /// `[cycle][trial]`: profit at the planned stock.
    var profits: [[Double]]

    var trials: Int { profits.first?.count ?? 0 }

    /// Runs every trial of `plan` (a plan at its planned stock alone) through the engine's
    /// `TrialLoop`.
    init(_ plan: SimulationPlan, inputs: [SensitivityInput]) {
        var recorder = Recorder(inputs: inputs, cycleCount: plan.cycles.count, trials: plan.trials)
        let loop = TrialLoop(plan: plan)
        let scratch = TrialScratch(plan: plan)
        for c in 0..<plan.chunkCount { _ = loop.run(chunk: c, scratch: scratch, &recorder) }
        values = recorder.values
        profits = recorder.profits
    }

    /// Keeps each trial's input values and profits.
    private struct Recorder: TrialConsumer {
        let inputs: [SensitivityInput]
        var values: [[Double]]
        var profits: [[Double]]

        init(inputs: [SensitivityInput], cycleCount: Int, trials: Int) {
            self.inputs = inputs
            values = Array(repeating: [], count: inputs.count)
            profits = Array(repeating: [], count: cycleCount)
            for i in inputs.indices { values[i].reserveCapacity(trials) }
        }

        mutating func add(_ trial: EvaluatedTrial) {
            let draws = UnsafeBufferPointer(trial.draws)
            for i in inputs.indices {
                values[i].append(inputs[i].drawnValue(moldCost: trial.moldCost, draws: draws) ?? .nan)
            }
            for k in profits.indices { profits[k].append(trial.outcomes[k].profit) }
        }
    }

    /// Spearman's ρ between each input's values and each cycle's profit: `[input][cycle]`, over
    /// the trials where the input is part of the trial (rework days and cost over the trials with
    /// rework, issue 19 item 6); 0 when fewer than two such trials.
    func rankCorrelations() -> [[Double]] {
        let profitRanks = profits.map(RankCorrelation.ranks)
        return values.map { v in
            let used = v.indices.filter { !v[$0].isNaN }
            if used.count == v.count {
                let r = RankCorrelation.ranks(v)
                return profitRanks.map { RankCorrelation.pearson(r, $0) }
            }
            let r = RankCorrelation.ranks(used.map { v[$0] })
            return profits.map { p in RankCorrelation.pearson(r, RankCorrelation.ranks(used.map { p[$0] })) }
        }
    }
}
