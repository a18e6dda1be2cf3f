import MoldRiskCore

/// Everything a run computed (DESIGN §3), ready for the renderers: each report format is a pure
/// function of a `RunResult`. Money in yuan, time in days, quantities in units, probabilities in [0, 1].
public struct RunResult: Sendable, Equatable {
    /// The scenario as read (the renderers print it as the audit trail).
    public internal(set) var scenario: Scenario
    /// Trials actually run.
    public internal(set) var trials: Int
    /// Seed of the run (the scenario's or `--seed`).
    public internal(set) var seed: UInt64
    /// How the draws were made (generator, chunk size, summary precision), for the method section.
    package var method: MethodInfo
    /// One result per cycle, in the scenario's cycle order.
    package var cycles: [CycleResult]
    /// Paired differences between cycles (every pair, in cycle order: `to` minus `from`).
    package var comparisons: [CycleComparison]
    /// The go / no-go answer.
    public internal(set) var verdict: Verdict
    /// How `--precision` stopped the run; nil for a run of a fixed number of trials.
    package var convergence: Convergence?
    /// Every uncertain input as drawn on the tornado's trials, with its law (the input-distribution
    /// chart); empty when the tornado was not computed.
    package internal(set) var inputDistributions: [InputDistribution] = []
    /// The what-if variants run beside this scenario (DESIGN §8.5), in the scenario's order; empty
    /// without variants.
    package internal(set) var variants: [VariantResult] = []
    /// What knowing more is worth (DESIGN §8.2): EVPI always, EVSI of further test listings with
    /// `[value_of_information]`.
    package internal(set) var valueOfInformation = ValueOfInformation(evpi: 0, evpiSE: 0)
}

/// How a run was made: the facts a reader needs to reproduce it and to judge its precision.
package struct MethodInfo: Sendable, Equatable {
    /// Name of the random number generator (`xoshiro256++ via gsl_rng`).
    package var generator: String
    /// Trials per chunk; each chunk has its own seeded stream (part of a result's identity).
    package var chunkSize: Int
    /// Number of chunks the trials were split into.
    package var chunks: Int
    /// Largest relative error of a percentile, tail mean or curve point taken from the
    /// mergeable histograms (means, standard deviations and probabilities are exact).
    package var percentileRelativeError: Double
    /// Sampling method, correlations and variance ratios (DESIGN §8.3); nil for random sampling
    /// without correlations.
    package var sampling: SamplingInfo?
}

/// A value at a probability level: a percentile (`level` 0.05 → P5) or a point of a curve.
package struct LevelValue: Sendable, Equatable {
    package var level: Double
    package var value: Double
}

/// A point (x, probability) of a risk curve.
package struct CurvePoint: Sendable, Equatable {
    /// Profit or loss in yuan.
    package var x: Double
    /// P(profit ≤ x) on the S-curve, P(loss > x) on the loss-exceedance curve.
    package var probability: Double
}

/// Mean, spread and percentiles of profit at the planned stock.
package struct ProfitSummary: Sendable, Equatable {
    package var mean: Double
    package var sd: Double
    /// Standard error of the mean, sd / √trials.
    package var se: Double
    /// P1 P5 P10 P25 P50 P75 P90 P95 P99, in that order.
    package var percentiles: [LevelValue]

    /// The percentile at `level` (0.05 for P5), if it was computed.
    package func percentile(_ level: Double) -> Double? {
        percentiles.first { abs($0.level - level) < 1e-12 }?.value
    }

    /// The percentile levels every report shows.
    package static let levels: [Double] = [0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99]
}

/// Sell-through (sold / stock) at the planned stock.
package struct SellThroughSummary: Sendable, Equatable {
    package var mean: Double
    package var p5: Double
    package var p50: Double
    package var p95: Double
}

/// Days from the start of research until the stock is produced (`ready`), at the planned stock.
package struct LeadTimeSummary: Sendable, Equatable {
    package var p10: Double
    package var p50: Double
    package var p90: Double
    /// P(ready > commit_days_before_window): the stock misses the opening day.
    package var probabilityLate: Double
    /// The days available: `commit_days_before_window`.
    package var commitDays: Double
    /// Histogram of `ready`, for the lead-time chart.
    package var histogram: [HistogramBin]
}

