import MoldRiskCore

/// Everything a run computed (DESIGN §3), ready for the renderers: each report format is a pure
/// function of a `RunResult`. Money in yuan, time in days, quantities in units, probabilities in [0, 1].
public struct RunResult: Sendable, Equatable {
    /// The scenario as read (the renderers print it as the audit trail).
    public var scenario: Scenario
    /// Trials actually run.
    public var trials: Int
    public var seed: UInt64
    /// How the draws were made (generator, chunk size, summary precision), for the method section.
    public var method: MethodInfo
    /// One result per cycle, in the scenario's cycle order.
    public var cycles: [CycleResult]
    /// Paired differences between cycles (every pair, in cycle order: `to` minus `from`).
    public var comparisons: [CycleComparison]
    public var verdict: Verdict
    /// How `--precision` stopped the run; nil for a run of a fixed number of trials.
    public var convergence: Convergence?
    /// An internal error met while simulating (an impossible sampler input, `TrialFault`, or a
    /// tornado hold that is not finite), naming the input; nil in every valid run. A result with
    /// one must not be reported: the CLI exits 1 and writes nothing.
    public var simulationFault: String?

    public init(scenario: Scenario, trials: Int, seed: UInt64, method: MethodInfo,
                cycles: [CycleResult], comparisons: [CycleComparison], verdict: Verdict,
                convergence: Convergence? = nil, simulationFault: String? = nil) {
        self.scenario = scenario
        self.trials = trials
        self.seed = seed
        self.method = method
        self.cycles = cycles
        self.comparisons = comparisons
        self.verdict = verdict
        self.convergence = convergence
        self.simulationFault = simulationFault
    }
}

/// How a run was made: the facts a reader needs to reproduce it and to judge its precision.
public struct MethodInfo: Sendable, Equatable {
    /// Name of the random number generator (`xoshiro256++ via gsl_rng`).
    public var generator: String
    /// Trials per chunk; each chunk has its own seeded stream (part of a result's identity).
    public var chunkSize: Int
    /// Number of chunks the trials were split into.
    public var chunks: Int
    /// Largest relative error of a percentile, tail mean or curve point taken from the
    /// mergeable histograms (means, standard deviations and probabilities are exact).
    public var percentileRelativeError: Double
    /// Sampling method, correlations and variance ratios (DESIGN §8.3); nil for random sampling
    /// without correlations.
    package var sampling: SamplingInfo?

    public init(generator: String, chunkSize: Int, chunks: Int, percentileRelativeError: Double) {
        self.generator = generator
        self.chunkSize = chunkSize
        self.chunks = chunks
        self.percentileRelativeError = percentileRelativeError
    }
}

/// A value at a probability level: a percentile (`level` 0.05 → P5) or a point of a curve.
public struct LevelValue: Sendable, Equatable {
    public var level: Double
    public var value: Double
    public init(level: Double, value: Double) {
        self.level = level
        self.value = value
    }
}

/// A point (x, probability) of a risk curve.
public struct CurvePoint: Sendable, Equatable {
    /// Profit or loss in yuan.
    public var x: Double
    /// P(profit ≤ x) on the S-curve, P(loss > x) on the loss-exceedance curve.
    public var probability: Double
    public init(x: Double, probability: Double) {
        self.x = x
        self.probability = probability
    }
}

/// Mean, spread and percentiles of profit at the planned stock.
public struct ProfitSummary: Sendable, Equatable {
    public var mean: Double
    public var sd: Double
    /// Standard error of the mean, sd / √trials.
    public var se: Double
    /// P1 P5 P10 P25 P50 P75 P90 P95 P99, in that order.
    public var percentiles: [LevelValue]

    public init(mean: Double, sd: Double, se: Double, percentiles: [LevelValue]) {
        self.mean = mean
        self.sd = sd
        self.se = se
        self.percentiles = percentiles
    }

    /// The percentile at `level` (0.05 for P5), if it was computed.
    public func percentile(_ level: Double) -> Double? {
        percentiles.first { abs($0.level - level) < 1e-12 }?.value
    }

