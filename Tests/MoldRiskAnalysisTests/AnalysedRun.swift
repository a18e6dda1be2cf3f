@testable import MoldRiskAnalysis
@testable import MoldRiskCore

/// A scenario run through the engine and the analysis alone (no tornado, lead search or
/// further test listings): what the Analysis tests need without the pipeline (`MoldRiskRun`).
enum AnalysedRun {
    /// The scenario's own trials and seed; the engine's fault becomes the result's fault as in
    /// the pipeline.
    static func run(_ scenario: Scenario, threads: Int) -> RunResult {
        let plan = SimulationPlan(scenario: scenario)
        let output = Simulation.run(plan, threads: threads, options: SimulationOptions())
        var extras = RunAnalysis.Extras(convergence: nil)
        extras.simulationFault = plan.samplerFault() ?? output.totals.fault?.message(in: plan.scenario)
        return RunAnalysis.analyse(plan, output, extras)
    }
}
