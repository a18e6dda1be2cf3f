/// The whole pipeline after parsing: Scenario → plan → engine → analysis → `RunResult`.
public enum MoldRiskRun {
    /// Runs a validated scenario. `trials` and `seed` override the scenario's own when given;
    /// the result is the same for any `threads`.
    public static func run(_ scenario: Scenario, trials: Int? = nil, seed: UInt64? = nil, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> RunResult {
        let plan = SimulationPlan(scenario: scenario, trials: trials, seed: seed)
        let output = Simulation.run(plan, threads: threads, progress: progress)
        return RunAnalysis.analyse(plan, output)
    }
}
