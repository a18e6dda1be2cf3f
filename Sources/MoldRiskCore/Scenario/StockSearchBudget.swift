/// The most work the stock search of DESIGN §8.4 (`StockSearch` in MoldRiskAnalysis) adds to a
/// run, which the work limit counts (`ScenarioRanges.workProblem`): each cycle's levels are
/// evaluated on at most `maxTrials` trials, at most `maxLevelsPerCycle` levels in all (a coarse
/// grid of at most 121 levels, at most 40 refinement rounds of at most 6 levels, a final run of at
/// most 12).
package enum StockSearchBudget {
    /// Trials each searched level is evaluated on at most.
    package static let maxTrials = 200_000
    /// Coarse grid levels at most.
    package static let maxGridLevels = 121
    /// Refinement rounds at most.
    package static let maxRounds = 40
    /// Levels one cycle evaluates in the whole search at most.
    package static let maxLevelsPerCycle = maxGridLevels + 6 * maxRounds + 12

    /// The search's work in trials × levels × cycles × seasons, at most.
    static func work(trials: Int, cycles: Int, seasons: Int) -> Double {
        Double(min(trials, maxTrials)) * Double(maxLevelsPerCycle) * Double(cycles) * Double(max(1, seasons))
    }
}