/// Break-even figures at the planned stock (DESIGN §3).
package struct BreakEven: Sendable, Equatable {
    /// Units that must sell for profit to be zero with expected mold and rework costs.
    package var units: Double
    /// `units / stock`; above 1 the stock cannot break even.
    package var sellThrough: Double
    /// The mold cost at which expected profit is zero.
    package var moldCost: Double
    /// P(profit ≥ 0).
    package var probability: Double
}

/// Figures of one stock level on the same trials as every other level. The value is what the
/// curve measures: season 1's profit on a cycle's `stockCurve`, the NPV over the mold's life on
/// the curve the verdict judges with `[life]` (`LifeAnalysis.judgedOnLife`); P(loss), P5 and P95
/// are the same value's.
package struct StockPoint: Sendable, Equatable {
    package var stock: Double
    /// The expected value (profit, or NPV on a life-judged curve).
    package var expectedValue: Double
    /// Standard error of `expectedValue`.
    package var expectedValueSE: Double
    package var probabilityOfLoss: Double
    /// Wilson 95 % interval of `probabilityOfLoss` (the verdict is marginal when it holds the tolerance).
    package var probabilityOfLossCI: ClosedInterval
    package var p5: Double
    package var p95: Double
    package var meanSellThrough: Double
}

/// Everything computed for one development cycle.
package struct CycleResult: Sendable, Equatable {
    package var name: String
    /// Profit at the planned stock.
    package var profit: ProfitSummary
    package var probabilityOfLoss: Double
    /// Wilson 95 % interval of `probabilityOfLoss`.
    package var probabilityOfLossCI: ClosedInterval
    /// Value at risk: −P5 of profit.
    package var var95: Double
    /// Conditional value at risk: −mean profit over the worst 5 % of trials.
    package var cvar95: Double
    package var sellThrough: SellThroughSummary
    package var leadTime: LeadTimeSummary
    package var breakEven: BreakEven
    /// Sample means of the cost draws at this cycle (for the audit trail and break-even).
    package var meanMoldCost: Double
    package var meanReworkCost: Double
    /// The profit S-curve: P(profit ≤ x), non-decreasing from 0 to 1.
    package var profitCDF: [CurvePoint]
    /// The loss-exceedance curve: P(loss > x) for x ≥ 0, non-increasing.
    package var lossExceedance: [CurvePoint]
    /// Histogram of profit at the planned stock, for the text and chart distribution.
    package var profitHistogram: [HistogramBin]
    /// One point per evaluated stock level, ascending.
    package var stockCurve: [StockPoint]
    /// The evaluated stock with the highest expected profit.
    package var bestStock: Double
    /// The largest evaluated stock whose P(loss) is within tolerance; nil when none is.
    package var maxStockWithinTolerance: Double?
    /// The tornado at the planned stock; nil when it was not computed (`--no-sensitivity`), bars
    /// `[]` when it was and the cycle has no uncertain input.
    package var sensitivity: CycleTornado?
    /// Standard errors of the headline figures.
    package var standardErrors: HeadlineStandardErrors
    /// The mold's life over several seasons (`[life]`, DESIGN §8.1); nil without it.
    package var life: LifeResult? = nil
    /// Which stock to make (DESIGN §8.4), judged on the verdict's value (the NPV with `[life]`):
    /// the stock search's, or read off the tabulated levels when no search was run.
    package var stockDecision: StockDecision? = nil
    /// Units demanded in the window at the planned stock (after lateness, before the stock caps
    /// sales); nil when not accumulated.
    package var demand: DemandSummary? = nil
}

/// Units demanded in the sales window at the planned stock: after lateness (a late stock meets
/// only the demand still reachable), before the stock caps sales. The reason a report gives in
/// the reader's units (DESIGN §8.4).
package struct DemandSummary: Sendable, Equatable {
    package var mean: Double
    /// Standard error of `mean`.
    package var se: Double
    package var p10: Double
    package var p90: Double
}

/// A closed interval [lower, upper], used for confidence intervals.
package struct ClosedInterval: Sendable, Equatable {
    package var lower: Double
    package var upper: Double
}

