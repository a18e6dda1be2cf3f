import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// Chapter 3 for one cycle: profit percentiles, S-curve, histogram, break-even, lead time and
    /// the stock curve; `images` gives the `.image` items of a chart file to place beside its figures
    /// (none by default; the profit distribution and stock curve are on pages 1 and 2).
    static func cycleSection(_ cycle: CycleResult, number: String, result: RunResult, words: any ReportStrings,
                             images: (String) -> [ReportItem] = { _ in [] }) -> [ReportItem] {
        let planned = result.scenario.product.stock
        let tolerance = result.scenario.maxLossProbability
        let say = words.phrase
        var items: [ReportItem] = [.heading(level: 2, text: words.cycleHeading(number: number, cycle: cycle.name))]

        var profitRows: [ReportTable.Row] = ProfitSummary.levels.map { level in
            .cells([Fmt.percentileLabel(level), cycle.profit.percentile(level).map(words.money) ?? Fmt.notAvailable])
        }
        profitRows += [
            .cells([say(.mean), words.money(cycle.profit.mean)]),
            .cells([say(.standardDeviation), words.money(cycle.profit.sd)]),
            .cells([say(.standardErrorOfMean), words.money(cycle.profit.se)]),
            .cells([say(.valueAtRiskP5), words.money(cycle.var95)]),
            .cells([say(.conditionalValueAtRiskTail), words.money(cycle.cvar95)]),
            .cells([say(.probabilityOfLoss), Fmt.percent(cycle.probabilityOfLoss)]),
            .cells([say(.probabilityOfLossInterval),
                    Fmt.percentRange(cycle.probabilityOfLossCI.lower, cycle.probabilityOfLossCI.upper)]),
        ]
        items.append(.table(ReportTable(
            title: words.profitTableTitle(planned: planned),
            columns: [.init(header: say(.figure), alignment: .left), .init(header: say(.profit), alignment: .right)],
            rows: profitRows,
            notes: [say(.p5Note)])))

        items.append(.table(facts(say(.sellThroughTitle), [
            (say(.mean), Fmt.percent(cycle.sellThrough.mean)),
            (say(.sellThroughPercentiles), "\(Fmt.percent(cycle.sellThrough.p5)) / \(Fmt.percent(cycle.sellThrough.p50)) / "
                + Fmt.percent(cycle.sellThrough.p95)),
        ], words: words)))

        if !cycle.profitCDF.isEmpty {
            items.append(.chart(ReportChart(
                title: say(.sCurveTitle),
                kind: .sCurve(cycle.profitCDF),
                caption: words.sCurveCaption())))
        }
        if !cycle.profitHistogram.isEmpty {
            items.append(.chart(ReportChart(
                title: say(.histogramTitle),
                kind: .histogram(cycle.profitHistogram, axis: .money, flagFrom: nil, flagLabel: ""),
                caption: say(.histogramCaption))))
        }

        let be = cycle.breakEven
        items.append(.table(facts(words.breakEvenTitle(planned: planned), [
            (say(.unitsToSell), words.unitsToSell(be)),
            (say(.moldCostAtZeroProfit), words.moldCostAtZeroProfit(be.moldCost)),
            (say(.probabilityOfProfit), Fmt.percent(be.probability)),
            (say(.meanMoldCost), words.money(cycle.meanMoldCost)),
            (say(.meanReworkCost), words.money(cycle.meanReworkCost)),
        ], words: words)))

        let lead = cycle.leadTime
        items.append(.table(facts(say(.leadTimeTitle), [
            (say(.readyPercentiles), "\(words.days(lead.p10)) / \(words.days(lead.p50)) / \(words.days(lead.p90))"),
            (say(.commitmentBeforeWindow), words.days(lead.commitDays)),
            (say(.probabilityLate), words.lateness(lead)),
        ], words: words)))
        items += images(ChartRenderer.leadTimeFile)
        if !lead.histogram.isEmpty {
            items.append(.chart(ReportChart(
                title: say(.readyChartTitle),
                kind: .histogram(lead.histogram, axis: .days, flagFrom: lead.commitDays, flagLabel: say(.late)),
                caption: words.readyChartCaption(commitDays: lead.commitDays))))
        }

        items.append(.table(stockCurveTable(cycle, planned: planned, tolerance: tolerance, verdict: result.verdict,
                                            seasons: result.scenario.life?.seasons ?? 1, words: words)))
        items += lifeItems(cycle, result: result, words: words)
        items += images(ChartRenderer.paybackFile)
        items += sensitivityItems(cycle, words: words)
        items += images(ChartRenderer.tornadoFile)
        items += images(ChartRenderer.contributionFile)
        items += images(ChartRenderer.scatterFile)
        return items
    }

    /// The stock curve with the best stock, the largest stock within tolerance, the planned stock
    /// and the verdict's point marked: `GO` only when the verdict is a go (at the planned or a
    /// smaller stock), `closest` for the point a NO-GO names. Over a life of `seasons` > 1 the
    /// verdict judges the NPV, so its point is marked in the life's table instead and this table
    /// is titled as season 1's.
    static func stockCurveTable(_ cycle: CycleResult, planned: Double, tolerance: Double,
                                verdict: Verdict, seasons: Int = 1, words: any ReportStrings) -> ReportTable {
        let say = words.phrase
        let marksVerdict = seasons <= 1
        let verdictMark = say(verdict.decision == .noGo ? .markClosest : .markGo)
        let rows: [ReportTable.Row] = cycle.stockCurve.map { point in
            var marks: [String] = []
            if point.stock == cycle.bestStock { marks.append(say(.markBest)) }
            if point.stock == cycle.maxStockWithinTolerance { marks.append(say(.markMax)) }
            if point.stock == planned { marks.append(say(.markPlan)) }
            if marksVerdict && verdict.cycle == cycle.name && point.stock == verdict.stock { marks.append(verdictMark) }
            return .cells([Fmt.units(point.stock), words.money(point.expectedValue), Fmt.percent(point.probabilityOfLoss),
                           words.money(point.p5), words.money(point.p95), Fmt.percent(point.meanSellThrough),
                           marks.joined(separator: " ")])
        }
        let verdictNote = say(verdict.decision == .noGo ? .closestMarkNote : .goMarkNote)
        var notes = [words.stockMarksNote(tolerance: tolerance, verdictNote: marksVerdict ? verdictNote : nil)]
        if cycle.maxStockWithinTolerance == nil {
            notes.append(words.noStockWithin(tolerance: tolerance))
        }
        return ReportTable(
            title: say(.stockCurveTitle) + (marksVerdict ? "" : words.seasonOneSuffix),
            columns: [
                .init(header: say(.stockColumn), alignment: .right),
                .init(header: say(.expectedProfitColumn), alignment: .right),
                .init(header: say(.probabilityOfLoss), alignment: .right),
                .init(header: say(.p5Column), alignment: .right),
                .init(header: say(.p95Column), alignment: .right),
                .init(header: say(.soldColumn), alignment: .right),
                .init(header: say(.noteColumn), alignment: .left, wraps: true),
            ],
            rows: rows,
            notes: [say(.soldNote)] + notes)
    }
}
