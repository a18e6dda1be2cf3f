import MoldRiskAnalysis
import MoldRiskCore

/// The JSON report: the keys of DESIGN §4 in that order, then documented extras.
///
/// Extras, always after the §4 keys of their object:
/// - top level: `method` {`generator`, `chunk_size`, `chunks`, `percentile_relative_error`, and
///   `sampling` only when the scenario sets `scenario.sampling` or `[[correlation]]` (`samplingKeys`)};
/// - per cycle: `expected_profit_se`, `mean_mold_cost`, `mean_rework_cost`, `commit_days`,
///   `profit_cdf` [{`profit`, `probability`}], `loss_exceedance` [{`loss`, `probability`}],
///   `profit_histogram` and `ready_histogram` [{`lower`, `upper`, `share`}];
///   `probability_of_loss_se` and `probability_late_se` (√(p(1 − p)/trials)), `standard_errors` of
///   every headline figure (see `HeadlineStandardErrors`),
///   `sensitivity` [{`input`, `expected_profit_at_p10`, `expected_profit_at_p90`, `swing`,
///   `probability_of_loss_at_p10`, `probability_of_loss_at_p90`, `rank_correlation`,
///   `variance_contribution` (its squared rank correlation over the cycle's sum, the shares
///   summing to 1: Crystal Ball's contribution to variance), `kind` ("input"), `unit`, `value_at_p10`, `value_at_p90`}], continuous inputs widest swing first,
///   then the yes/no events ({`input`, `expected_profit_if_never`, `expected_profit_if_always`,
///   `swing`, `probability_of_loss_if_never`, `probability_of_loss_if_always`, `rank_correlation`,
///   `variance_contribution`, `kind` ("event"), `probability`}), `[]` when sensitivity was not computed or the cycle has no
///   uncertain input; `sensitivity_baseline`, the tornado's centre: expected profit on exactly the
///   trials the bars use (null when sensitivity was not computed: what tells the two `[]` apart),
///   and `sensitivity_trials`, how many (0 when not computed);
/// - per stock-curve point: `expected_profit_se`;
/// - verdict: `marginal`; `to_go`, null on GO, else {`cycle` (the verdict's: the lead and the stock
///   range are for it), `mold_cost_at_most` (the highest firm mold quote that passes the rule at the
///   planned stock, any cycle; null when even a free mold does not), `mold_cost_cycle`,
///   `mold_cost_limited_by` (`probability_of_loss`: the quote itself passes; `expected_profit`: only
///   quotes below it), `commit_days_before_window_at_least` (smallest whole-day lead that passes,
///   null when none searched does), `commit_days_before_window_fails_again_from` (first longer lead
///   that fails again, null when none), `lead_search` {`from`, `to`, `trials`, `evaluations`} (null
///   when not searched), `stock_within_tolerance` [min, max] (null when no evaluated stock is)};
/// - top level, after `method`: `convergence` {`target_half_width`, `achieved_half_width`,
///   `trial_cap`, `stopped_by_cap`}, null for a run of a fixed number of trials; `overrides`
///   [{`key`, `value`}], the `--set` values as typed, `[]` when none; `value_of_information`
///   (DESIGN §8.2, see `JSONReport+ValueOfInformation.swift`).
///
/// Counts, stocks, seeds and trials print as integers when integral; other numbers in Swift's
/// shortest round-trip form; non-finite numbers and a missing `max_stock_within_tolerance` as null.
enum JSONReport {
    /// The only keys whose value may be `null`, meaning "none" or "not computed", never a figure
    /// that could not be computed (the README's JSON section lists them with their meaning).
    static let nullableKeys: Set<String> = Set([
        "convergence", "sensitivity_baseline", "max_stock_within_tolerance", "to_go",
        "mold_cost_at_most", "mold_cost_cycle", "mold_cost_limited_by", "commit_days_before_window_at_least",
        "commit_days_before_window_fails_again_from", "lead_search", "stock_within_tolerance",
    ]).union(decisionNullableKeys)

