import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The what-ifs side by side (DESIGN §8.5): the scenario and each variant in one table
    /// (verdict, cycle, stock, expected value, P(loss), the paired difference to the scenario
    /// with its 95 % interval), what each variant changes, and the overlay chart when charts are
    /// drawn. Nothing without variants.
    static func variantItems(_ result: RunResult, words: any ReportStrings, overlay: [ReportItem]) -> [ReportItem] {
        guard !result.variants.isEmpty else { return [] }
        let say = words.phrase
        let base = VariantComparison.decisionValue(result)
        func row(_ name: String, _ r: RunResult, value: Double, loss: Double, difference: String) -> ReportTable.Row {
            .cells([name, words.decision(r.verdict.decision), r.verdict.cycle, Fmt.units(r.verdict.stock),
                    words.money(value), Fmt.percent(loss), difference])
        }
        let rows = [row(words.baseRowName, result, value: base.value, loss: base.probabilityOfLoss, difference: "—")]
            + result.variants.map { v in
                let d = v.differenceToBase
                return row(v.name, v.result, value: v.expectedValue, loss: v.probabilityOfLoss,
                           difference: words.money(d.mean) + "\n(" + words.moneyRange(d.ci.lower, d.ci.upper) + ")")
            }
        let table = ReportTable(
            title: words.variantsTableTitle(trials: result.trials),
            columns: [
                .init(header: words.variantColumn, alignment: .left, wraps: true),
                .init(header: words.verdictColumn, alignment: .left),
                .init(header: say(.cycleColumn), alignment: .left),
                .init(header: say(.stockLabel), alignment: .right),
                .init(header: words.expectedValueColumn, alignment: .right),
                .init(header: say(.probabilityOfLoss), alignment: .right),
                .init(header: words.differenceToBaseColumn, alignment: .right),
            ],
            rows: rows,
            notes: result.variants.map { words.variantChanges($0.name, $0.changes) }
                + [words.variantsNote(fromChunkSpread: result.variants.allSatisfy(\.differenceToBase.fromChunkSpread))])
        return [.heading(level: 1, text: words.variantsSectionTitle), .table(table)] + overlay
    }
}
