import MoldRiskCore

/// Profit at the planned stock against one input, trial by trial, on a deterministic sample of
/// the tornado's trials (every `step`-th trial from the first): the scatter chart Crystal Ball
/// and @RISK users read beside the tornado. The trials come from `SensitivityDraws`, run in
/// chunk order on one thread, so the sample is the same for any `--threads`.
package struct ScatterSample: Sendable, Equatable {
    /// At most this many points are drawn.
    package static let maxPoints = 1_000

    /// The input on the horizontal axis (its key path) and its unit.
    package var input: TOMLPath
    package var unit: SensitivityUnit
    /// Its Spearman rank correlation with profit over all the tornado's trials.
    package var rankCorrelation: Double
    /// Trials the sample was taken from, and the step between sampled trials.
    package var trials: Int
    package var step: Int
    /// (input value, profit) of trials 0, step, 2·step, … in trial order.
    package var points: [ScatterPoint]

    /// The scatter of cycle `k` against its input that matters most: the first continuous bar
    /// of its tornado (the widest swing, as the tornado shows it first); nil without one.
    static func mostImportant(_ bars: [SensitivityBar], cycle k: Int, inputs: [SensitivityInput],
                              draws: SensitivityDraws, scenario: Scenario) -> ScatterSample? {
        guard case let .input(unit, _, _)? = bars.first(where: { !$0.isEvent })?.held,
              let bar = bars.first(where: { !$0.isEvent }),
              let i = inputs.firstIndex(where: { ($0.cycle == nil || $0.cycle == k) && $0.keyPath(in: scenario) == bar.input })
        else { return nil }
        let n = draws.trials
        let step = max(1, (n + maxPoints - 1) / maxPoints)
        // A trial that did not use the input (rework days without rework) has no point.
        let points = stride(from: 0, to: n, by: step).filter { !draws.values[i][$0].isNaN }.map {
            ScatterPoint(input: draws.values[i][$0], profit: draws.profits[k][$0])
        }
        return ScatterSample(input: bar.input, unit: unit, rankCorrelation: bar.rankCorrelation, trials: n, step: step,
                             points: points)
    }
}

/// One trial of a scatter: the input's value and the profit.
package struct ScatterPoint: Sendable, Equatable {
    package var input: Double
    package var profit: Double
}
