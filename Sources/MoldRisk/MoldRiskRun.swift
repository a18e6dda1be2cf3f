/// The whole pipeline after parsing: Scenario → plan → engine → analysis → `RunResult`.
public enum MoldRiskRun {
    /// What to run beyond the scenario itself.
    public struct Options: Sendable {
        /// Overrides `scenario.trials` (with `precision`, the cap).
        public var trials: Int?
        /// Overrides `scenario.seed`.
        public var seed: UInt64?
        /// Worker threads; results do not depend on it.
        public var threads: Int
        /// Stop once every cycle's P(loss) has a 95 % half-width of at most this.
        public var precision: Double?
        /// Compute the tornado (sensitivity bars).
        public var sensitivity: Bool
        /// Search the lead needed when the verdict is not GO (`LeadSearch`; it re-runs the engine).
        public var searchLead: Bool
        /// Every trial, in order (for `--samples`).
        public var sink: TrialSink?
        public var progress: (@Sendable (Int, Int) -> Void)?

        public init(trials: Int? = nil, seed: UInt64? = nil, threads: Int, precision: Double? = nil,
                    sensitivity: Bool = false, searchLead: Bool = false, sink: TrialSink? = nil,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) {
            self.trials = trials
            self.seed = seed
            self.threads = threads
            self.precision = precision
            self.sensitivity = sensitivity
            self.searchLead = searchLead
            self.sink = sink
            self.progress = progress
        }
    }

    /// Runs a validated scenario. The result is the same for any `threads`.
    public static func run(_ scenario: Scenario, options: Options) -> RunResult {
        let plan = SimulationPlan(scenario: scenario, trials: options.trials, seed: options.seed)
        var simulation = SimulationOptions(sink: options.sink, progress: options.progress)
        // Stratified sampling takes its standard errors from the chunk means (`RunAnalysis.applySampling`).
        simulation.keepChunkTotals = scenario.sampling.isStratified
        let planned = plan.plannedStockIndex
        if let target = options.precision {
            simulation.stopRule = { totals in Precision.halfWidth(of: totals, plannedStockIndex: planned) <= target }
        }
        let output = Simulation.run(plan, threads: options.threads, options: simulation)
        var result = RunAnalysis.analyse(plan, output)
        if let target = options.precision {
            let achieved = Precision.halfWidth(of: output.totals, plannedStockIndex: planned)
            result.convergence = Convergence(targetHalfWidth: target, achievedHalfWidth: achieved,
                                             trialCap: plan.trials, stoppedByCap: achieved > target)
        }
        if let fault = plan.samplerFault() ?? output.totals.fault?.message(in: scenario) {
            result.simulationFault = fault
            return result
        }
        if options.sensitivity {
            Sensitivity.add(to: &result, plan: plan, threads: options.threads)
            if result.simulationFault != nil { return result }
        }
        if options.searchLead { LeadSearch.complete(&result, plan: plan, output: output, threads: options.threads) }
        return result
    }

    /// Runs a validated scenario with its own trials and seed unless overridden.
    public static func run(_ scenario: Scenario, trials: Int? = nil, seed: UInt64? = nil, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> RunResult {
        run(scenario, options: Options(trials: trials, seed: seed, threads: threads, progress: progress))
    }
}

/// The precision of a run's headline risk figure: the largest 95 % Wilson half-width of P(loss)
/// at the planned stock over the cycles.
public enum Precision {
    public static func halfWidth(of totals: RunTotals, plannedStockIndex j: Int) -> Double {
        (0..<totals.cycleCount).map { k in
            let ci = ConfidenceInterval.wilson(successes: totals.losses[totals.cell(k, j)], trials: totals.trials)
            return (ci.upper - ci.lower) / 2
        }.max() ?? 0
    }
}
