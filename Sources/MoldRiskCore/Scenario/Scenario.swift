/// A validated scenario (DESIGN §2): one product, one mold, the sales window, one or more named
/// development cycles, the stock levels to analyse and the factory head's risk tolerance.
/// Every value has passed validation and every default has been applied; a `Scenario` is the only
/// thing the engine reads.
public struct Scenario: Sendable, Equatable {
    /// Display name (`scenario.name`), UTF-8, Chinese included.
    public internal(set) var name: String
    /// Number of Monte Carlo trials (`scenario.trials`, 1 … 1 000 000 000).
    public internal(set) var trials: Int
    /// Seed of the whole run (`scenario.seed`); with the chunk size it fixes every draw.
    public internal(set) var seed: UInt64
    package internal(set) var product: Product
    package internal(set) var mold: Mold
    package internal(set) var window: SalesWindow
    /// The development cycles in the order they appear in the file.
    package internal(set) var cycles: [Cycle]
    /// Stock levels to evaluate (`analysis.stock_levels`), ascending, without duplicates.
    package internal(set) var stockLevels: [Double]
    /// `analysis.stock_range` as written; nil: the default (`stockRange`).
    package internal(set) var stockRangeSetting: ClosedRange<Double>?
    /// Largest acceptable probability of a loss (`decision.max_loss_probability`).
    package internal(set) var maxLossProbability: Double
    /// Values overridden from the command line (`--set key=value`), in the order given; already
    /// applied to the fields above, kept so reports can show them.
    package internal(set) var overrides: [ScenarioOverride] = []
    /// The what-ifs run beside this scenario on the same seed (`[[variant]]`, `--variant`,
    /// DESIGN §8.5), in the order given: the file's first, then the command line's.
    package internal(set) var variants: [ScenarioVariant] = []
    /// The lognormal specs written by their percentiles (`p10`, `p90`), by key path
    /// (`cycles.traditional.demand.units`); their `Distribution` holds the equivalent median and
    /// sigma, this keeps the form as written for the report's inputs section.
    package internal(set) var lognormalQuantiles: [TOMLPath: LognormalQuantiles] = [:]
    /// The language of this scenario's reports (`scenario.lang`); nil when the file does not say
    /// (English unless `--lang` says otherwise).
    package internal(set) var language: ReportLanguage?
    /// `[value_of_information]`: the further test listings to price; nil when the file has none
    /// (EVPI is reported either way).
    package internal(set) var valueOfInformation: ValueOfInformationSpec?
    /// How the inputs' uniforms are made (`scenario.sampling`, DESIGN §8.3).
    package internal(set) var sampling: SamplingMethod = .random
    /// The `[[correlation]]` entries in file order (DESIGN §8.3), validated.
    package internal(set) var correlations: [CorrelationSpec] = []
    /// The mold's life over several seasons (`[life]`, DESIGN §8.1); nil: one season, as DESIGN §1.
    package internal(set) var life: Life?

    init(name: String, trials: Int, seed: UInt64, product: Product, mold: Mold,
                window: SalesWindow, cycles: [Cycle], stockLevels: [Double], maxLossProbability: Double) {
        self.name = name
        self.trials = trials
        self.seed = seed
        self.product = product
        self.mold = mold
        self.window = window
        self.cycles = cycles
        self.stockLevels = stockLevels
        self.maxLossProbability = maxLossProbability
    }

    /// The stock levels the engine evaluates: `stockLevels` plus the planned `product.stock`,
    /// ascending and unique. The planned stock is always among them so the headline figures and
    /// the stock curve come from the same trials.
    package var evaluatedStocks: [Double] {
        Array(Set(stockLevels + [product.stock])).sorted()
    }

    /// The stocks the decision searches (`analysis.stock_range`, DESIGN §8.4): as written, else
    /// 5 % to 300 % of `product.stock` (whole units, at least 1; follows a `--set` of the stock).
    package var stockRange: ClosedRange<Double> {
        if let stockRangeSetting { return stockRangeSetting }
        let m = ScenarioSchema.Defaults.stockRangeMultiples
        let low = max(1, (product.stock * m.low).rounded())
        return low...max(low + 1, (product.stock * m.high).rounded())
    }

    /// The most characters `scenario.name` may have.
    package static let nameLimit = ScenarioRanges.Limits.scenarioNameCharacters

    /// The trial counts a run may have (`scenario.trials`, `--trials`, a partial's trials).
    package static let trialsRange = Int(ScenarioRanges.trials.lowerBound)...Int(ScenarioRanges.trials.upperBound)

    /// `trialsRange` as messages write it: "1 to 1,000,000,000".
    package static let trialsRangeText = "\(Fmt.group(String(trialsRange.lowerBound))) to \(Fmt.group(String(trialsRange.upperBound)))"

    /// Why a run of `trials` trials (default: `self.trials`, as `--trials` overrides it) is refused
    /// as too much work — its estimated CPU time (`RunCost`, with the tornado when `tornado`)
    /// above `ScenarioRanges.Limits.workCPUSeconds` — or nil. The variants count in it: the base
    /// and every variant together must stay within the limit.
    package func workProblem(trials: Int? = nil, tornado: Bool = false) -> String? {
        let n = trials ?? self.trials
        let own = RunCost(self, trials: n, tornado: tornado)
        if let problem = ScenarioRanges.workProblem(own) { return problem }
        guard !variants.isEmpty else { return nil }
        let total = variants.reduce(own.total) { $0 + RunCost($1.scenario, trials: n, tornado: tornado).total }
        return ScenarioRanges.variantsWorkProblem(total, variants: variants.count)
    }
}

