import MoldRiskCore

/// The tornado of DESIGN's decision analysis: for each uncertain input, expected profit and
/// P(loss) at the planned stock with the input held at its P10 and at its P90 (a yes/no event:
/// never and always) while every other input varies — on the same trials (common random
/// numbers: pinned inputs still consume their random numbers), so the bars are differences of
/// paired runs, not noise — and the Spearman rank correlation of the input's draws with profit.
///
/// It runs on the first `min(trials, maxTrials)` trials of the run's own streams, at the
/// planned stock only. Its centre (`CycleTornado.baseline`) is the expected profit on exactly
/// those trials with every input varying, so an input without effect sits on it with zero swing.
package enum Sensitivity {
    /// Trials used for the tornado at most.
    package static let maxTrials = RunCost.Extent.tornadoTrials
    /// The quantiles an input is held at.
    static let levels = (low: 0.10, high: 0.90)

    /// Every cycle's tornado on the first `min(trials, maxTrials)` trials of the plan's streams
    /// (`trials` defaults to the plan's), bars ordered as `CycleTornado.bars` documents.
    package static func tornadoes(_ plan: SimulationPlan, trials: Int? = nil, threads: Int) -> [CycleTornado] {
        let scenario = plan.scenario.atPlannedStockOnly
        let trials = max(1, min(trials ?? plan.trials, plan.trials, maxTrials))
        let base = SimulationPlan(scenario: scenario, trials: trials, seed: plan.seed)
        let inputs = SensitivityInput.all(in: scenario)
        let correlations = rankCorrelations(base, inputs: inputs)
        let baseline = Simulation.run(base, threads: threads).totals
        var bars = Array(repeating: [SensitivityBar](), count: scenario.cycles.count)
        for (i, input) in inputs.enumerated() {
            let lowPlan = input.isEvent ? input.pinningEvent(base, happens: false) : input.pinning(base, atQuantile: levels.low)
            let highPlan = input.isEvent ? input.pinningEvent(base, happens: true) : input.pinning(base, atQuantile: levels.high)
            let held: SensitivityBar.Held
            if input.isEvent, let k = input.cycle {
                held = .event(probability: scenario.cycles[k].reworkProbability)
            } else {
                held = .input(unit: input.unit(in: scenario), atP10: input.heldValue(in: lowPlan),
                              atP90: input.heldValue(in: highPlan))
            }
            // A cycle's own input is re-run on that cycle alone (same streams, same trials).
            let affected = input.cycle.map { [$0] } ?? Array(scenario.cycles.indices)
            let only = input.cycle
            let low = Simulation.run(only.map(lowPlan.restricted(toCycle:)) ?? lowPlan, threads: threads).totals
            let high = Simulation.run(only.map(highPlan.restricted(toCycle:)) ?? highPlan, threads: threads).totals
            for k in affected {
                let cell = low.cell(only == nil ? k : 0, 0)
                bars[k].append(SensitivityBar(
                    input: input.keyPath(in: scenario), held: held,
                    expectedProfitAtP10: low.profit[cell].mean, expectedProfitAtP90: high.profit[cell].mean,
                    probabilityOfLossAtP10: Double(low.losses[cell]) / Double(trials),
                    probabilityOfLossAtP90: Double(high.losses[cell]) / Double(trials),
                    rankCorrelation: correlations[i][k]))
            }
        }
        return bars.indices.map { k in
            CycleTornado(baseline: baseline.profit[baseline.cell(k, 0)].mean, trials: trials, bars: ordered(bars[k]))
        }
    }

    /// Continuous inputs widest swing first, then events widest first; ties by key path as printed.
    static func ordered(_ bars: [SensitivityBar]) -> [SensitivityBar] {
        bars.sorted {
            if $0.isEvent != $1.isEvent { return !$0.isEvent }
            return $0.swing != $1.swing ? $0.swing > $1.swing : $0.input.description < $1.input.description
        }
    }

    /// Spearman's ρ between each input's draws and each cycle's profit over the plan's trials
    /// where the input is part of the trial (`drawnValue`: rework days and cost over the trials
    /// with rework): `[input][cycle]`; 0 when fewer than two such trials.
    static func rankCorrelations(_ plan: SimulationPlan, inputs: [SensitivityInput]) -> [[Double]] {
        let cycleCount = plan.cycles.count
        let evaluator = TrialEvaluator(plan: plan)
        var record = TrialRecord(cycleCount: cycleCount, stockCount: 1)
        var values = Array(repeating: [Double](), count: inputs.count)
        // Per input, the trials its values come from; nil while that is every trial.
        var trialsOf = Array(repeating: [Int]?.none, count: inputs.count)
        var profits = Array(repeating: [Double](), count: cycleCount)
        var t = 0
        for c in 0..<plan.chunkCount {
            let streams = ChunkStreams(plan: plan, chunk: c)
            for _ in plan.trialRange(ofChunk: c) {
                evaluator.evaluate(streams, into: &record)
                for i in inputs.indices {
                    if let v = inputs[i].drawnValue(record) {
                        values[i].append(v)
                        trialsOf[i]?.append(t)
                    } else if trialsOf[i] == nil {
                        trialsOf[i] = Array(0..<t)
                    }
                }
                for k in 0..<cycleCount { profits[k].append(record.outcomes[k].profit) }
                t += 1
            }
        }
        let profitRanks = profits.map(RankCorrelation.ranks)
        return values.indices.map { i in
            let r = RankCorrelation.ranks(values[i])
            guard let trials = trialsOf[i] else { return profitRanks.map { RankCorrelation.pearson(r, $0) } }
            return profits.map { p in RankCorrelation.pearson(r, RankCorrelation.ranks(trials.map { p[$0] })) }
        }
    }
}

/// One cycle's tornado: its bars and their centre.
package struct CycleTornado: Sendable, Equatable {
    /// Expected profit at the planned stock on the tornado's trials, every input varying.
    package var baseline: Double
    /// The trials the bars and the baseline use.
    package var trials: Int
    /// Continuous inputs widest swing first, then events widest first.
    package var bars: [SensitivityBar]
}

/// Spearman rank correlation: Pearson's correlation of average ranks (ties share their mean rank).
enum RankCorrelation {
    /// 1-based ranks, ties given the average of the ranks they span.
    static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for t in i...j { ranks[order[t]] = average }
            i = j + 1
        }
        return ranks
    }

    /// Pearson's correlation; 0 when either side has no spread.
    static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        var ma = Moments()
        var mb = Moments()
        for v in a { ma.add(v) }
        for v in b { mb.add(v) }
        var cross = 0.0
        for i in a.indices { cross += (a[i] - ma.mean) * (b[i] - mb.mean) }
        guard ma.m2 > 0, mb.m2 > 0 else { return 0 }
        return max(-1, min(1, cross / (ma.m2 * mb.m2).squareRoot()))
    }
}
