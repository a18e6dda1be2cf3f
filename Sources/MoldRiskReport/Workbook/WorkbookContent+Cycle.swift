import MoldRiskAnalysis
import MoldRiskCore

extension WorkbookContent {
    /// One cycle's sheet: profit percentiles, sell-through, break-even, lead time, the stock
    /// decision and the stock curve (with the text report's marks), with `[life]` the life's
    /// tables, and the data of the profit S-curve and the ready-day histogram; charts: the S-curve,
    /// the stock curve and the lead-time histogram, bound to those cells.
    static func cycleSheet(_ cycle: CycleResult, result: RunResult, words: any ReportStrings,
                           book: WorkbookWords) -> WorkbookSheetBuilder {
        let say = words.phrase
        let planned = result.scenario.product.stock
        let seasons = result.scenario.life?.seasons ?? 1
        var sheet = WorkbookSheetBuilder(title: cycle.name)

        var profit: [(String, WorkbookCell)] = ProfitSummary.levels.map { level in
            (Fmt.percentileLabel(level), cycle.profit.percentile(level).map { .number($0, .money) } ?? .text(Fmt.notAvailable))
        }
        profit += [
            (say(.mean), .number(cycle.profit.mean, .money)),
            (say(.standardDeviation), .number(cycle.profit.sd, .money)),
            (say(.standardErrorOfMean), .number(cycle.profit.se, .money)),
            (say(.valueAtRiskP5), .number(cycle.var95, .money)),
            (say(.conditionalValueAtRiskTail), .number(cycle.cvar95, .money)),
            (say(.probabilityOfLoss), .number(cycle.probabilityOfLoss, .percent)),
            (say(.probabilityOfLossInterval) + " — " + book.lower, .number(cycle.probabilityOfLossCI.lower, .percent)),
            (say(.probabilityOfLossInterval) + " — " + book.upper, .number(cycle.probabilityOfLossCI.upper, .percent)),
        ]
        sheet.facts(words.profitTableTitle(planned: planned), profit)
        sheet.paragraph(say(.p5Note))
        sheet.blank()

        sheet.facts(say(.sellThroughTitle), [
            (say(.mean), .number(cycle.sellThrough.mean, .percent)),
            ("P5", .number(cycle.sellThrough.p5, .percent)),
            ("P50", .number(cycle.sellThrough.p50, .percent)),
            ("P95", .number(cycle.sellThrough.p95, .percent)),
        ])

        let be = cycle.breakEven
        sheet.facts(words.breakEvenTitle(planned: planned), [
            (say(.unitsToSell), .number(be.units, .units)),
            (book.breakEvenSellThrough, .number(be.sellThrough, .percent)),
            (say(.moldCostAtZeroProfit), .number(be.moldCost, .money)),
            (say(.probabilityOfProfit), .number(be.probability, .percent)),
            (say(.meanMoldCost), .number(cycle.meanMoldCost, .money)),
            (say(.meanReworkCost), .number(cycle.meanReworkCost, .money)),
        ])

        let lead = cycle.leadTime
        sheet.facts(say(.leadTimeTitle), [
            ("P10", .number(lead.p10, .days)),
            ("P50", .number(lead.p50, .days)),
            ("P90", .number(lead.p90, .days)),
            (say(.commitmentBeforeWindow), .number(lead.commitDays, .days)),
            (say(.probabilityLate), .number(lead.probabilityLate, .percent)),
        ])

        if let decision = cycle.stockDecision {
            stockDecision(decision, into: &sheet, words: words, book: book, lifeSeasons: ReportContent.lifeSeasons(result))
        }

        // The stock curve: the report's table with its marks, the figures as numbers.
        let curveTable = ReportContent.stockCurveTable(cycle, planned: planned, tolerance: result.scenario.maxLossProbability,
                                                       verdict: result.verdict, seasons: seasons, words: words)
        let curveFirst = sheet.table(curveTable.title, headers: curveTable.columns.map(\.header) + [book.standardError],
            rows: zip(cycle.stockCurve, curveTable.rows).map { point, row in
                [.number(point.stock, .units), .number(point.expectedValue, .money), .number(point.probabilityOfLoss, .percent),
                 .number(point.p5, .money), .number(point.p95, .money), .number(point.meanSellThrough, .percent),
                 .text(lastCell(row)), .number(point.expectedValueSE, .money)]
            },
            notes: curveTable.notes)

        if let life = cycle.life {
            lifeTables(cycle, life: life, result: result, into: &sheet, words: words, book: book)
        }

        let cdfFirst = sheet.table(book.profitCDFTitle, headers: [say(.profit), book.probability],
                                   rows: cycle.profitCDF.map { [.number($0.x, .money), .number($0.probability, .percent)] })
        let readyFirst = sheet.table(book.readyHistogramTitle, headers: [book.lower, book.upper, book.share],
                                     rows: lead.histogram.map { [.number($0.lower, .days), .number($0.upper, .days),
                                                                 .number($0.share, .percent)] })

        if !cycle.profitCDF.isEmpty {
            sheet.chart(.line, title: say(.sCurveTitle), x: say(.profit), y: book.probability,
                        series: [.init(name: cycle.name, categories: .init(firstRow: cdfFirst, lastRow: cdfFirst + cycle.profitCDF.count - 1, column: 0),
                                       values: .init(firstRow: cdfFirst, lastRow: cdfFirst + cycle.profitCDF.count - 1, column: 1))],
                        xStyle: .money, yStyle: .percent)
        }
        if !cycle.stockCurve.isEmpty {
            let last = curveFirst + cycle.stockCurve.count - 1
            func series(_ name: String, _ column: Int) -> WorkbookChart.Series {
                .init(name: name, categories: .init(firstRow: curveFirst, lastRow: last, column: 0),
                      values: .init(firstRow: curveFirst, lastRow: last, column: column))
            }
            sheet.chart(.line, title: curveTable.title ?? say(.stockCurveTitle), x: book.stockAxis, y: say(.expectedProfitColumn),
                        series: [series(say(.expectedProfitColumn), 1), series(say(.p5Column), 3), series(say(.p95Column), 4)],
                        xStyle: .units, yStyle: .money)
        }
        if !lead.histogram.isEmpty {
            sheet.chart(.column, title: say(.readyChartTitle), x: book.daysAxis, y: book.share,
                        series: [.init(name: book.share,
                                       categories: .init(firstRow: readyFirst, lastRow: readyFirst + lead.histogram.count - 1, column: 0),
                                       values: .init(firstRow: readyFirst, lastRow: readyFirst + lead.histogram.count - 1, column: 2))],
                        xStyle: .days, yStyle: .percent)
        }
        return sheet
    }

