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
        /// Search each cycle's stock over `analysis.stock_range` (`StockSearch`, DESIGN §8.4; it
        /// re-runs the engine); false: the stock decision is read off the tabulated levels.
        public var searchStock: Bool
        /// Every trial, in order (for `--samples`).
        package var sink: TrialSink?
        package var progress: (@Sendable (Int, Int) -> Void)?
        /// Called with (re-runs done, re-runs in all) as the preposterior re-runs of
        /// `[value_of_information]` finish (`ValueOfInformation.priceListings`).
        package var listingProgress: (@Sendable (Int, Int) -> Void)?

        /// The options an embedder sets; `sink` (every trial, for `--samples`) is set by the CLI.
        public init(trials: Int? = nil, seed: UInt64? = nil, threads: Int, precision: Double? = nil,
                    sensitivity: Bool = false, searchLead: Bool = false, searchStock: Bool = false,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) {
            self.init(trials: trials, seed: seed, threads: threads, precision: precision, sensitivity: sensitivity,
                      searchLead: searchLead, searchStock: searchStock, sink: nil, progress: progress)
        }

        package init(trials: Int? = nil, seed: UInt64? = nil, threads: Int, precision: Double? = nil,
                    sensitivity: Bool = false, searchLead: Bool = false, searchStock: Bool = false, sink: TrialSink?,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) {
            self.trials = trials
            self.seed = seed
            self.threads = threads
            self.precision = precision
            self.sensitivity = sensitivity
            self.searchLead = searchLead
            self.searchStock = searchStock
            self.sink = sink
            self.progress = progress
        }
    }

    /// Runs a validated scenario. The result is the same for any `threads`. Throws the run's
    /// fault (`SimulationFault`), which validation makes unreachable: nothing of such a run may
    /// be reported.
    public static func run(_ scenario: Scenario, options: Options) throws(SimulationFault) -> RunResult {
        let plan = SimulationPlan(scenario: scenario, trials: options.trials, seed: options.seed)
        var simulation = SimulationOptions(sink: options.sink, progress: options.progress)
        // Stratified sampling takes its standard errors from the chunk means (`RunAnalysis.meanStandardError`).
        simulation.keepChunkTotals = scenario.sampling.isStratified
        let planned = plan.plannedStockIndex
        if let target = options.precision {
            simulation.stopRule = { totals in Precision.halfWidth(of: totals, plannedStockIndex: planned) <= target }
        }
        let base = try result(plan, Simulation.run(plan, threads: options.threads, options: simulation), options: options)
        guard !scenario.variants.isEmpty else { return base }
        return base.comparing(try variants(of: scenario, base: base, options: options), threads: options.threads)
    }

    /// Every variant run as a `--set` run of its changes would be, on the base's seed and on the
    /// trials the base ran (so a `--precision` run compares like with like): without the tornado,
    /// the lead search, the samples or the progress bar, which the report shows for the base alone.
    /// A variant's fault is thrown naming the variant.
    static func variants(of scenario: Scenario, base: RunResult, options: Options)
        throws(SimulationFault) -> [(ScenarioVariant, RunResult)] {
        let variantOptions = Options(trials: base.trials, seed: base.seed, threads: options.threads)
        var runs: [(ScenarioVariant, RunResult)] = []
        for variant in scenario.variants {
            do {
                runs.append((variant, try run(variant.scenario, options: variantOptions)))
            } catch {
                throw error.within("what-if \"\(variant.name)\"")
            }
        }
        return runs
    }

    /// Merges the partial results of a sharded run (`ShardMerge.folded`) and finishes them as
    /// `run` finishes a local run, so the result is the unsharded run's (`options.trials`,
    /// `seed`, `sink` and `progress` do not apply: the partials fix the trials and the seed).
    /// Throws a `ShardError` for partials that do not make one run, the run's `SimulationFault`
    /// for one that cannot be reported.
    package static func merge(_ partials: [NamedPartial], options: Options, verification: ShardVerification = .sample)
        throws -> (source: ScenarioSource, result: RunResult) {
        let folded = try ShardMerge.folded(partials, verification: verification, threads: options.threads)
        return (folded.source, try result(folded.plan, folded.output, options: options))
    }

    /// The one pipeline after the engine, for a local run and a merge alike: the run's fault, the
    /// precision reached, the tornado (on at most `Sensitivity.maxTrials` of the run's first
    /// trials, so a merge host recomputes it at a fixed cost, the same for any `threads`) and the
    /// lead search (`LeadSearch`, at most `LeadSearch.maxTrials` trials a lead), the stock search
    /// (`StockSearch`, at most `StockSearch.maxTrials` trials a level), each computed
    /// once, and the further test listings of `[value_of_information]` (`ValueOfInformation.priceListings`,
    /// on at most `ValueOfInformation.maxTrials` of the run's first trials); then the analysis builds
    /// the result from them. The run's fault is thrown before any of them; a tornado hold that is
    /// not finite, or a fault in a listing's re-run, is thrown before what follows it.
    package static func result(_ plan: SimulationPlan, _ output: SimulationOutput, options: Options)
        throws(SimulationFault) -> RunResult {
        let totals = output.totals
        let convergence = options.precision.map { target in
            let achieved = Precision.halfWidth(of: totals, plannedStockIndex: plan.plannedStockIndex)
            return Convergence(targetHalfWidth: target, achievedHalfWidth: achieved, trialCap: plan.trials,
                               stoppedByCap: achieved > target)
        }
        var extras = RunAnalysis.Extras(convergence: convergence)
        try SimulationFault.check(plan, totals)
        if options.sensitivity {
            if let hold = SensitivityInput.nonFiniteHold(in: plan) { throw SimulationFault(hold) }
            let sensitivity = Sensitivity.analyse(plan, trials: totals.trials, threads: options.threads)
            extras.tornadoes = sensitivity.tornadoes
            extras.inputDistributions = sensitivity.inputs
        }
        extras.listings = try ValueOfInformation.priceListings(plan, trials: totals.trials, threads: options.threads,
                                                               progress: options.listingProgress)
        if options.searchStock {
            extras.stockDecisions = StockSearch.decisions(plan, trials: totals.trials, threads: options.threads)
        }
        if options.searchLead {
            extras.lead = { cycle in LeadSearch.lead(forCycle: cycle, plan: plan, output: output, threads: options.threads) }
        }
        return RunAnalysis.analyse(plan, output, extras)
    }

    /// Runs a validated scenario with its own trials and seed unless overridden.
    package static func run(_ scenario: Scenario, trials: Int? = nil, seed: UInt64? = nil, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(SimulationFault) -> RunResult {
        try run(scenario, options: Options(trials: trials, seed: seed, threads: threads, progress: progress))
    }
}

/// The precision of a run's headline risk figure: the largest 95 % Wilson half-width of P(loss)
/// at the planned stock over the cycles (with `[life]`, of P(NPV < 0), what the verdict judges).
package enum Precision {
    /// The narrowest half-width any run may reach: P(loss) = 0 at the most trials a run may have
    /// (about 0.0000000019). A `--precision` below it asks for what no run can give.
    package static let smallestReachable: Double = {
        let ci = ConfidenceInterval.wilson(successes: 0, trials: Scenario.trialsRange.upperBound)
        return (ci.upper - ci.lower) / 2
    }()

    package static func halfWidth(of totals: RunTotals, plannedStockIndex j: Int) -> Double {
        let losses = totals.life?.losses ?? totals.losses
        return (0..<totals.cycleCount).map { k in
            let ci = ConfidenceInterval.wilson(successes: losses[totals.cell(k, j)], trials: totals.trials)
            return (ci.upper - ci.lower) / 2
        }.max() ?? 0
    }
}
