import MoldRiskAnalysis
import MoldRiskCore

/// The CSV report: every curve of the run as one tidy long table (RFC 4180: header row, CRLF line
/// ends, fields with a comma, quote, CR or LF quoted, quotes doubled; a text field that a spreadsheet
/// would read as a formula is neutralised, see `field`).
///
/// Columns: `cycle,curve,x,x_unit,y,y_unit`, one row per curve point. Curves, per cycle in
/// cycle order:
/// - stock curve, x = stock (`units`): `stock_expected_profit` (y `yuan`),
///   `stock_expected_profit_se` (`yuan`), `stock_probability_of_loss` (`probability`),
///   `stock_p5` and `stock_p95` (`yuan`), `stock_mean_sell_through` (`share`);
/// - `profit_cdf`: x = profit (`yuan`), y = P(profit ≤ x) (`probability`);
/// - `loss_exceedance`: x = loss (`yuan`), y = P(loss > x) (`probability`);
/// - sensitivity (only when computed): first `sensitivity_baseline` (empty x and x_unit, y `yuan`),
///   the tornado's centre; then x = the input's scenario key path (x_unit `key`), one row per
///   input and measure, continuous inputs widest swing first: `sensitivity_expected_profit_at_p10`,
///   `sensitivity_expected_profit_at_p90`, `sensitivity_swing` (y `yuan`),
///   `sensitivity_probability_of_loss_at_p10`, `sensitivity_probability_of_loss_at_p90`
///   (`probability`), `sensitivity_rank_correlation` (`correlation`), `sensitivity_variance_contribution`
///   (`share`: the squared rank correlation over the cycle's sum), `sensitivity_value_at_p10`,
///   `sensitivity_value_at_p90` (the values held, y_unit the input's own: `yuan`, `days`, `units`,
///   `visitors`, `probability`, `factor`); then the yes/no events likewise, with `if_never` /
///   `if_always` for `at_p10` / `at_p90` and `sensitivity_event_probability` (`probability`)
///   instead of the values. The measure is in the curve name, as for the stock curve, so a pivot
///   on `curve` gives one column per measure.
///
/// After the cycles, the value of information (`valueOfInformationRows`: `evpi`, `evpi_se`, and per
/// priced listing `evsi`, `evsi_se`, `listing_cost`, `listing_net_value`). Then, when the verdict is not GO, the `verdict.to_go` figures for the verdict's
/// cycle: `to_go_mold_cost_at_most` (y `yuan`), `to_go_commit_days_before_window_at_least` and
/// `to_go_commit_days_before_window_fails_again_from` (y `days`), all with x = the planned stock
/// (`units`), and `to_go_stock_within_tolerance` with x `min` and `max` (x_unit `bound`, y `units`);
/// a y with no value (none passes, or the lead was not searched) is empty.
///
/// Numbers are in Swift's shortest round-trip form (stocks as integers when integral); a
/// non-finite number is an empty field.
enum CSVReport {
    static let header = ["cycle", "curve", "x", "x_unit", "y", "y_unit"]
    static let lineEnd = "\r\n"

    static func render(_ result: RunResult) -> String {
        var rows: [[String]] = [header]
        for cycle in result.cycles {
            let stockCurves: [(String, String, (StockPoint) -> Double)] = [
                ("stock_expected_profit", "yuan", { $0.expectedValue }),
                ("stock_expected_profit_se", "yuan", { $0.expectedValueSE }),
                ("stock_probability_of_loss", "probability", { $0.probabilityOfLoss }),
                ("stock_p5", "yuan", { $0.p5 }),
                ("stock_p95", "yuan", { $0.p95 }),
                ("stock_mean_sell_through", "share", { $0.meanSellThrough }),
            ]
            for (curve, unit, y) in stockCurves {
                for point in cycle.stockCurve {
                    rows.append([cycle.name, curve, Fmt.machineCount(point.stock) ?? "", "units",
                                 Fmt.machine(y(point)) ?? "", unit])
                }
            }
            for point in cycle.profitCDF {
                rows.append([cycle.name, "profit_cdf", Fmt.machine(point.x) ?? "", "yuan",
                             Fmt.machine(point.probability) ?? "", "probability"])
            }
            for point in cycle.lossExceedance {
                rows.append([cycle.name, "loss_exceedance", Fmt.machine(point.x) ?? "", "yuan",
                             Fmt.machine(point.probability) ?? "", "probability"])
            }
            if let tornado = cycle.sensitivity {
                rows.append([cycle.name, "sensitivity_baseline", "", "", Fmt.machine(tornado.baseline) ?? "", "yuan"])
            }
            let bars = cycle.sensitivity?.bars ?? []
            for group in [bars.filter { !$0.isEvent }, bars.filter(\.isEvent)] {
                let measures = group.map(sensitivityMeasures)
                for m in measures.first?.indices ?? 0..<0 {
                    for (bar, barMeasures) in zip(group, measures) {
                        let (curve, unit, y) = barMeasures[m]
                        rows.append([cycle.name, curve, bar.input.description, "key", Fmt.machine(y) ?? "", unit])
                    }
                }
            }
            rows += lifeRows(cycle)
        }
        rows += valueOfInformationRows(result.valueOfInformation)
        rows += variantRows(result)
        if let toGo = result.verdict.toGo { rows += toGoRows(toGo, plannedStock: result.scenario.product.stock) }
        return rows.map { $0.map(field).joined(separator: ",") + lineEnd }.joined()
    }