    /// The percentile levels every report shows.
    public static let levels: [Double] = [0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99]
}

/// Sell-through (sold / stock) at the planned stock.
public struct SellThroughSummary: Sendable, Equatable {
    public var mean: Double
    public var p5: Double
    public var p50: Double
    public var p95: Double
    public init(mean: Double, p5: Double, p50: Double, p95: Double) {
        self.mean = mean
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
    }
}

/// Days from the start of research until the stock is produced (`ready`), at the planned stock.
public struct LeadTimeSummary: Sendable, Equatable {
    public var p10: Double
    public var p50: Double
    public var p90: Double
    /// P(ready > commit_days_before_window): the stock misses the opening day.
    public var probabilityLate: Double
    /// The days available: `commit_days_before_window`.
    public var commitDays: Double
    /// Histogram of `ready`, for the lead-time chart.
    public var histogram: [HistogramBin]
    public init(p10: Double, p50: Double, p90: Double, probabilityLate: Double, commitDays: Double,
                histogram: [HistogramBin]) {
        self.p10 = p10
        self.p50 = p50
        self.p90 = p90
        self.probabilityLate = probabilityLate
        self.commitDays = commitDays
        self.histogram = histogram
    }
}

/// Break-even figures at the planned stock (DESIGN §3).
public struct BreakEven: Sendable, Equatable {
    /// Units that must sell for profit to be zero with expected mold and rework costs.
    public var units: Double
    /// `units / stock`; above 1 the stock cannot break even.
    public var sellThrough: Double
    /// The mold cost at which expected profit is zero.
    public var moldCost: Double
    /// P(profit ≥ 0).
    public var probability: Double
    public init(units: Double, sellThrough: Double, moldCost: Double, probability: Double) {
        self.units = units
        self.sellThrough = sellThrough
        self.moldCost = moldCost
        self.probability = probability
    }
}

/// Figures of one stock level on the same trials as every other level.
public struct StockPoint: Sendable, Equatable {
    public var stock: Double
    public var expectedProfit: Double
    /// Standard error of `expectedProfit`.
    public var expectedProfitSE: Double
    public var probabilityOfLoss: Double
    /// Wilson 95 % interval of `probabilityOfLoss` (the verdict is marginal when it holds the tolerance).
    public var probabilityOfLossCI: ClosedInterval
    public var p5: Double
    public var p95: Double
    public var meanSellThrough: Double
}

/// Everything computed for one development cycle.
public struct CycleResult: Sendable, Equatable {
    public var name: String
    /// Profit at the planned stock.
    public var profit: ProfitSummary
    public var probabilityOfLoss: Double
    /// Wilson 95 % interval of `probabilityOfLoss`.
    public var probabilityOfLossCI: ClosedInterval
    /// Value at risk: −P5 of profit.
    public var var95: Double
    /// Conditional value at risk: −mean profit over the worst 5 % of trials.
    public var cvar95: Double
    public var sellThrough: SellThroughSummary
    public var leadTime: LeadTimeSummary
    public var breakEven: BreakEven
    /// Sample means of the cost draws at this cycle (for the audit trail and break-even).
    public var meanMoldCost: Double
    public var meanReworkCost: Double
    /// The profit S-curve: P(profit ≤ x), non-decreasing from 0 to 1.
    public var profitCDF: [CurvePoint]
    /// The loss-exceedance curve: P(loss > x) for x ≥ 0, non-increasing.
    public var lossExceedance: [CurvePoint]
    /// Histogram of profit at the planned stock, for the text and chart distribution.
    public var profitHistogram: [HistogramBin]
    /// One point per evaluated stock level, ascending.
    public var stockCurve: [StockPoint]
    /// The evaluated stock with the highest expected profit.
    public var bestStock: Double
    /// The largest evaluated stock whose P(loss) is within tolerance; nil when none is.
    public var maxStockWithinTolerance: Double?
    /// The tornado at the planned stock; nil when it was not computed (`--no-sensitivity`), bars
    /// `[]` when it was and the cycle has no uncertain input.
    public var sensitivity: CycleTornado?
    /// Standard errors of the headline figures.
    public var standardErrors: HeadlineStandardErrors
}