/// The paired difference in expected profit between two cycles at the planned stock:
/// E[profit(to) − profit(from)] over the same trials, with its 95 % interval.
package struct CycleComparison: Sendable, Equatable {
    package var from: String
    package var to: String
    package var expectedProfitDifference: Double
    package var ci: ClosedInterval
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
    public internal(set) var cycle: String
    /// GO, GO AT A SMALLER STOCK or NO-GO.
    public internal(set) var decision: Decision
    /// The recommended stock (for NO-GO: the planned stock).
    public internal(set) var stock: Double
    /// The figures behind the decision; Report words them as one or two plain sentences a factory
    /// head can act on (`ReportStrings.verdictReason`).
    package var reason: VerdictReason
    /// True when P(loss)'s 95 % interval at the chosen stock straddles the tolerance, so more
    /// trials could change the decision.
    public internal(set) var isMarginal: Bool
    /// What would make it GO; nil on GO.
    package var toGo: ToGo?
    /// The cycle named beside the runner-up (nil with one cycle, or when one cycle alone passes).
    package var choice: CycleChoice? = nil
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
package struct SensitivityBar: Sendable, Equatable {
    /// What the bar holds fixed, and at which values.
    package enum Held: Sendable, Equatable {
        /// A continuous input held at its P10 and its P90, in `unit`: the values the model used
        /// (negative draws of durations, costs and demand count as 0, as in every trial; drift as
        /// its demand factor).
        case input(unit: SensitivityUnit, atP10: Double, atP90: Double)
        /// A yes/no event that happens with `probability` in the scenario, held at never and at always.
        case event(probability: Double)
    }

    /// The scenario key path of the input (`mold.cost`, `cycles.traditional.research_days`, …):
    /// what `--set` takes (but `demand.conversion`, derived from `impressions` and `orders`).
    package var input: TOMLPath
    package var held: Held
    /// Expected profit at the low end: the input at its P10, or the event never happening.
    package var expectedProfitAtP10: Double
    /// Expected profit at the high end: the input at its P90, or the event always happening.
    package var expectedProfitAtP90: Double
    /// |expectedProfitAtP90 − expectedProfitAtP10|.
    package var swing: Double
    /// P(loss) at the low end (P10 / never).
    package var probabilityOfLossAtP10: Double
    /// P(loss) at the high end (P90 / always).
    package var probabilityOfLossAtP90: Double
    /// Spearman rank correlation of the input's draws with profit at the planned stock, in [−1, 1].
    package var rankCorrelation: Double
    /// Contribution to variance as Crystal Ball defines it: this input's squared rank correlation
    /// over the sum of the squares of every bar of the cycle, in [0, 1] (the bars sum to 1; the
    /// sign is the rank correlation's). 0 when no input is correlated with profit at all.
    package var varianceContribution = 0.0

    package init(input: TOMLPath, held: Held, expectedProfitAtP10: Double, expectedProfitAtP90: Double,
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
    package var isEvent: Bool {
        if case .event = held { return true }
        return false
    }
}

/// The unit of a tornado input's held values (`SensitivityBar.Held.input`); the raw value is the
/// unit name the JSON and CSV reports print.
package enum SensitivityUnit: String, Sendable, Equatable {
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
package struct Convergence: Sendable, Equatable {
    /// The requested 95 % half-width of P(loss).
    package var targetHalfWidth: Double
    /// The largest 95 % half-width of P(loss) over the cycles when the run stopped.
    package var achievedHalfWidth: Double
    /// The trial cap (`--trials`, else `scenario.trials`).
    package var trialCap: Int
    /// True when the cap stopped the run before the target was met.
    package var stoppedByCap: Bool
    package init(targetHalfWidth: Double, achievedHalfWidth: Double, trialCap: Int, stoppedByCap: Bool) {
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
package struct HeadlineStandardErrors: Sendable, Equatable {
    package var expectedProfit = 0.0
    package var probabilityOfLoss = 0.0
    package var probabilityLate = 0.0
    package var var95 = 0.0
    package var cvar95 = 0.0
    package var breakEvenUnits = 0.0
    package var breakEvenSellThrough = 0.0

    package init(expectedProfit: Double = 0, probabilityOfLoss: Double = 0, probabilityLate: Double = 0,
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