    static func render(_ result: RunResult) -> String {
        JSONWriter.write(value(result))
    }

    static func value(_ result: RunResult) -> JSONValue {
        let cycles = result.cycles.map { ($0.name, cycle($0, trials: result.trials, life: (result.scenario.life?.seasons ?? 1) > 1)) }
        return .object(designKeys(result, cycles: cycles) + [
            ("convergence", result.convergence.map(convergence) ?? .null),
            ("overrides", .array(result.scenario.overrides.map {
                .object([("key", .string($0.keyPath.description)), ("value", .string($0.value))])
            })),
        ] + lifeSettings(result.scenario) + [
            ("value_of_information", valueOfInformation(result.valueOfInformation)),
            ("variants", variants(result)),
        ])
    }

    static func convergence(_ c: Convergence) -> JSONValue {
        .object([
            ("target_half_width", .number(c.targetHalfWidth)),
            ("achieved_half_width", .number(c.achievedHalfWidth)),
            ("trial_cap", .integer(c.trialCap)),
            ("stopped_by_cap", .bool(c.stoppedByCap)),
        ])
    }

    /// One tornado bar. A continuous input: `input`, `expected_profit_at_p10`,
    /// `expected_profit_at_p90`, `swing`, `probability_of_loss_at_p10`, `probability_of_loss_at_p90`,
    /// `rank_correlation`, `kind` (`"input"`), `unit`, `value_at_p10`, `value_at_p90`. A yes/no
    /// event: the same with `if_never` / `if_always` for `at_p10` / `at_p90`, `kind` `"event"` and
    /// its `probability` instead of unit and values.
    static func sensitivity(_ bar: SensitivityBar) -> JSONValue {
        let (low, high) = bar.isEvent ? ("if_never", "if_always") : ("at_p10", "at_p90")
        var members: [(String, JSONValue)] = [
            ("input", .string(bar.input.description)),
            ("expected_profit_" + low, .number(bar.expectedProfitAtP10)),
            ("expected_profit_" + high, .number(bar.expectedProfitAtP90)),
            ("swing", .number(bar.swing)),
            ("probability_of_loss_" + low, .number(bar.probabilityOfLossAtP10)),
            ("probability_of_loss_" + high, .number(bar.probabilityOfLossAtP90)),
            ("rank_correlation", .number(bar.rankCorrelation)),
            ("variance_contribution", .number(bar.varianceContribution)),
        ]
        switch bar.held {
        case let .input(unit, atP10, atP90):
            members += [("kind", .string("input")), ("unit", .string(unit.rawValue)),
                        ("value_at_p10", .number(atP10)), ("value_at_p90", .number(atP90))]
        case let .event(probability):
            members += [("kind", .string("event")), ("probability", .number(probability))]
        }
        return .object(members)
    }

    /// The DESIGN §4 top-level keys and `method`.
    static func designKeys(_ result: RunResult, cycles: [(String, JSONValue)]) -> [(String, JSONValue)] {
        [
            ("scenario", .string(result.scenario.name)),
            ("trials", .integer(result.trials)),
            ("seed", .integer(result.seed)),
            ("cycles", .object(cycles)),
            ("comparison", .array(result.comparisons.map(comparison))),
            ("verdict", .object([
                ("cycle", .string(result.verdict.cycle)),
                ("decision", .string(result.verdict.decision.rawValue)),
                ("stock", .count(result.verdict.stock)),
                ("reason", .string(ReportWording.verdictReason(result, words: EnglishStrings()))),   // JSON: English whatever --lang
                ("marginal", .bool(result.verdict.isMarginal)),
                ("to_go", result.verdict.toGo.map(toGo) ?? .null),
                ("cycle_choice", cycleChoice(result.verdict.choice)),
            ])),
            ("method", .object([
                ("generator", .string(result.method.generator)),
                ("chunk_size", .integer(result.method.chunkSize)),
                ("chunks", .integer(result.method.chunks)),
                ("percentile_relative_error", .number(result.method.percentileRelativeError)),
            ] + samplingKeys(result))),
        ]
    }