/// A closed interval [lower, upper], used for confidence intervals.
public struct ClosedInterval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// The paired difference in expected profit between two cycles at the planned stock:
/// E[profit(to) − profit(from)] over the same trials, with its 95 % interval.
public struct CycleComparison: Sendable, Equatable {
    public var from: String
    public var to: String
    public var expectedProfitDifference: Double
    public var ci: ClosedInterval
    public init(from: String, to: String, expectedProfitDifference: Double, ci: ClosedInterval) {
        self.from = from
        self.to = to
        self.expectedProfitDifference = expectedProfitDifference
        self.ci = ci
    }
}

/// The go / no-go answer.
public struct Verdict: Sendable, Equatable {
    /// The three possible decisions, with the words reports print.
    public enum Decision: String, Sendable, Equatable {
        case go = "GO"
        case goAtSmallerStock = "GO AT A SMALLER STOCK"
        case noGo = "NO-GO"
    }
    /// The recommended cycle (for NO-GO: the cycle that came closest).
    public var cycle: String
    public var decision: Decision
    /// The recommended stock (for NO-GO: the planned stock).
    public var stock: Double
    /// The figures behind the decision; Report words them as one or two plain sentences a factory
    /// head can act on (`ReportWording.verdictReason`).
    package var reason: VerdictReason
    /// True when P(loss)'s 95 % interval at the chosen stock straddles the tolerance, so more
    /// trials could change the decision.
    public var isMarginal: Bool
    /// What would make it GO; nil on GO.
    public var toGo: ToGo?
    package init(cycle: String, decision: Decision, stock: Double, reason: VerdictReason, isMarginal: Bool,
                toGo: ToGo? = nil) {
        self.cycle = cycle
        self.decision = decision
        self.stock = stock
        self.reason = reason
        self.isMarginal = isMarginal
        self.toGo = toGo
    }
}

/// One input's bar in a cycle's tornado: expected profit and P(loss) with that input held at two
/// values while every other input varies, on the same trials (common random numbers), and the
/// Spearman rank correlation of the input's draws with profit.
///
/// A continuous input (`Held.input`) is held at its own P10 (the low end) and P90 (the high end);
/// a yes/no event (`Held.event`, rework) is held at "never" (the low end) and "always" (the high
/// end), whatever its probability. The values held are computed once, in the analysis, exactly as
/// the engine used them; renderers only format them.
public struct SensitivityBar: Sendable, Equatable {
    /// What the bar holds fixed, and at which values.
    public enum Held: Sendable, Equatable {
        /// A continuous input held at its P10 and its P90, in `unit`: the values the model used
        /// (negative draws of durations, costs and demand count as 0, as in every trial; drift as
        /// its demand factor).
        case input(unit: SensitivityUnit, atP10: Double, atP90: Double)
        /// A yes/no event that happens with `probability` in the scenario, held at never and at always.
        case event(probability: Double)
    }

    /// The scenario key path of the input (`mold.cost`, `cycles.traditional.research_days`, …):
    /// what `--set` takes (but `demand.conversion`, derived from `impressions` and `orders`).
    public var input: TOMLPath
    public var held: Held
    /// Expected profit at the low end: the input at its P10, or the event never happening.
    public var expectedProfitAtP10: Double
    /// Expected profit at the high end: the input at its P90, or the event always happening.
    public var expectedProfitAtP90: Double
    /// |expectedProfitAtP90 − expectedProfitAtP10|.
    public var swing: Double
    /// P(loss) at the low end (P10 / never).
    public var probabilityOfLossAtP10: Double
    /// P(loss) at the high end (P90 / always).
    public var probabilityOfLossAtP90: Double
    /// Spearman rank correlation of the input's draws with profit at the planned stock, in [−1, 1].
    public var rankCorrelation: Double

