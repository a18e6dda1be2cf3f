import MoldRiskAnalysis
import MoldRiskCore

/// The CSV report's life rows (DESIGN §8.1), per cycle after its sensitivity rows, only with `[life]`:
/// - per evaluated stock, x = stock (`units`): `life_npv_mean`, `life_npv_se`, `life_npv_p5`,
///   `life_npv_p50`, `life_npv_p95` (y `yuan`), `life_probability_of_loss` (P(NPV < 0), `probability`);
/// - at the planned stock, x = season (x_unit `season`, 1…seasons): `life_paid_back_by_season`
///   (`probability`), `life_expected_profit_by_season` (`yuan`, undiscounted).
extension CSVReport {
    static func lifeRows(_ cycle: CycleResult) -> [[String]] {
        guard let life = cycle.life else { return [] }
        var rows: [[String]] = []
        let measures: [(String, String, (LifeStockPoint) -> Double)] = [
            ("life_npv_mean", "yuan", { $0.mean }),
            ("life_npv_se", "yuan", { $0.se }),
            ("life_npv_p5", "yuan", { $0.p5 }),
            ("life_npv_p50", "yuan", { $0.p50 }),
            ("life_npv_p95", "yuan", { $0.p95 }),
            ("life_probability_of_loss", "probability", { $0.probabilityOfLoss }),
        ]
        for (curve, unit, y) in measures {
            for point in life.points {
                rows.append([cycle.name, curve, Fmt.machineCount(point.stock) ?? "", "units", Fmt.machine(y(point)) ?? "", unit])
            }
        }
        let planned = life.planned
        for (curve, unit, values) in [("life_paid_back_by_season", "probability", planned.paidBackBySeason),
                                      ("life_expected_profit_by_season", "yuan", planned.expectedProfitBySeason)] {
            for (s, value) in values.enumerated() {
                rows.append([cycle.name, curve, String(s + 1), "season", Fmt.machine(value) ?? "", unit])
            }
        }
        return rows
    }
}
