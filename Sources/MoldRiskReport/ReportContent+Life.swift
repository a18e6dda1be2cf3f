import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// Width of the payback bars in the text table (characters for 100 %).
    static let paybackBarWidth = 20

    /// The verdict section's rows about the life: what the verdict judges. None without `[life]`.
    static func lifeVerdictRows(_ result: RunResult) -> [(String, String)] {
        guard let basis = ReportWording.lifeBasis(result.scenario) else { return [] }
        var rows = [("Judged on", basis.prefix(1).uppercased() + basis.dropFirst())]
        if let life = verdictCycle(result)?.life {
            rows.append(("Mold's life", ReportWording.lifeSummary(life)))
        }
        return rows
    }

    /// Section 2's life of one cycle: the NPV at every stock level, then season by season at the
    /// planned stock: expected profit and the share of trials paid back by then, with a bar.
    static func lifeItems(_ cycle: CycleResult, result: RunResult) -> [ReportItem] {
        guard let life = cycle.life, let settings = result.scenario.life else { return [] }
        let planned = life.planned
        let tolerance = result.scenario.maxLossProbability
        let verdict = result.verdict
        let verdictMark = verdict.decision == .noGo ? "closest" : "GO"
        let npvRows: [ReportTable.Row] = life.points.map { p in
            var marks: [String] = []
            if p.stock == result.scenario.product.stock { marks.append("plan") }
            if verdict.cycle == cycle.name && p.stock == verdict.stock { marks.append(verdictMark) }
            return .cells([Fmt.units(p.stock), Fmt.money(p.mean), Fmt.percent(p.probabilityOfLoss), Fmt.money(p.p5),
                           Fmt.money(p.p95), p.medianPaybackSeason.map(String.init) ?? "none",
                           marks.joined(separator: " ")])
        }
        let discount = settings.discountPerSeason == 0 ? "no discount"
            : "discounted \(Fmt.percent(settings.discountPerSeason)) a season"
        var items: [ReportItem] = [.table(ReportTable(
            title: "The mold's life: NPV over \(life.seasons) season\(life.seasons == 1 ? "" : "s") (\(discount))",
            columns: [
                .init(header: "Stock", alignment: .right),
                .init(header: "Exp. NPV", alignment: .right),
                .init(header: "P(NPV<0)", alignment: .right),
                .init(header: "P5", alignment: .right),
                .init(header: "P95", alignment: .right),
                .init(header: "Payback", alignment: .right),
                .init(header: "Note", alignment: .left, wraps: true),
            ],
            rows: npvRows,
            notes: ["Stock: season 1's; later seasons make " + ReportWording.restockWords(settings.restock) + ". "
                + "Payback: the season by which half the trials have paid the mold back (discounted cumulative "
                + "profit ≥ 0). The JSON and CSV reports add the NPV's P50 and standard error. P(NPV<0) is judged against the \(Fmt.percent(tolerance)) tolerance; "
                + "plan: planned stock; " + (verdict.decision == .noGo ? "closest: the verdict's nearest miss." : "GO: the verdict's stock.")]))]

        let paybackRows: [ReportTable.Row] = planned.expectedProfitBySeason.indices.map { s in
            let share = planned.paidBackBySeason[s]
            let filled = Int((max(0, min(1, share)) * Double(paybackBarWidth)).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: paybackBarWidth - filled)
            return .cells(["\(s + 1)", Fmt.money(planned.expectedProfitBySeason[s]), Fmt.percent(share), bar])
        }
        items.append(.table(ReportTable(
            title: "Payback at the planned stock of \(Fmt.unitsWord(planned.stock)), season by season",
            columns: [
                .init(header: "Season", alignment: .right),
                .init(header: "Exp. profit", alignment: .right),
                .init(header: "Paid back", alignment: .right),
                .init(header: "Share of trials paid back by this season", alignment: .left),
            ],
            rows: paybackRows,
            notes: ["Exp. profit: the season's own expected profit, undiscounted (season 1 carries the mold, "
                + "rework and fixed costs; later seasons the maintenance). Paid back: the share of trials whose "
                + "discounted profit so far is at least 0."])))
        return items
    }
}