    /// The stock search's answer: the report's sentence, then its figures one per cell.
    static func stockDecision(_ d: StockDecision, into sheet: inout WorkbookSheetBuilder, words: any ReportStrings,
                              book: WorkbookWords, lifeSeasons: Int?) {
        sheet.heading(book.stockDecisionTitle)
        sheet.paragraph(words.stockDecision(d, lifeSeasons: lifeSeasons))
        var rows: [(String, WorkbookCell)] = [
            (book.bestStock, .number(d.best.stock, .units)),
            (book.bestValue, .number(d.best.expectedValue, .money)),
            (book.standardError, .number(d.best.se, .money)),
        ]
        if let region = d.withinTolerance {
            rows += [(book.withinFrom, .number(region.lower, .units)), (book.withinTo, .number(region.upper, .units))]
        }
        if let recommended = d.recommended {
            rows += [(book.recommendedStock, .number(recommended.stock, .units)),
                     (book.recommendedValue, .number(recommended.expectedValue, .money)),
                     (book.standardError, .number(recommended.se, .money))]
        }
        sheet.facts(nil, rows)
    }

    /// `[life]`: the NPV at every stock (with the report's marks) and the payback season by season.
    static func lifeTables(_ cycle: CycleResult, life: LifeResult, result: RunResult,
                           into sheet: inout WorkbookSheetBuilder, words: any ReportStrings, book: WorkbookWords) {
        let tables = ReportContent.lifeItems(cycle, result: result, words: words).compactMap { item -> ReportTable? in
            if case let .table(t) = item { return t }
            return nil
        }
        guard tables.count == 2 else { return }
        let npv = tables[0]
        sheet.table(npv.title, headers: npv.columns.map(\.header),
                    rows: zip(life.points, npv.rows).map { p, row in
                        [.number(p.stock, .units), .number(p.mean, .money), .number(p.probabilityOfLoss, .percent),
                         .number(p.p5, .money), .number(p.p95, .money),
                         p.medianPaybackSeason.map { .number(Double($0), .count) } ?? .text(words.noPayback),
                         .text(lastCell(row))]
                    },
                    notes: npv.notes)
        let payback = tables[1]
        let planned = life.planned
        sheet.table(payback.title, headers: Array(payback.columns.map(\.header).prefix(3)),
                    rows: planned.expectedProfitBySeason.indices.map { s in
                        [.number(Double(s + 1), .count), .number(planned.expectedProfitBySeason[s], .money),
                         .number(planned.paidBackBySeason[s], .percent)]
                    },
                    notes: payback.notes)
    }

    /// A label/value row of a report's facts table, ("", "") for a group row.
    static func cellPair(_ row: ReportTable.Row) -> (String, String) {
        if case let .cells(cells) = row, cells.count >= 2 { return (cells[0], cells[1]) }
        return ("", "")
    }

    /// The last cell of a report table's row (the marks column), empty for a group row.
    static func lastCell(_ row: ReportTable.Row) -> String {
        if case let .cells(cells) = row { return cells.last ?? "" }
        return ""
    }
}
