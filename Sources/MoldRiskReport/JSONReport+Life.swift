import MoldRiskAnalysis
import MoldRiskCore

/// The JSON report's life (DESIGN §8.1), present only with `[life]`:
/// - top level, after `overrides`: `life` {`seasons`, `restock`, `discount_per_season`, `judged_on`
///   (`"npv"`: the verdict judges the NPV)};
/// - per cycle, after `sensitivity_trials`: `life` {`seasons`, at the planned stock `stock`, `mean`,
///   `se`, `p5`, `p50`, `p95`, `probability_of_loss` (P(NPV < 0)), `probability_of_loss_ci`,
///   `paid_back_by_season` [P(paid back by season k), k = 1…seasons], `expected_profit_by_season`
///   [season k's expected profit, undiscounted]; then `stock_curve` [the same figures per evaluated
///   stock level, ascending: {`stock`, `mean`, `se`, `p5`, `p50`, `p95`, `probability_of_loss`,
///   `paid_back_by_season`, `expected_profit_by_season`}]}.
/// No member is ever null.
extension JSONReport {
    /// The top-level `life` member, none without `[life]`.
    static func lifeSettings(_ scenario: Scenario) -> [(String, JSONValue)] {
        guard let life = scenario.life else { return [] }
        return [("life", .object([
            ("seasons", .integer(life.seasons)),
            ("restock", .string(life.restock.rawValue)),
            ("discount_per_season", .number(life.discountPerSeason)),
            ("judged_on", .string("npv")),
        ]))]
    }

    /// A cycle's `life` member, none without `[life]`.
    static func life(_ cycle: CycleResult) -> [(String, JSONValue)] {
        guard let life = cycle.life else { return [] }
        return [("life", .object([("seasons", .integer(life.seasons))] + lifePoint(life.planned) + [
            ("probability_of_loss_ci", interval(life.probabilityOfLossCI)),
            ("stock_curve", .array(life.points.map { .object(lifePoint($0)) })),
            lifeMarks(life),
        ]))]
    }

    static func lifePoint(_ p: LifeStockPoint) -> [(String, JSONValue)] {
        [
            ("stock", .count(p.stock)),
            ("mean", .number(p.mean)),
            ("se", .number(p.se)),
            ("p5", .number(p.p5)),
            ("p50", .number(p.p50)),
            ("p95", .number(p.p95)),
            ("probability_of_loss", .number(p.probabilityOfLoss)),
            ("paid_back_by_season", .array(p.paidBackBySeason.map(JSONValue.number))),
            ("expected_profit_by_season", .array(p.expectedProfitBySeason.map(JSONValue.number))),
        ]
    }
}
