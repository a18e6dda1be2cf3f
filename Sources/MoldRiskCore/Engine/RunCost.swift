/// What a run asks of the machine, estimated before it starts: the main simulation, the tornado,
/// the lead search and the preposterior re-runs of `[value_of_information]`, each as trials ×
/// what a trial of the cycles it runs costs — the draws at their per-law cost (`DrawCost`, by
/// GSL's sampler or by the inverse CDF as `SamplingLayout` says) and every evaluated stock level of
/// every season at `cellNanoseconds`. The work limit refuses a run above
/// `ScenarioRanges.Limits.workCPUSeconds`; `check` prints the estimate when it is above a minute.
///
/// The extras' sizes are fixed here and read by the analyses that run them (`Extent`), so the
/// estimate and the work cannot drift apart.
package struct RunCost: Sendable, Equatable {
    /// The sizes of the analyses after the main run.
    package enum Extent {
        /// Trials the tornado uses at most (the run's first).
        package static let tornadoTrials = 50_000
        /// Trials each preposterior re-run uses at most (the run's first).
        package static let listingTrials = 20_000
        /// Outcome points per listing at most.
        package static let listingPoints = 32
        /// Trials the lead search uses for each lead at most.
        package static let leadTrials = 200_000
        /// Intervals of the lead search's coarse grid, and of each refining sub-grid.
        package static let leadGridIntervals = 24
        package static let leadRefineIntervals = 8
        /// The lead search goes up to at least this many days.
        package static let leadMinDays = 365
        /// Leads the lead search evaluates at most per cycle when it searches up to `days`: the
        /// coarse grid, then two refinements to the day, each round `leadRefineIntervals − 1` new
        /// leads and a grid step `leadRefineIntervals` times finer.
        package static func leadsEvaluated(upTo days: Int = leadMinDays) -> Int {
            var step = (days + leadGridIntervals - 1) / leadGridIntervals
            var rounds = 0
            while step > 1 {
                step = (step + leadRefineIntervals - 1) / leadRefineIntervals
                rounds += 1
            }
            return leadGridIntervals + 1 + 2 * rounds * (leadRefineIntervals - 1)
        }
    }

    /// Nanoseconds of one evaluated cell (a cycle at a stock level in one season): the model, the
    /// accumulators and the sketches. Measured 70–80 ns on the release build (the rinse-cup
    /// scenario at 51 stock levels against 1, 200,000 trials, one thread, CPU time; bench/README.md).
    package static let cellNanoseconds = 80.0

    /// CPU seconds of the main simulation.
    package var simulation: Double
    /// CPU seconds of the tornado (0 without it).
    package var tornado: Double
    /// CPU seconds of the lead search at most (it runs only for a verdict that is not GO).
    package var leadSearch: Double
    /// CPU seconds of the preposterior re-runs (0 without `[value_of_information]`).
    package var listings: Double
    /// The stock search (`analysis.stock_range`): each cycle's inputs drawn once on up to
    /// `StockSearchBudget.maxTrials` trials, then up to `StockSearchBudget.maxLevelsPerCycle` levels
    /// evaluated on them.
    package var stockSearch: Double
    /// The input whose draw costs most; nil when nothing is random.
    package var costliestDraw: Costliest?

    /// An input's key path and what one draw of it costs, in nanoseconds.
    package struct Costliest: Sendable, Equatable {
        package var path: String
        package var nanoseconds: Double
    }

    /// Every part together, in CPU seconds.
    package var total: Double { simulation + tornado + leadSearch + listings + stockSearch }

    /// The estimate for `trials` trials of `scenario`; `tornado` and `leadSearch` say whether the
    /// run computes them (the CLI's `run` does unless told not to).
    package init(_ scenario: Scenario, trials: Int, tornado withTornado: Bool = true, leadSearch withLeads: Bool = true,
                 stockSearch withStockSearch: Bool = true) {
        let layout = SamplingLayout(scenario: scenario)
        let byInverse = layout != nil
        let seasons = Double(max(1, scenario.life?.seasons ?? 1))
        let stocks = Double(scenario.evaluatedStocks.count)
        let inputs = RandomInput.all(in: scenario)
        var perCycleDraws = [Double](repeating: 0, count: scenario.cycles.count)
        var moldDraw = 0.0
        var costliest: Costliest?
        for input in inputs {
            let ns = Self.drawNanoseconds(input, in: scenario, byInverse: byInverse)
            if let k = input.cycle { perCycleDraws[k] += ns } else { moldDraw += ns }
            if ns > (costliest?.nanoseconds ?? 0) {
                costliest = Costliest(path: input.keyPath(in: scenario).description, nanoseconds: ns)
            }
        }
        // Seasons after the first draw their demand change and maintenance by GSL's samplers.
        let lifeDraws = scenario.life.map { life in
            (seasons - 1) * (DrawCost.nanoseconds(life.demandChange, byInverse: false)
                + DrawCost.nanoseconds(life.maintenancePerSeason, byInverse: false))
        } ?? 0
        /// Nanoseconds of one trial of cycle k at `levels` stock levels (its draws included).
        func cycleTrial(_ k: Int, levels: Double) -> Double {
            perCycleDraws[k] + lifeDraws + levels * seasons * Self.cellNanoseconds
        }
        let cycles = scenario.cycles.indices
        let everyCycle = { (levels: Double) in moldDraw + cycles.reduce(0) { $0 + cycleTrial($1, levels: levels) } }
        let n = Double(trials)
        simulation = n * everyCycle(stocks) * 1e-9

        // The tornado: the rank correlations and the baseline on every cycle, then each input
        // held low and high, a cycle's own on that cycle alone; the planned stock only.
        let tornadoTrials = Double(min(trials, Extent.tornadoTrials))
        var tornadoTrialCost = 2 * everyCycle(1)
        for input in inputs { tornadoTrialCost += 2 * (input.cycle.map { cycleTrial($0, levels: 1) + moldDraw } ?? everyCycle(1)) }
        tornado = withTornado ? tornadoTrials * tornadoTrialCost * 1e-9 : 0

        // The lead search: each cycle alone at the planned stock, at most `leadsEvaluated` leads.
        let leadTrials = Double(min(trials, Extent.leadTrials))
        leadSearch = withLeads
            ? leadTrials * Double(Extent.leadsEvaluated()) * cycles.reduce(0) { $0 + cycleTrial($1, levels: 1) + moldDraw } * 1e-9
            : 0

        // The listings: the base trial values once, then every outcome point of every listing of
        // every signals-form cycle re-run on that cycle alone, and the passes over its values.
        var listingCost = 0.0
        if let spec = scenario.valueOfInformation {
            let listingTrials = Double(min(trials, Extent.listingTrials))
            let signals = cycles.filter { if case .signals = scenario.cycles[$0].demand.source { true } else { false } }
            if !signals.isEmpty {
                listingCost = listingTrials * everyCycle(stocks)
                let points = Double(Self.listingReruns(spec))
                for k in signals {
                    listingCost += points * listingTrials * (cycleTrial(k, levels: stocks) + moldDraw
                        + Double(scenario.cycles.count) * stocks * Self.cellNanoseconds)
                }
            }
        }
        listings = listingCost * 1e-9

        let searchTrials = Double(min(trials, StockSearchBudget.maxTrials))
        let searchLevels = Double(StockSearchBudget.maxLevelsPerCycle)
        // Each cycle's inputs are drawn once (`StockSample`); each of its at most `maxRounds` + 2
        // evaluations draws the later seasons again and evaluates its levels.
        let searchCalls = Double(StockSearchBudget.maxRounds + 2)
        stockSearch = withStockSearch
            ? searchTrials * cycles.reduce(0) { $0 + cycleTrial($1, levels: searchLevels) + moldDraw + (searchCalls - 1) * lifeDraws } * 1e-9
            : 0
        costliestDraw = costliest
    }

    /// `45 seconds`, `12 minutes`, `3.4 hours`, `22 days`, `1.9 ms`: a duration as messages write it.
    package static func durationText(_ seconds: Double) -> String {
        func amount(_ x: Double, _ unit: String) -> String {
            let shown = x < 10 ? Fmt.exact((x * 10).rounded() / 10) : Fmt.group(String(Int(truncating: x.rounded(), clampedTo: 0...Int.max)))
            return "\(shown) \(unit)"
        }
        guard seconds.isFinite else { return "unbounded time" }
        if seconds < 1e-3 { return amount(seconds * 1e6, "µs") }
        if seconds < 1 { return amount(seconds * 1e3, "ms") }
        if seconds < 120 { return amount(seconds, "seconds") }
        if seconds < 7_200 { return amount(seconds / 60, "minutes") }
        if seconds < 172_800 { return amount(seconds / 3_600, "hours") }
        return amount(seconds / 86_400, "days")
    }

    /// Outcome points re-run for one signals-form cycle: every k when few, else `listingPoints`
    /// per listing size (`BetaBinomialPredictive.points`).
    package static func listingReruns(_ spec: ValueOfInformationSpec) -> Int {
        spec.listingSizes.reduce(0) { $0 + min($1 + 1, Extent.listingPoints) }
    }

    /// One draw of `input` in nanoseconds.
    static func drawNanoseconds(_ input: RandomInput, in scenario: Scenario, byInverse: Bool) -> Double {
        if let spec = input.distribution(in: scenario) { return DrawCost.nanoseconds(spec, byInverse: byInverse) }
        guard let k = input.cycle else { return 0 }
        switch input {
        case .conversion:
            guard case let .signals(signals) = scenario.cycles[k].demand.source else { return 0 }
            let posterior = signals.posterior
            // The Poisson count and its thinning stay on their own streams (GSL's samplers).
            return DrawCost.nanoseconds(.beta(alpha: posterior.alpha, beta: posterior.beta), byInverse: byInverse)
                + DrawCost.nanoseconds(.gamma(shape: 1, scale: 1), byInverse: false)
        case .drift: return DrawCost.nanoseconds(.normal(mean: 0, sd: 1), byInverse: byInverse)
        default: return DrawCost.nanoseconds(.uniform(min: 0, max: 1), byInverse: byInverse)  // the rework event
        }
    }
}