    /// The `to_go` rows of a verdict that is not GO, for the verdict's cycle (an empty y when there
    /// is no such value).
    static func toGoRows(_ t: ToGo, plannedStock: Double) -> [[String]] {
        let planned = Fmt.machineCount(plannedStock) ?? ""
        func value(_ x: Double?) -> String { x.flatMap(Fmt.machine) ?? "" }
        func count(_ x: Double?) -> String { x.flatMap(Fmt.machineCount) ?? "" }
        return [
            [t.cycle, "to_go_mold_cost_at_most", planned, "units", value(t.moldQuote?.value), "yuan"],
            [t.cycle, "to_go_commit_days_before_window_at_least", planned, "units",
             count(t.lead?.atLeast.map(Double.init)), "days"],
            [t.cycle, "to_go_commit_days_before_window_fails_again_from", planned, "units",
             count(t.lead?.failsAgainFrom.map(Double.init)), "days"],
            [t.cycle, "to_go_stock_within_tolerance", "min", "bound", count(t.stockWithinTolerance?.lower), "units"],
            [t.cycle, "to_go_stock_within_tolerance", "max", "bound", count(t.stockWithinTolerance?.upper), "units"],
        ]
    }

    /// The sensitivity curves of one bar: name, y unit and value, in the JSON report's key order.
    /// Every continuous input has the same curves, and so has every event.
    static func sensitivityMeasures(_ bar: SensitivityBar) -> [(String, String, Double)] {
        let (low, high) = bar.isEvent ? ("if_never", "if_always") : ("at_p10", "at_p90")
        var measures = [
            ("sensitivity_expected_profit_" + low, "yuan", bar.expectedProfitAtP10),
            ("sensitivity_expected_profit_" + high, "yuan", bar.expectedProfitAtP90),
            ("sensitivity_swing", "yuan", bar.swing),
            ("sensitivity_probability_of_loss_" + low, "probability", bar.probabilityOfLossAtP10),
            ("sensitivity_probability_of_loss_" + high, "probability", bar.probabilityOfLossAtP90),
            ("sensitivity_rank_correlation", "correlation", bar.rankCorrelation),
            ("sensitivity_variance_contribution", "share", bar.varianceContribution),
        ]
        switch bar.held {
        case let .input(unit, atP10, atP90):
            measures += [("sensitivity_value_at_p10", unit.rawValue, atP10), ("sensitivity_value_at_p90", unit.rawValue, atP90)]
        case let .event(probability):
            measures.append(("sensitivity_event_probability", "probability", probability))
        }
        return measures
    }

    /// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF. A text field a
    /// spreadsheet would take for a formula — one that begins with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return (OWASP's CSV injection rule) — gets a single quote before it and is quoted,
    /// so `=1+2` arrives as the text `'=1+2`; a number (`-5`, `-1.5e-7`) stays a number.
    static func field(_ text: String) -> String {
        let neutralised = startsFormula(text) && !isNumber(text)
        let body = neutralised ? "'" + text : text
        guard neutralised || text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + body.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `text` begins with a character that makes a spreadsheet read a formula.
    private static func startsFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }

    /// Whether `text` is a plain decimal number as `Fmt.machine` writes one: an optional `-`,
    /// digits, an optional fraction and an optional exponent.
    private static func isNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        let mantissa = rest.prefix { isDigit($0) || $0 == "." }
        guard mantissa.contains(where: isDigit), mantissa.filter({ $0 == "." }).count <= 1 else { return false }
        rest = rest.dropFirst(mantissa.count)
        guard let e = rest.first else { return true }
        guard e == "e" || e == "E" else { return false }
        rest = rest.dropFirst()
        if rest.hasPrefix("-") || rest.hasPrefix("+") { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy(isDigit)
    }
}
