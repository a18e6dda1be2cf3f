import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// Section 2 for one cycle: profit percentiles, S-curve, histogram, break-even, lead time and
    /// the stock curve; `images` gives the `.image` items of a chart file to place beside its figures
    /// (none by default).
    static func cycleSection(_ cycle: CycleResult, number: String, result: RunResult,
                             images: (String) -> [ReportItem] = { _ in [] }) -> [ReportItem] {
        let planned = result.scenario.product.stock
        let tolerance = result.scenario.maxLossProbability
        var items: [ReportItem] = [.heading(level: 2, text: "\(number)  Cycle \(cycle.name)")]

        var profitRows: [ReportTable.Row] = ProfitSummary.levels.map { level in
            .cells([Fmt.percentileLabel(level), cycle.profit.percentile(level).map(Fmt.money) ?? Fmt.notAvailable])
        }
        profitRows += [
            .cells(["Mean", Fmt.money(cycle.profit.mean)]),
            .cells(["Standard deviation", Fmt.money(cycle.profit.sd)]),
            .cells(["Standard error of the mean", Fmt.money(cycle.profit.se)]),
            .cells(["VaR 95 % (−P5)", Fmt.money(cycle.var95)]),
            .cells(["CVaR 95 % (worst 5 % mean loss)", Fmt.money(cycle.cvar95)]),
            .cells(["P(loss)", Fmt.percent(cycle.probabilityOfLoss)]),
            .cells(["P(loss), 95 % interval", Fmt.percentRange(cycle.probabilityOfLossCI.lower, cycle.probabilityOfLossCI.upper)]),
        ]
        items.append(.table(ReportTable(
            title: "Profit at the planned stock of \(Fmt.unitsWord(planned))",
            columns: [.init(header: "Figure", alignment: .left), .init(header: "Profit", alignment: .right)],
            rows: profitRows,
            notes: ["P5 is the profit that 1 trial in 20 falls below."])))

        items.append(.table(facts("Sell-through (sold / stock) at the planned stock", [
            ("Mean", Fmt.percent(cycle.sellThrough.mean)),
            ("P5 / P50 / P95", "\(Fmt.percent(cycle.sellThrough.p5)) / \(Fmt.percent(cycle.sellThrough.p50)) / "
                + Fmt.percent(cycle.sellThrough.p95)),
        ])))

        items += images(ChartRenderer.profitDistributionFile)
        if !cycle.profitCDF.isEmpty {
            items.append(.chart(ReportChart(
                title: "Profit S-curve: chance that profit is at most x",
                kind: .sCurve(cycle.profitCDF),
                caption: "The height over a profit x is P(profit ≤ x); the height over ┬ (¥0) is the chance of a loss.")))
        }
        if !cycle.profitHistogram.isEmpty {
            items.append(.chart(ReportChart(
                title: "Profit distribution: share of trials per profit band",
                kind: .histogram(cycle.profitHistogram, axis: .money, flagFrom: nil, flagLabel: ""),
                caption: "Each bar counts the trials with a profit from its label up to the next label.")))
        }

        let be = cycle.breakEven
        items.append(.table(facts("Break-even at the planned stock of \(Fmt.unitsWord(planned))", [
            ("Units to sell", "\(Fmt.unitsWord(be.units)), a sell-through of \(Fmt.percent(be.sellThrough))"
                + (be.sellThrough > 1 ? ": more than the stock, so it cannot break even" : "")),
            ("Mold cost at zero profit", "\(Fmt.money(be.moldCost)) (expected profit is zero at this mold cost)"),
            ("P(profit ≥ 0)", Fmt.percent(be.probability)),
            ("Mean mold cost drawn", Fmt.money(cycle.meanMoldCost)),
            ("Mean rework cost drawn", Fmt.money(cycle.meanReworkCost)),
        ])))

        let lead = cycle.leadTime
        items.append(.table(facts("Lead time: research + mold + rework + production", [
            ("Ready P10 / P50 / P90", "\(Fmt.days(lead.p10)) / \(Fmt.days(lead.p50)) / \(Fmt.days(lead.p90))"),
            ("Commitment before window", Fmt.days(lead.commitDays)),
            ("P(late)", ReportWording.lateness(cycle)),
        ])))
        items += images(ChartRenderer.leadTimeFile)
        if !lead.histogram.isEmpty {
            items.append(.chart(ReportChart(
                title: "Days until the stock is ready",
                kind: .histogram(lead.histogram, axis: .days, flagFrom: lead.commitDays, flagLabel: "late"),
                caption: "Bars marked late hold the trials not ready within the \(Fmt.days(lead.commitDays)) "
                    + "available; one bar edge is on that day.")))
        }

        items.append(.table(stockCurveTable(cycle, planned: planned, tolerance: tolerance, verdict: result.verdict,
                                            seasons: result.scenario.life?.seasons ?? 1)))
        items += images(ChartRenderer.stockCurveFile)
        items += lifeItems(cycle, result: result)
        items += images(ChartRenderer.paybackFile)
        items += sensitivityItems(cycle)
        items += images(ChartRenderer.tornadoFile)
        return items
    }

    /// The stock curve with the best stock, the largest stock within tolerance, the planned stock
    /// and the verdict's point marked: `GO` only when the verdict is a go (at the planned or a
    /// smaller stock), `closest` for the point a NO-GO names. Over a life of `seasons` > 1 the
    /// verdict judges the NPV, so its point is marked in the life's table instead and this table
    /// is titled as season 1's.
    static func stockCurveTable(_ cycle: CycleResult, planned: Double, tolerance: Double,
                                verdict: Verdict, seasons: Int = 1) -> ReportTable {
        let marksVerdict = seasons <= 1
        let verdictMark = verdict.decision == .noGo ? "closest" : "GO"
        let rows: [ReportTable.Row] = cycle.stockCurve.map { point in
            var marks: [String] = []
            if point.stock == cycle.bestStock { marks.append("best") }
            if point.stock == cycle.maxStockWithinTolerance { marks.append("max") }
            if point.stock == planned { marks.append("plan") }
            if marksVerdict && verdict.cycle == cycle.name && point.stock == verdict.stock { marks.append(verdictMark) }
            return .cells([Fmt.units(point.stock), Fmt.money(point.expectedProfit), Fmt.percent(point.probabilityOfLoss),
                           Fmt.money(point.p5), Fmt.money(point.p95), Fmt.percent(point.meanSellThrough),
                           marks.joined(separator: " ")])
        }
        let verdictNote = verdict.decision == .noGo
            ? "closest: the verdict's nearest miss (NO-GO)." : "GO: the verdict's stock."
        var notes = ["best: highest expected profit; max: largest stock with P(loss) ≤ \(Fmt.percent(tolerance)); "
            + "plan: planned stock" + (marksVerdict ? "; " + verdictNote : " (the verdict's stock is marked in the life's table).")]
        if cycle.maxStockWithinTolerance == nil {
            notes.append("No evaluated stock keeps P(loss) within \(Fmt.percent(tolerance)).")
        }
        return ReportTable(
            title: "Stock curve (same trials for every stock)" + (marksVerdict ? "" : ", season 1"),
            columns: [
                .init(header: "Stock", alignment: .right),
                .init(header: "Exp. profit", alignment: .right),
                .init(header: "P(loss)", alignment: .right),
                .init(header: "P5", alignment: .right),
                .init(header: "P95", alignment: .right),
                .init(header: "Sold", alignment: .right),
                .init(header: "Note", alignment: .left, wraps: true),
            ],
            rows: rows,
            notes: ["Sold: mean sell-through."] + notes)
    }
}