/// The product being molded (`[product]`): prices and costs per unit in yuan, planned stock in units.
package struct Product: Sendable, Equatable {
    /// Yuan received per unit sold, after platform fees.
    package var unitPrice: Double
    /// Material, labour and packaging per unit produced.
    package var unitCost: Double
    /// Yuan per unit left after the season (negative: disposal costs money).
    package var salvageValue: Double
    /// Units produced before the window opens (> 0).
    package var stock: Double

    package init(unitPrice: Double, unitCost: Double, salvageValue: Double, stock: Double) {
        self.unitPrice = unitPrice
        self.unitCost = unitCost
        self.salvageValue = salvageValue
        self.stock = stock
    }
}

/// The injection mold (`[mold]`): its cost, how long it takes to cut, and the production rate it allows.
package struct Mold: Sendable, Equatable {
    /// Mold cost in yuan; one draw per trial, shared by every cycle.
    package var cost: Distribution
    /// Days to cut and calibrate the mold; the default of every cycle's `mold_days`.
    package var days: Distribution
    /// Units per day once the mold runs; `nil` means production takes no time.
    package var capacityPerDay: Double?

    package init(cost: Distribution, days: Distribution, capacityPerDay: Double?) {
        self.cost = cost
        self.days = days
        self.capacityPerDay = capacityPerDay
    }
}

/// The sales event (`[window]`).
package struct SalesWindow: Sendable, Equatable {
    /// Length of the selling season in days (> 0).
    package var seasonDays: Double
    /// Share of the season's demand that falls on the opening day, lost by a late launch, in [0, 1].
    package var peakShare: Double

    package init(seasonDays: Double = 30, peakShare: Double = 0) {
        self.seasonDays = seasonDays
        self.peakShare = peakShare
    }
}

/// One way of developing the product (`[cycles.NAME]`): timing, rework risk, extra cost and what
/// is known about demand.
package struct Cycle: Sendable, Equatable {
    /// The cycle's name as written in the file (`traditional`, `data_driven`, …).
    package var name: String
    /// What reports call the cycle (`label`, DESIGN §8.6); nil: its name.
    package var label: CycleLabel? = nil
    /// Days before the window opens when the factory commits (and reads its demand signal).
    package var commitDaysBeforeWindow: Double
    /// Yuan this cycle costs besides the mold (a data service, samples).
    package var fixedCost: Double
    /// Days of design, sampling and feedback before the mold is cut.
    package var researchDays: Distribution
    /// Days to cut and calibrate the mold in this cycle (default: `mold.days`).
    package var moldDays: Distribution
    /// Probability of a style change or failed trial shot, in [0, 1].
    package var reworkProbability: Double
    /// Extra days when rework happens (`fixed(0)` when `reworkProbability` is 0 and none was given).
    package var reworkDays: Distribution
    /// Extra yuan when rework happens (`fixed(0)` when `reworkProbability` is 0 and none was given).
    package var reworkCost: Distribution
    package var demand: Demand

    package init(name: String, commitDaysBeforeWindow: Double, fixedCost: Double = 0,
                researchDays: Distribution = .fixed(0), moldDays: Distribution,
                reworkProbability: Double = 0, reworkDays: Distribution = .fixed(0),
                reworkCost: Distribution = .fixed(0), demand: Demand) {
        self.name = name
        self.commitDaysBeforeWindow = commitDaysBeforeWindow
        self.fixedCost = fixedCost
        self.researchDays = researchDays
        self.moldDays = moldDays
        self.reworkProbability = reworkProbability
        self.reworkDays = reworkDays
        self.reworkCost = reworkCost
        self.demand = demand
    }
}

/// What a cycle knows about demand (`cycles.NAME.demand`): a demand distribution or platform
/// signals, plus how fast that knowledge goes stale.
package struct Demand: Sendable, Equatable {
    package var source: DemandSource
    /// Volatility of demand per 30 days between reading the signal and selling (`drift_per_30_days`, ≥ 0).
    package var driftPer30Days: Double

    package init(source: DemandSource, driftPer30Days: Double = 0) {
        self.source = source
        self.driftPer30Days = driftPer30Days
    }
}

/// The two forms of a cycle's demand (DESIGN §1).
package enum DemandSource: Sendable, Equatable {
    /// Season demand in units drawn from a distribution (negative draws count as 0).
    case units(Distribution)
    /// Platform signals: season visitors times a conversion rate learnt from a test listing,
    /// `p ~ Beta(priorAlpha + orders, priorBeta + impressions - orders)`, demand Poisson.
    case signals(Signals)
}

/// A test listing's evidence and the platform's season traffic (the signals form of demand).
package struct Signals: Sendable, Equatable {
    /// Season visitors to the listing.
    package var visitors: Distribution
    /// Impressions of the test listing (≥ orders).
    package var impressions: Double
    /// Orders the test listing took.
    package var orders: Double
    /// Beta prior on conversion: α (> 0).
    package var priorAlpha: Double
    /// Beta prior on conversion: β (> 0).
    package var priorBeta: Double

    package init(visitors: Distribution, impressions: Double, orders: Double,
                priorAlpha: Double = 1, priorBeta: Double = 1) {
        self.visitors = visitors
        self.impressions = impressions
        self.orders = orders
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
    }

    /// The posterior Beta parameters of the conversion rate.
    package var posterior: (alpha: Double, beta: Double) {
        (priorAlpha + orders, priorBeta + impressions - orders)
    }
}
