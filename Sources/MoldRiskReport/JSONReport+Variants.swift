import MoldRiskAnalysis
import MoldRiskCore

extension JSONReport {
    /// `variants` (DESIGN §8.5): [{`name`, `set` {key path: value as given}, `verdict`, `cycle`,
    /// `stock`, `expected_value`, `probability_of_loss`, `difference_to_base` {`mean`, `ci`
    /// [lo, hi], `se`, `se_from` ("chunk_means" or "independent_trials")}}], `[]` without variants.
    /// `expected_value` and `probability_of_loss` are at the verdict's cycle and stock (the NPV and
    /// P(NPV < 0) with `[life]`).
    static func variants(_ result: RunResult) -> JSONValue {
        .array(result.variants.map { v in
            let d = v.differenceToBase
            return .object([
                ("name", .string(v.name)),
                ("set", .object(v.changes.map { ($0.keyPath.description, .string($0.value)) })),
                ("verdict", .string(v.result.verdict.decision.rawValue)),
                ("cycle", .string(v.result.verdict.cycle)),
                ("stock", .count(v.result.verdict.stock)),
                ("expected_value", .number(v.expectedValue)),
                ("probability_of_loss", .number(v.probabilityOfLoss)),
                ("difference_to_base", .object([
                    ("mean", .number(d.mean)),
                    ("ci", .array([.number(d.ci.lower), .number(d.ci.upper)])),
                    ("se", .number(d.standardError)),
                    ("se_from", .string(d.fromChunkSpread ? "chunk_means" : "independent_trials")),
                ])),
            ])
        })
    }
}