    /// `method.sampling` (DESIGN §8.3), only for a scenario that uses it: {`method`, `correlations`
    /// [{`between` [path, path], `rank`}], `standard_errors` ("chunk_means" or "sd_over_sqrt_n"),
/// `chunks` (non-empty chunks), `interval_quantile` (the 95 % intervals' quantile on means:
/// Student's t with chunks − 1 degrees of freedom from the chunk means, else 1.96),
    /// `variance_ratio` {cycle: ratio}, `effective_trials` {cycle: trials}}.
    static func samplingKeys(_ result: RunResult) -> [(String, JSONValue)] {
        guard let sampling = result.method.sampling else { return [] }
        let names = result.cycles.map(\.name)
        return [("sampling", .object([
            ("method", .string(sampling.method.rawValue)),
            ("correlations", .array(result.scenario.correlations.map { c in
                .object([("between", .array(c.names(in: result.scenario).map { .string($0.description) })),
                         ("rank", .number(c.rank))])
            })),
            ("standard_errors", .string(sampling.fromChunkSpread ? "chunk_means" : "sd_over_sqrt_n")),
            ("chunks", .count(Double(sampling.chunks))),
            ("interval_quantile", .number(sampling.intervalQuantile)),
            ("variance_ratio", .object(names.indices.map {
                (names[$0], .number(sampling.varianceRatios.indices.contains($0) ? sampling.varianceRatios[$0] : 1))
            })),
            ("effective_trials", .object(names.indices.map {
                (names[$0], .number(sampling.effectiveTrials(cycle: $0, trials: result.trials)))
            })),
        ]))]
    }

    static func cycle(_ c: CycleResult, trials: Int, life: Bool = false) -> JSONValue {
        var profit: [(String, JSONValue)] = [("mean", .number(c.profit.mean)), ("sd", .number(c.profit.sd)),
                                             ("se", .number(c.profit.se))]
        for level in ProfitSummary.levels {
            profit.append((Fmt.percentileLabel(level).lowercased(), c.profit.percentile(level).map(JSONValue.number) ?? .null))
        }
        return .object([
            ("profit", .object(profit)),
            ("probability_of_loss", .number(c.probabilityOfLoss)),
            ("probability_of_loss_ci", interval(c.probabilityOfLossCI)),
            ("var95", .number(c.var95)),
            ("cvar95", .number(c.cvar95)),
            ("sell_through", .object([
                ("mean", .number(c.sellThrough.mean)), ("p5", .number(c.sellThrough.p5)),
                ("p50", .number(c.sellThrough.p50)), ("p95", .number(c.sellThrough.p95)),
            ])),
            ("ready_days", .object([
                ("p10", .number(c.leadTime.p10)), ("p50", .number(c.leadTime.p50)), ("p90", .number(c.leadTime.p90)),
            ])),
            ("probability_late", .number(c.leadTime.probabilityLate)),
            ("break_even", .object([
                ("units", .number(c.breakEven.units)), ("sell_through", .number(c.breakEven.sellThrough)),
                ("mold_cost", .number(c.breakEven.moldCost)), ("probability", .number(c.breakEven.probability)),
            ])),
            ("stock_curve", .array(c.stockCurve.map(stockPoint))),
            ("best_stock", .count(c.bestStock)),
            ("max_stock_within_tolerance", c.maxStockWithinTolerance.map(JSONValue.count) ?? .null),
            ("expected_profit_se", .number(c.profit.se)),
            ("mean_mold_cost", .number(c.meanMoldCost)),
            ("mean_rework_cost", .number(c.meanReworkCost)),
            ("commit_days", .number(c.leadTime.commitDays)),
            ("profit_cdf", .array(c.profitCDF.map { .object([("profit", .number($0.x)), ("probability", .number($0.probability))]) })),
            ("loss_exceedance", .array(c.lossExceedance.map { .object([("loss", .number($0.x)), ("probability", .number($0.probability))]) })),
            ("profit_histogram", .array(c.profitHistogram.map(bin))),
            ("ready_histogram", .array(c.leadTime.histogram.map(bin))),
            ("probability_of_loss_se", .number(c.standardErrors.probabilityOfLoss)),
            ("probability_late_se", .number(c.standardErrors.probabilityLate)),
            ("standard_errors", .object([
                ("expected_profit", .number(c.standardErrors.expectedProfit)),
                ("probability_of_loss", .number(c.standardErrors.probabilityOfLoss)),
                ("probability_late", .number(c.standardErrors.probabilityLate)),
                ("var95", .number(c.standardErrors.var95)),
                ("cvar95", .number(c.standardErrors.cvar95)),
                ("break_even_units", .number(c.standardErrors.breakEvenUnits)),
                ("break_even_sell_through", .number(c.standardErrors.breakEvenSellThrough)),
            ])),
            ("sensitivity", .array(c.sensitivity?.bars.map(sensitivity) ?? [])),
            ("sensitivity_baseline", c.sensitivity.map { .number($0.baseline) } ?? .null),
            ("sensitivity_trials", .integer(c.sensitivity?.trials ?? 0)),
        ] + decisionKeys(c, life: life) + Self.life(c))
    }

