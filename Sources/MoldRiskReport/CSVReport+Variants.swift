import MoldRiskAnalysis
import MoldRiskCore

extension CSVReport {
    /// One row per variant and measure, cycle = the variant's name, x = the verdict's stock
    /// (`units`): `variant_expected_value` (`yuan`), `variant_probability_of_loss`
    /// (`probability`), `variant_difference_to_base`, `variant_difference_to_base_ci_lower`,
    /// `variant_difference_to_base_ci_upper` (`yuan`).
    static func variantRows(_ result: RunResult) -> [[String]] {
        result.variants.flatMap { v -> [[String]] in
            let stock = Fmt.machineCount(v.result.verdict.stock) ?? ""
            let d = v.differenceToBase
            return [
                ("variant_expected_value", v.expectedValue, "yuan"),
                ("variant_probability_of_loss", v.probabilityOfLoss, "probability"),
                ("variant_difference_to_base", d.mean, "yuan"),
                ("variant_difference_to_base_ci_lower", d.ci.lower, "yuan"),
                ("variant_difference_to_base_ci_upper", d.ci.upper, "yuan"),
            ].map { curve, y, unit in [v.name, curve, stock, "units", Fmt.machine(y) ?? "", unit] }
        }
    }
}
