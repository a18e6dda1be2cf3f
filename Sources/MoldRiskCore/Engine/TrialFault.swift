/// An impossible value met at a sampler's boundary in one trial: a Poisson mean (visitors ×
/// conversion × drift) or a binomial thinning probability (the availability of late stock) that
/// is NaN, infinite or out of range. Validation keeps every input in a range where this cannot
/// happen, so it is an internal error: the engine gives the sampler nothing (the demand counts
/// as 0, so nothing hangs and no NaN spreads), keeps the first fault of the run (the earliest
/// trial: chunk totals merge in chunk order), and the run fails naming the input
/// (`SimulationFault`, thrown by the pipeline; the CLI exits 1 and writes nothing).
package struct TrialFault: Sendable, Equatable {
    /// Which sampler input was impossible.
    package enum Input: UInt8, Sendable {
        case poissonMean
        case thinningProbability
    }

    /// The trial's index in the run.
    package var trial: Int
    package var cycle: Int
    package var input: Input
    package var value: Double

    /// "cycles.NAME.demand: …", naming the key path the value came from.
    package func message(in scenario: Scenario) -> String {
        let name = cycle < scenario.cycles.count ? scenario.cycles[cycle].name : "#\(cycle)"
        let base = TOMLPath.cycle(name)
        switch input {
        case .poissonMean:
            return "\(base.key("demand")): the Poisson mean of demand (event impressions × conversion × drift) is \(value) "
                + "in trial \(trial + 1)"
        case .thinningProbability:
            return "\(base) with window.peak_share: the share of demand a late stock still reaches (binomial "
                + "thinning probability) is \(value) in trial \(trial + 1)"
        }
    }
}

/// The impossible value a cycle's draws met in one trial (`CycleDraws.fault`).
package struct SamplerFault: Sendable, Equatable {
    package var input: TrialFault.Input
    package var value: Double
}