    /// `verdict.to_go` (see the type's description).
    static func toGo(_ t: ToGo) -> JSONValue {
        let quote = t.moldQuote
        let lead = t.lead
        return .object([
            ("cycle", .string(t.cycle)),
            ("mold_cost_at_most", quote.map { .number($0.value) } ?? .null),
            ("mold_cost_cycle", quote.map { .string($0.cycle) } ?? .null),
            ("mold_cost_limited_by", quote.map { .string($0.limitedByExpectedProfit ? "expected_profit" : "probability_of_loss") } ?? .null),
            ("commit_days_before_window_at_least", lead?.atLeast.map(JSONValue.integer) ?? .null),
            ("commit_days_before_window_fails_again_from", lead?.failsAgainFrom.map(JSONValue.integer) ?? .null),
            ("lead_search", lead.map { l in .object([
                ("from", .integer(l.searchedFrom)), ("to", .integer(l.searchedTo)),
                ("trials", .integer(l.trials)), ("evaluations", .integer(l.evaluations)),
            ]) } ?? .null),
            ("stock_within_tolerance", t.stockWithinTolerance.map { .array([.count($0.lower), .count($0.upper)]) } ?? .null),
        ])
    }

    static func stockPoint(_ p: StockPoint) -> JSONValue {
        .object([
            ("stock", .count(p.stock)),
            ("expected_profit", .number(p.expectedValue)),
            ("probability_of_loss", .number(p.probabilityOfLoss)),
            ("p5", .number(p.p5)),
            ("p95", .number(p.p95)),
            ("mean_sell_through", .number(p.meanSellThrough)),
            ("expected_profit_se", .number(p.expectedValueSE)),
        ])
    }

    static func comparison(_ c: CycleComparison) -> JSONValue {
        .object([
            ("from", .string(c.from)),
            ("to", .string(c.to)),
            ("expected_profit_difference", .number(c.expectedProfitDifference)),
            ("ci", interval(c.ci)),
        ])
    }

    static func interval(_ i: ClosedInterval) -> JSONValue {
        .array([.number(i.lower), .number(i.upper)])
    }

    static func bin(_ b: HistogramBin) -> JSONValue {
        .object([("lower", .number(b.lower)), ("upper", .number(b.upper)), ("share", .number(b.share))])
    }
}
