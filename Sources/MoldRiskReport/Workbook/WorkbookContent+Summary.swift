import MoldRiskAnalysis
import MoldRiskCore

extension WorkbookContent {
    /// Summary / 概要: the text report's page 1 (verdict, reason with the demand against the
    /// stock, what would make it GO) with its key figures as exact numbers, then how the verdict
    /// was reached, the cycles compared and the paired differences, as numbers.
    static func summarySheet(_ result: RunResult, words: any ReportStrings, book: WorkbookWords) -> WorkbookSheetBuilder {
        let say = words.phrase
        var sheet = WorkbookSheetBuilder(title: words.documentTitle(result.scenario.name))
        let cycle = ReportContent.verdictCycle(result)
        let keyTable = cycle.map { ReportContent.keyFigures($0, result: result, words: words) }
        for item in ReportContent.summaryChapter(result, words: words, story: []) {
            if case let .table(table) = item, table == keyTable, let cycle {
                sheet.facts(table.title,
                            keyFigures(cycle, result: result, words: words, book: book))
            } else {
                sheet.reportItems([item])
                if case let .table(table) = item, let toGo = result.verdict.toGo,
                   table.title == words.toGoTableTitle(cycle: toGo.cycle, planned: result.scenario.product.stock) {
                    sheet.facts(nil, toGoFigures(toGo, book: book))
                }
            }
        }
        // Page 2's table on how the verdict was reached: the stock search, the runner-up, the reasoning.
        sheet.reportItems([.table(ReportContent.facts(words.decisionDetailTitle,
                                                      ReportContent.decisionDetailRows(result, words: words), words: words))])

        sheet.table(words.allCyclesTitle(planned: result.scenario.product.stock)
                        + ((result.scenario.life?.seasons ?? 1) > 1 ? words.seasonOneSuffix : ""),
                    headers: [say(.cycleColumn), say(.expectedProfitColumn), say(.probabilityOfLoss),
                              say(.probabilityLate), say(.breakEvenColumn), say(.bestStockColumn)],
                    rows: result.cycles.map { c in
                        [.label(c.name), .number(c.profit.mean, .money), .number(c.probabilityOfLoss, .percent),
                         .number(c.leadTime.probabilityLate, .percent), .number(c.breakEven.sellThrough, .percent),
                         .number(ReportContent.bestStockColumn(c, result: result), .units)]
                    },
                    notes: [say(.breakEvenNote)])
        if !result.comparisons.isEmpty {
            sheet.table(say(.comparisonTitle),
                        headers: [say(.cyclesColumn), say(.differenceColumn), book.differenceLower, book.differenceUpper],
                        rows: result.comparisons.map { c in
                            [.label("\(c.to) − \(c.from)"), .number(c.expectedProfitDifference, .money),
                             .number(c.ci.lower, .money), .number(c.ci.upper, .money)]
                        },
                        notes: result.comparisons.map(words.comparison) + [say(.commonRandomNumbers)])
        }
        return sheet
    }

    /// What would make it GO as numbers, beside the report's sentences: the highest firm mold quote
    /// that passes, the shortest lead that passes, the stock range within tolerance (each when found).
    static func toGoFigures(_ toGo: ToGo, book: WorkbookWords) -> [(String, WorkbookCell)] {
        var rows: [(String, WorkbookCell)] = []
        if let quote = toGo.moldQuote { rows.append((book.moldQuoteAtMost, .number(quote.value, .money))) }
        if let days = toGo.lead?.atLeast { rows.append((book.commitDaysAtLeast, .number(Double(days), .count))) }
        if let range = toGo.stockWithinTolerance {
            rows += [(book.withinFrom, .number(range.lower, .units)), (book.withinTo, .number(range.upper, .units))]
        }
        return rows
    }

    /// The verdict's cycle's key figures at the planned stock, and the stock the verdict names.
    static func keyFigures(_ cycle: CycleResult, result: RunResult, words: any ReportStrings,
                           book: WorkbookWords) -> [(String, WorkbookCell)] {
        let say = words.phrase
        return [
            (say(.expectedProfit), .number(cycle.profit.mean, .money)),
            (say(.probabilityOfLoss), .number(cycle.probabilityOfLoss, .percent)),
            (book.tolerance, .number(result.scenario.maxLossProbability, .percent)),
            (say(.valueAtRisk), .number(cycle.var95, .money)),
            (say(.conditionalValueAtRisk), .number(cycle.cvar95, .money)),
            (book.breakEvenSellThrough, .number(cycle.breakEven.sellThrough, .percent)),
            (say(.probabilityLate), .number(cycle.leadTime.probabilityLate, .percent)),
            (book.recommendedStock, .number(result.verdict.stock, .units)),
            (book.plannedStock, .number(result.scenario.product.stock, .units)),
        ]
    }
}