    public init(input: TOMLPath, held: Held, expectedProfitAtP10: Double, expectedProfitAtP90: Double,
                probabilityOfLossAtP10: Double, probabilityOfLossAtP90: Double, rankCorrelation: Double) {
        self.input = input
        self.held = held
        self.expectedProfitAtP10 = expectedProfitAtP10
        self.expectedProfitAtP90 = expectedProfitAtP90
        self.swing = abs(expectedProfitAtP90 - expectedProfitAtP10)
        self.probabilityOfLossAtP10 = probabilityOfLossAtP10
        self.probabilityOfLossAtP90 = probabilityOfLossAtP90
        self.rankCorrelation = rankCorrelation
    }

    /// True for a yes/no event (shown as never / always, in its own group).
    public var isEvent: Bool {
        if case .event = held { return true }
        return false
    }
}

/// The unit of a tornado input's held values (`SensitivityBar.Held.input`); the raw value is the
/// unit name the JSON and CSV reports print.
public enum SensitivityUnit: String, Sendable, Equatable {
    /// Money (`mold.cost`, `rework_cost`).
    case yuan
    /// Durations (`research_days`, `mold_days`, `rework_days`).
    case days
    /// Season demand of the distribution form (`demand.units`).
    case units
    /// Season traffic of the signals form (`demand.visitors`).
    case visitors
    /// The conversion rate of the signals form (`demand.conversion`), a probability in [0, 1].
    case probability
    /// The drift's multiplicative demand factor, exp(s·√(age/30)·z − s²·(age/30)/2), 1 = no drift.
    case factor
}

/// How a `--precision H` run ended: it adds chunks until the 95 % half-width of every cycle's
/// P(loss) is at most H, or until the trial cap.
public struct Convergence: Sendable, Equatable {
    /// The requested 95 % half-width of P(loss).
    public var targetHalfWidth: Double
    /// The largest 95 % half-width of P(loss) over the cycles when the run stopped.
    public var achievedHalfWidth: Double
    /// The trial cap (`--trials`, else `scenario.trials`).
    public var trialCap: Int
    /// True when the cap stopped the run before the target was met.
    public var stoppedByCap: Bool

    public init(targetHalfWidth: Double, achievedHalfWidth: Double, trialCap: Int, stoppedByCap: Bool) {
        self.targetHalfWidth = targetHalfWidth
        self.achievedHalfWidth = achievedHalfWidth
        self.trialCap = trialCap
        self.stoppedByCap = stoppedByCap
    }
}

/// Standard errors of a cycle's headline figures at the planned stock, so a reader can judge how
/// far more trials could move each one.
///
/// - expected profit: sd / √n;
/// - P(loss), P(late): √(p(1 − p)/n);
/// - VaR95 (−P5): the asymptotic standard error of a sample quantile, √(0.05·0.95/n) / f(P5), with
///   the density f(P5) estimated as 0.02 / (P6 − P4) from the histogram;
/// - CVaR95: √((Var(tail) + 0.95·(P5 − tail mean)²) / (0.05·n)), the asymptotic standard error of
///   the mean of the worst 5 % (tail variance from the histogram);
/// - break-even units: √(se(mean mold cost)² + se(mean rework cost)²) / (unit_price − salvage);
///   break-even sell-through: that over the stock.
public struct HeadlineStandardErrors: Sendable, Equatable {
    public var expectedProfit = 0.0
    public var probabilityOfLoss = 0.0
    public var probabilityLate = 0.0
    public var var95 = 0.0
    public var cvar95 = 0.0
    public var breakEvenUnits = 0.0
    public var breakEvenSellThrough = 0.0

    public init(expectedProfit: Double = 0, probabilityOfLoss: Double = 0, probabilityLate: Double = 0,
                var95: Double = 0, cvar95: Double = 0, breakEvenUnits: Double = 0, breakEvenSellThrough: Double = 0) {
        self.expectedProfit = expectedProfit
        self.probabilityOfLoss = probabilityOfLoss
        self.probabilityLate = probabilityLate
        self.var95 = var95
        self.cvar95 = cvar95
        self.breakEvenUnits = breakEvenUnits
        self.breakEvenSellThrough = breakEvenSellThrough
    }
}
