import MoldRiskAnalysis
import MoldRiskCore

/// The decision's JSON members (DESIGN §8.4):
/// - per cycle `stock_decision` {`best` {`stock`, `expected_value`, `se`}, `within_tolerance`
///   [lo, hi] (null when no stock passes), `recommended` {`stock`, `expected_value`, `se`} (null when
///   none), `best_at_range_bound`, `searched` [min, max], `resolution`, `trials` (0: read off the
///   tabulated levels), `evaluations`, `judged_on` ("profit" or "npv")};
/// - per cycle `demand` {`mean`, `se`, `p10`, `p90`}: units demanded in the window at the planned
///   stock, after lateness, before the stock caps sales;
/// - per cycle with `[life]`, `life.marks` {`best`, `within_tolerance`, `recommended`}: stocks of
///   the life table (recommended and within_tolerance null when none);
/// - `verdict.cycle_choice` {`other`, `difference`, `ci` [lo, hi], `within_noise`,
///   `both_always_lose`}: the cycle named against the runner-up (null with one cycle, or when only
///   the named cycle passes).
extension JSONReport {
    /// The keys of this file that may be null.
    static let decisionNullableKeys: Set<String> = ["within_tolerance", "recommended", "cycle_choice"]

    static func decisionKeys(_ c: CycleResult, life: Bool) -> [(String, JSONValue)] {
        var keys: [(String, JSONValue)] = []
        if let d = c.stockDecision {
            keys.append(("stock_decision", .object([
                ("best", stockValue(d.best)),
                ("within_tolerance", d.withinTolerance.map { .array([.count($0.lower), .count($0.upper)]) } ?? .null),
                ("recommended", d.recommended.map(stockValue) ?? .null),
                ("best_at_range_bound", .bool(d.bestAtRangeBound)),
                ("searched", .array([.count(d.searched.lower), .count(d.searched.upper)])),
                ("resolution", .number(d.resolution)),
                ("trials", .integer(d.trials)),
                ("evaluations", .integer(d.evaluations)),
                ("judged_on", .string(life ? "npv" : "profit")),
            ])))
        }
        if let demand = c.demand {
            keys.append(("demand", .object([
                ("mean", .number(demand.mean)), ("se", .number(demand.se)),
                ("p10", .number(demand.p10)), ("p90", .number(demand.p90)),
            ])))
        }
        return keys
    }

    static func stockValue(_ v: StockValue) -> JSONValue {
        .object([("stock", .count(v.stock)), ("expected_value", .number(v.expectedValue)), ("se", .number(v.se))])
    }

    /// `life.marks` of a cycle's life table.
    static func lifeMarks(_ life: LifeResult) -> (String, JSONValue) {
        let m = life.marks
        return ("marks", .object([
            ("best", .count(m.best.stock)),
            ("within_tolerance", m.withinTolerance.map { .array([.count($0.lower), .count($0.upper)]) } ?? .null),
            ("recommended", m.recommended.map { .count($0.stock) } ?? .null),
        ]))
    }

    /// `verdict.cycle_choice`.
    static func cycleChoice(_ c: CycleChoice?) -> JSONValue {
        guard let c else { return .null }
        return .object([
            ("other", .string(c.other.cycle)),
            ("difference", .number(c.difference)),
            ("ci", interval(c.interval)),
            ("within_noise", .bool(c.withinNoise)),
            ("both_always_lose", .bool(c.bothAlwaysLose)),
        ])
    }
}
