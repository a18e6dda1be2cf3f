import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    // MARK: Chapter 1, the summary (page 1)

    /// Page 1, for the factory head: the verdict and its reason in his units, four to six key
    /// figures of the verdict's cycle, what would make it GO, and `story` (the one chart).
    static func summaryChapter(_ result: RunResult, words: any ReportStrings, story: [ReportItem]) -> [ReportItem] {
        let verdict = result.verdict
        let planned = result.scenario.product.stock
        let say = words.phrase
        var items: [ReportItem] = [.heading(level: 1, text: words.sectionTitles[0])]

        var stock = words.unitsWord(verdict.stock)
        if verdict.stock != planned { stock += words.plannedSuffix(planned) }
        items.append(.table(facts(nil, [
            (say(.decisionLabel), words.decision(verdict.decision)),
            (say(.cycleLabel), verdict.cycle),
            (say(.stockLabel), stock),
        ] + decisionRows(result, words: words)
          + lifeVerdictRows(result, words: words)
          + (result.scenario.overrides.isEmpty ? [] : [(say(.setOnCommandLine),
              ReportWording.overrideList(result.scenario.overrides) + say(.seeInputsSection))]), words: words)))

        if let cycle = verdictCycle(result) {
            items.append(.table(keyFigures(cycle, result: result, words: words)))
            if story.isEmpty, !cycle.profitHistogram.isEmpty {   // the text report's own chart
                items.append(.chart(ReportChart(
                    title: say(.histogramTitle),
                    kind: .histogram(cycle.profitHistogram, axis: .money, flagFrom: nil, flagLabel: ""),
                    caption: say(.histogramCaption))))
            }
        }
        if let toGo = verdict.toGo {
            items.append(.table(facts(words.toGoTableTitle(cycle: toGo.cycle, planned: planned), [
                (say(.firmMoldQuote), words.toGoMoldQuote(toGo.moldQuote, onLife: lifeSeasons(result) != nil)),
                (say(.commitment), words.toGoLead(toGo, commitDays: ReportWording.commitDays(result.scenario, cycle: toGo.cycle))),
                (say(.stockLabel), words.toGoStocks(toGo, onLife: lifeSeasons(result) != nil)),
            ], words: words)))
        }
        items += story   // last: the chart takes the rest of the page
        if verdict.isMarginal { items.append(.paragraph(say(.marginalWarning))) }
        return items
    }

    /// The key figures of the verdict's cycle at the planned stock: expected profit, the chance
    /// of a loss against the tolerance, the bad case (VaR), the break-even sell-through, the
    /// chance of being late, and the figures at the verdict's stock when it is smaller.
    static func keyFigures(_ cycle: CycleResult, result: RunResult, words: any ReportStrings) -> ReportTable {
        let say = words.phrase
        let planned = result.scenario.product.stock
        var rows: [(String, String)] = [
            (say(.expectedProfit), words.money(cycle.profit.mean)),
            (say(.probabilityOfLoss), words.lossVersusTolerance(cycle, tolerance: result.scenario.maxLossProbability)),
            (say(.valueAtRisk), words.valueAtRisk(cycle.var95)),
            (say(.breakEven), say(.sell) + words.breakEvenSellThrough(cycle.breakEven)),
            (say(.probabilityLate), words.lateness(cycle.leadTime)),
        ]
        if result.verdict.stock != planned,
           let point = cycle.stockCurve.first(where: { $0.stock == result.verdict.stock }) {
            rows.append((words.atStockLabel(point.stock), words.atStockValue(point)))
        }
        let seasonOne = (result.scenario.life?.seasons ?? 1) > 1 ? words.seasonOneSuffix : ""
        return facts(words.headlineFiguresTitle(cycle: cycle.name, planned: planned) + seasonOne, rows, words: words)
    }

    // MARK: Chapter 2, the decision (page 2)

    /// The "best stock" of the cycles-compared table: the searched best (judged on profit) without
    /// a life; with one the column stays season 1's.
    static func bestStockColumn(_ c: CycleResult, result: RunResult) -> Double {
        (result.scenario.life == nil ? c.stockDecision?.best.stock : nil) ?? c.bestStock
    }

    /// Page 2: how the verdict was reached (stock search, runner-up, the rule's reasoning), every
    /// cycle side by side, the paired differences, `images` (the stock curve or
    /// profit distribution and the loss-exceedance curve), what knowing more is worth.
    static func decisionChapter(_ result: RunResult, words: any ReportStrings, images: [ReportItem]) -> [ReportItem] {
        let say = words.phrase
        let planned = result.scenario.product.stock
        var items: [ReportItem] = [.heading(level: 1, text: words.sectionTitles[1])]
        items.append(.table(facts(words.decisionDetailTitle, decisionDetailRows(result, words: words), words: words)))
        items.append(.table(ReportTable(
            title: words.allCyclesTitle(planned: planned)
                + ((result.scenario.life?.seasons ?? 1) > 1 ? words.seasonOneSuffix : ""),
            columns: [
                .init(header: say(.cycleColumn), alignment: .left, wraps: true),
                .init(header: say(.expectedProfitColumn), alignment: .right),
                .init(header: say(.probabilityOfLoss), alignment: .right),
                .init(header: say(.probabilityLate), alignment: .right),
                .init(header: say(.breakEvenColumn), alignment: .right),
                .init(header: say(.bestStockColumn), alignment: .right),
            ],
            rows: result.cycles.map { c in
                .cells([c.name, words.money(c.profit.mean), Fmt.percent(c.probabilityOfLoss),
                        Fmt.percent(c.leadTime.probabilityLate), Fmt.percent(c.breakEven.sellThrough),
                        Fmt.units(bestStockColumn(c, result: result))])
            },
            notes: [say(.breakEvenNote)])))
        if result.comparisons.isEmpty {
            items.append(.paragraph(say(.oneCycle)))
        } else {
            items.append(.table(ReportTable(
                title: say(.comparisonTitle),
                columns: [
                    .init(header: say(.cyclesColumn), alignment: .left, wraps: true),
                    .init(header: say(.differenceColumn), alignment: .right),
                    .init(header: say(.intervalColumn), alignment: .right),
                ],
                rows: result.comparisons.map { c in
                    .cells(["\(c.to) − \(c.from)", words.money(c.expectedProfitDifference),
                            words.moneyRange(c.ci.lower, c.ci.upper)])
                })))
            for comparison in result.comparisons {
                items.append(.paragraph(words.comparison(comparison)))
            }
            items.append(.paragraph(say(.commonRandomNumbers)))
        }
        items += images
        items += valueOfInformationItems(result, words: words)
        return items
    }
}
