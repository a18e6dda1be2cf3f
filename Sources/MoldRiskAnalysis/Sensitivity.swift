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
        analyse(plan, trials: trials, threads: threads).tornadoes
    }

    /// The tornadoes (each bar with its contribution to variance, each cycle with its scatter of
    /// profit against the input that matters most) and every uncertain input as drawn, all from
    /// one pass over the same first `min(trials, maxTrials)` trials (`SensitivityDraws`).
    package static func analyse(_ plan: SimulationPlan, trials: Int? = nil, threads: Int) -> SensitivityAnalysis {
        let scenario = plan.scenario.atPlannedStockOnly
        let trials = max(1, min(trials ?? plan.trials, plan.trials, maxTrials))
        let base = SimulationPlan(scenario: scenario, trials: trials, seed: plan.seed)
        let inputs = SensitivityInput.all(in: scenario)
        let draws = SensitivityDraws(base, inputs: inputs)
        let correlations = draws.rankCorrelations()
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
        let tornadoes = bars.indices.map { k in
            let cycleBars = ordered(VarianceContribution.shared(bars[k]))
            return CycleTornado(baseline: baseline.profit[baseline.cell(k, 0)].mean, trials: trials, bars: cycleBars,
                                scatter: ScatterSample.mostImportant(cycleBars, cycle: k, inputs: inputs, draws: draws,
                                                                     scenario: scenario))
        }
        return SensitivityAnalysis(tornadoes: tornadoes,
                                   inputs: inputs.indices.compactMap { InputDistribution.of(inputs[$0], draws: draws.values[$0], plan: base) })
    }

    /// Continuous inputs widest swing first, then events widest first; ties by key path as printed.
    static func ordered(_ bars: [SensitivityBar]) -> [SensitivityBar] {
        bars.sorted {
            if $0.isEvent != $1.isEvent { return !$0.isEvent }
            return $0.swing != $1.swing ? $0.swing > $1.swing : $0.input.description < $1.input.description
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
    /// Profit against the input that matters most, on a deterministic sample of the same trials;
    /// nil when the cycle has no continuous input.
    package var scatter: ScatterSample? = nil
}

/// What the tornado's pass yields: the tornadoes and every uncertain input as drawn.
package struct SensitivityAnalysis: Sendable, Equatable {
    /// Every cycle's tornado, in cycle order.
    package var tornadoes: [CycleTornado]
    /// The uncertain inputs in `RandomInput.all` order, each as drawn on the tornado's trials.
    package var inputs: [InputDistribution]
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
