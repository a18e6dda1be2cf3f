@testable import MoldRiskAnalysis
@testable import MoldRiskCore

/// A scenario run through the engine and the analysis alone (no tornado, lead search or
/// further test listings): what the Analysis tests need without the pipeline (`MoldRiskRun`).
enum AnalysedRun {
    /// The scenario's own trials and seed; the engine's fault is thrown as in the pipeline.
    static func run(_ scenario: Scenario, threads: Int) throws(SimulationFault) -> RunResult {
        let plan = SimulationPlan(scenario: scenario)
        let output = Simulation.run(plan, threads: threads, options: SimulationOptions())
        try SimulationFault.check(plan, output.totals)
        return RunAnalysis.analyse(plan, output, RunAnalysis.Extras(convergence: nil))
    }
}
