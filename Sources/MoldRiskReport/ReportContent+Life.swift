import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// Width of the payback bars in the text table (characters for 100 %).
    static let paybackBarWidth = 20

    /// The verdict section's row about the life: the verdict cycle's NPV, its chance of a loss and
    /// payback. None without `[life]`.
    static func lifeVerdictRows(_ result: RunResult, words: any ReportStrings) -> [(String, String)] {
        guard result.scenario.life != nil, let life = verdictCycle(result)?.life else { return [] }
        return [(words.phrase(.moldsLifeLabel), words.lifeSummary(life))]
    }

    /// With `[life]`, the rule the verdict judges by (NPV over the seasons, discount, restock rule),
    /// a row of page 2's table on how the verdict was reached.
    static func lifeBasisRows(_ result: RunResult, words: any ReportStrings) -> [(String, String)] {
        guard let settings = result.scenario.life else { return [] }
        let basis = words.lifeBasis(settings)
        return [(words.phrase(.judgedOnLabel), basis.prefix(1).uppercased() + basis.dropFirst())]
    }

    /// Section 2's life of one cycle: the NPV at every stock level, then season by season at the
    /// planned stock: expected profit and the share of trials paid back by then, with a bar.
    static func lifeItems(_ cycle: CycleResult, result: RunResult, words: any ReportStrings) -> [ReportItem] {
        guard let life = cycle.life, let settings = result.scenario.life else { return [] }
        let planned = life.planned
        let tolerance = result.scenario.maxLossProbability
        let verdict = result.verdict
        let say = words.phrase
        let verdictMark = say(verdict.decision == .noGo ? .markClosest : .markGo)
        let npvRows: [ReportTable.Row] = life.points.map { p in
            var marks: [String] = []
            if p.stock == result.scenario.product.stock { marks.append(say(.markPlan)) }
            if verdict.cycle == cycle.name && p.stock == verdict.stock { marks.append(verdictMark) }
            if p.stock == life.marks.best.stock { marks.append(say(.markBest)) }
            if let region = life.marks.withinTolerance, p.stock >= region.lower && p.stock <= region.upper {
                marks.append(p.stock == life.marks.recommended?.stock ? words.markRecommended : words.markWithinTolerance)
            }
            return .cells([Fmt.units(p.stock), words.money(p.mean), Fmt.percent(p.probabilityOfLoss), words.money(p.p5),
                           words.money(p.p95), p.medianPaybackSeason.map(String.init) ?? words.noPayback,
                           marks.joined(separator: " ")])
        }
        let lifeColumns = words.lifeColumns
        var items: [ReportItem] = [.table(ReportTable(
            title: words.lifeTableTitle(seasons: life.seasons, discount: settings.discountPerSeason),
            columns: lifeColumns.indices.map { c in
                .init(header: lifeColumns[c], alignment: c == lifeColumns.count - 1 ? .left : .right,
                      wraps: c == lifeColumns.count - 1)
            },
            rows: npvRows,
            notes: [words.lifeTableNote(restock: settings.restock, tolerance: tolerance,
                                        noGo: verdict.decision == .noGo) + " " + words.lifeMarksNote]))]

        let paybackRows: [ReportTable.Row] = planned.expectedProfitBySeason.indices.map { s in
            let share = planned.paidBackBySeason[s]
            let filled = Int((max(0, min(1, share)) * Double(paybackBarWidth)).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: paybackBarWidth - filled)
            return .cells(["\(s + 1)", words.money(planned.expectedProfitBySeason[s]), Fmt.percent(share), bar])
        }
        let paybackColumns = words.paybackColumns
        items.append(.table(ReportTable(
            title: words.paybackTableTitle(planned: planned.stock),
            columns: paybackColumns.indices.map { c in
                .init(header: paybackColumns[c], alignment: c == paybackColumns.count - 1 ? .left : .right)
            },
            rows: paybackRows,
            notes: [words.paybackTableNote])))
        return items
    }
}
