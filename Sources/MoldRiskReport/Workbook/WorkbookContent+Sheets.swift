import MoldRiskAnalysis
import MoldRiskCore

extension WorkbookContent {
    /// Value of information / 信息价值: the report's block (EVPI, with `[value_of_information]` the
    /// listing tables per signals-form cycle and the best size in words), its figures as numbers.
    static func valueOfInformationSheet(_ result: RunResult, words: any ReportStrings, book: WorkbookWords) -> WorkbookSheetBuilder {
        let value = result.valueOfInformation
        let say = words.phrase
        var sheet = WorkbookSheetBuilder(title: say(.valueOfInformationTitle))
        let signalsCycles = result.scenario.cycles.filter(ReportContent.isSignals).map(\.name)
        var tableIndex = 0
        for item in ReportContent.valueOfInformationItems(result, words: words) {
            guard case let .table(table) = item else {
                if case .heading = item { continue }   // the sheet's title says it
                sheet.reportItems([item])
                continue
            }
            defer { tableIndex += 1 }
            if tableIndex == 0 {
                let rest = table.rows.dropFirst().map { row in (cellPair(row).0, WorkbookCell.text(cellPair(row).1)) }
                sheet.facts(nil, [(say(.evpiLabel), .number(value.evpi, .money)),
                                  (book.standardError, .number(value.evpiSE, .money))] + rest)
            } else if signalsCycles.indices.contains(tableIndex - 1) {
                let name = signalsCycles[tableIndex - 1]
                sheet.table(table.title, headers: table.columns.map(\.header),
                            rows: value.listings.filter { $0.cycle == name }.map { l in
                                [.number(Double(l.impressions), .units), .number(l.evsi, .money), .number(l.evsiSE, .money),
                                 .number(l.cost, .money), .number(l.netValue, .money)]
                            },
                            notes: table.notes)
            } else {
                sheet.reportTable(table)
            }
        }
        return sheet
    }

    /// Variants / 方案对比: the scenario and each what-if side by side as numbers (verdict, cycle,
    /// stock, expected value, P(loss), the paired difference with its 95 % interval), what each
    /// changes, and the overlay of their profit S-curves (each run's verdict cycle), bound to the
    /// curves' cells further down.
    static func variantsSheet(_ result: RunResult, words: any ReportStrings, book: WorkbookWords) -> WorkbookSheetBuilder {
        let say = words.phrase
        var sheet = WorkbookSheetBuilder(title: words.variantsSectionTitle)
        let base = VariantComparison.decisionValue(result)
        func cells(_ name: String, _ r: RunResult, value: Double, loss: Double) -> [WorkbookCell] {
            [.label(name), .text(words.decision(r.verdict.decision)), .text(r.verdict.cycle), .number(r.verdict.stock, .units),
             .number(value, .money), .number(loss, .percent)]
        }
        let table = ReportContent.variantItems(result, words: words, overlay: []).compactMap { item -> ReportTable? in
            if case let .table(t) = item { return t }
            return nil
        }.first
        sheet.table(table?.title,
                    headers: (table?.columns.map(\.header) ?? []) + [book.differenceLower, book.differenceUpper],
                    rows: [cells(words.baseRowName, result, value: base.value, loss: base.probabilityOfLoss)]
                        + result.variants.map { v in
                            cells(v.name, v.result, value: v.expectedValue, loss: v.probabilityOfLoss)
                                + [.number(v.differenceToBase.mean, .money), .number(v.differenceToBase.ci.lower, .money),
                                   .number(v.differenceToBase.ci.upper, .money)]
                        },
                    notes: table?.notes ?? [])

        // The overlay's data: one (profit, P(profit ≤ x)) pair of columns per run.
        let curves = VariantOverlayChart.series(result, words: words)
        sheet.heading(book.overlayTitle)
        let header = sheet.nextRow
        let length = curves.map(\.1.count).max() ?? 0
        var block: [[WorkbookCell]] = [curves.flatMap { [WorkbookCell.text($0.0, .header), .text(book.probability, .header)] }]
        for i in 0..<length {
            block.append(curves.flatMap { _, points in
                points.indices.contains(i) ? [.number(points[i].x, .money), .number(points[i].probability, .percent)]
                                           : [.empty, .empty]
            })
        }
        for row in block { sheet.row(row) }
        sheet.chart(.line, title: book.overlayTitle, x: say(.profit), y: book.probability,
                    series: curves.enumerated().compactMap { index, curve in
                        guard !curve.1.isEmpty else { return nil }
                        let last = header + curve.1.count
                        return .init(name: curve.0, categories: .init(firstRow: header + 1, lastRow: last, column: 2 * index),
                                     values: .init(firstRow: header + 1, lastRow: last, column: 2 * index + 1))
                    },
                    xStyle: .money, yStyle: .percent)
        return sheet
    }

    /// Inputs / 输入参数: the inputs as read, by the file's keys, as the text report's appendix A.
    static func inputsSheet(_ computed: RunResult, words: any ReportStrings, book: WorkbookWords) -> WorkbookSheetBuilder {
        var sheet = WorkbookSheetBuilder(title: words.phrase(.inputsTitle))
        sheet.reportItems(Array(ReportContent.inputsSection(computed.scenario, words: words).dropFirst()))
        return sheet
    }

    /// Method / 计算方法: trials and seed as cells (the seed as text: it may not fit a double),
    /// then the text report's appendix B.
    static func methodSheet(_ result: RunResult, words: any ReportStrings, book: WorkbookWords) -> WorkbookSheetBuilder {
        var sheet = WorkbookSheetBuilder(title: words.sectionTitles[4])
        sheet.facts(nil, [(book.scenarioRow, .text(result.scenario.name)), (book.trialsRow, .number(Double(result.trials), .count)),
                          (book.seedRow, .text(String(result.seed)))])
        sheet.reportItems(Array(ReportContent.methodSection(result, words: words).dropFirst()))
        return sheet
    }
}

extension WorkbookContent {
    /// Samples / 样本: what the sheet holds, that rows were cut when they were (with how many the
    /// CSV has), the CSV's header (frozen) and its first rows.
    static func samplesSheet(_ samples: WorkbookSamples, book: WorkbookWords) -> WorkbookSheetBuilder {
        let rows = samples.kept
        var sheet = WorkbookSheetBuilder(title: book.samplesSheet)
        sheet.paragraph(book.samplesColumns)
        if rows.total > rows.trial.count {
            sheet.paragraph(book.samplesCut(kept: rows.trial.count, total: rows.total))
        }
        sheet.row(WorkbookSamples.header.map { .text($0, .header) })
        sheet.frozenRows = sheet.nextRow
        sheet.samples = rows
        return sheet
    }
}
