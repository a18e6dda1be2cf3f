/// The JSON report: the keys of DESIGN §4 in that order, then documented extras.
///
/// Extras, always after the §4 keys of their object:
/// - top level: `method` {`generator`, `chunk_size`, `chunks`, `percentile_relative_error`};
/// - per cycle: `expected_profit_se`, `mean_mold_cost`, `mean_rework_cost`, `commit_days`,
///   `profit_cdf` [{`profit`, `probability`}], `loss_exceedance` [{`loss`, `probability`}],
///   `profit_histogram` and `ready_histogram` [{`lower`, `upper`, `share`}];
/// - per stock-curve point: `expected_profit_se`;
/// - verdict: `marginal`.
///
/// Counts, stocks, seeds and trials print as integers when integral; other numbers in Swift's
/// shortest round-trip form; non-finite numbers and a missing `max_stock_within_tolerance` as null.
enum JSONReport {
    static func render(_ result: RunResult) -> String {
        JSONWriter.write(value(result))
    }

    static func value(_ result: RunResult) -> JSONValue {
        .object([
            ("scenario", .string(result.scenario.name)),
            ("trials", .integer(result.trials)),
            ("seed", .integer(result.seed)),
            ("cycles", .object(result.cycles.map { ($0.name, cycle($0)) })),
            ("comparison", .array(result.comparisons.map(comparison))),
            ("verdict", .object([
                ("cycle", .string(result.verdict.cycle)),
                ("decision", .string(result.verdict.decision.rawValue)),
                ("stock", .count(result.verdict.stock)),
                ("reason", .string(result.verdict.reason)),
                ("marginal", .bool(result.verdict.isMarginal)),
            ])),
            ("method", .object([
                ("generator", .string(result.method.generator)),
                ("chunk_size", .integer(result.method.chunkSize)),
                ("chunks", .integer(result.method.chunks)),
                ("percentile_relative_error", .number(result.method.percentileRelativeError)),
            ])),
        ])
    }

    static func cycle(_ c: CycleResult) -> JSONValue {
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
        ])
    }

    static func stockPoint(_ p: StockPoint) -> JSONValue {
        .object([
            ("stock", .count(p.stock)),
            ("expected_profit", .number(p.expectedProfit)),
            ("probability_of_loss", .number(p.probabilityOfLoss)),
            ("p5", .number(p.p5)),
            ("p95", .number(p.p95)),
            ("mean_sell_through", .number(p.meanSellThrough)),
            ("expected_profit_se", .number(p.expectedProfitSE)),
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
