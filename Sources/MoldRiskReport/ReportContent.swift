import MoldRiskAnalysis
import MoldRiskCore

/// Builds the `ReportDocument` of a run: the five sections of DESIGN §3 in reading order
/// (verdict and headline figures, per-cycle risk profiles, cycle comparison, inputs as read,
/// method). Pure: it formats what is in the `RunResult` and computes no statistics.
package enum ReportContent {
    /// Section titles of the English report, in order (tests check the order).
    static var sectionTitles: [String] { EnglishStrings().sectionTitles }

    /// Where `document` places the SVG charts (`.image` items).
    package enum ChartPlacement: Sendable {
        /// No charts (the text report draws its own text charts).
        case none
        /// Every chart but the loss-exceedance curve at the start of section 2 (Markdown).
        case sectionStart
        /// Each chart beside the figure it illustrates, in the first cycle's section (each chart
        /// shows every cycle): the profit distribution with the profit table, the lead time with
        /// the lead-time figures, the stock curve after its table, with `[life]` the payback chart
        /// after the life's tables, the tornado after the sensitivity tables (PDF).
        case besideFigures
    }

    /// The document of `result`. With `charts`, the SVG charts of `ChartRenderer` are placed as
    /// `.image` items: every chart but the loss-exceedance curve at the start of section 2, the
    /// loss-exceedance curve (all cycles overlaid) in section 3.
    static func document(_ result: RunResult, charts: Bool = false,
                         words: any ReportStrings = EnglishStrings()) -> ReportDocument {
        document(result, placement: charts ? .sectionStart : .none, words: words)
    }

    /// The document of `result` with the SVG charts placed as `placement` says; the
    /// loss-exceedance curve (all cycles overlaid) is always in section 3.
    package static func document(_ result: RunResult, placement: ChartPlacement,
                                 words: any ReportStrings = EnglishStrings()) -> ReportDocument {
        let catalog = placement == .none ? [] : ChartRenderer.catalog(result, words: words)
        func images(_ keep: (ChartRenderer.Entry) -> Bool) -> [ReportItem] {
            catalog.filter(keep).map { .image(title: $0.title, fileName: $0.fileName) }
        }
        var items: [ReportItem] = []
        items += verdictSection(result, words: words)
        items.append(.heading(level: 1, text: words.sectionTitles[1]))
        if placement == .sectionStart {
            items += images { $0.fileName != ChartRenderer.lossExceedanceFile && $0.fileName != ChartRenderer.variantsOverlayFile }
        }
        for (index, cycle) in result.cycles.enumerated() {
            let beside = placement == .besideFigures && index == 0
            items += cycleSection(cycle, number: "2.\(index + 1)", result: result, words: words,
                                  images: beside ? { name in images { $0.fileName == name } } : { _ in [] })
        }
        var comparison = comparisonSection(result, words: words)
        comparison.insert(contentsOf: images { $0.fileName == ChartRenderer.lossExceedanceFile }, at: 1)
        items += comparison
        items += variantItems(result, words: words, overlay: images { $0.fileName == ChartRenderer.variantsOverlayFile })
        items += valueOfInformationItems(result, words: words)
        items += inputsSection(result.scenario, words: words)
        if placement == .besideFigures {
            items += images { $0.fileName.hasPrefix("input-distributions") }
        }
        items += methodSection(result, words: words)
        return ReportDocument(title: result.scenario.name, items: items)
    }

    /// The cycle the verdict names, or the first cycle when the name is not found.
    static func verdictCycle(_ result: RunResult) -> CycleResult? {
        result.cycles.first { $0.name == result.verdict.cycle } ?? result.cycles.first
    }

    // MARK: 1 Verdict

    static func verdictSection(_ result: RunResult, words: any ReportStrings) -> [ReportItem] {
        let verdict = result.verdict
        let planned = result.scenario.product.stock
        let tolerance = result.scenario.maxLossProbability
        let say = words.phrase
        var items: [ReportItem] = [.heading(level: 1, text: words.sectionTitles[0])]

        var stock = words.unitsWord(verdict.stock)
        if verdict.stock != planned { stock += words.plannedSuffix(planned) }
        items.append(.table(facts(nil, [
            (say(.decisionLabel), words.decision(verdict.decision)),
            (say(.cycleLabel), verdict.cycle),
            (say(.stockLabel), stock),
        ] + decisionRows(result, words: words) + [
            (say(.reasonLabel), ReportWording.verdictReason(result, words: words)),
        ] + lifeVerdictRows(result, words: words) + [
            (say(.precisionLabel), words.verdictPrecision(marginal: verdict.isMarginal)),
        ] + (result.convergence.map { [(say(.convergenceLabel), words.convergence($0, trials: result.trials))] } ?? [])
          + (result.scenario.overrides.isEmpty ? [] : [(say(.setOnCommandLine),
              ReportWording.overrideList(result.scenario.overrides) + say(.seeInputsSection))]), words: words)))

        if let toGo = verdict.toGo {
            items.append(.table(facts(words.toGoTableTitle(cycle: toGo.cycle, planned: planned), [
                (say(.firmMoldQuote), words.toGoMoldQuote(toGo.moldQuote)),
                (say(.commitment), words.toGoLead(toGo, commitDays: ReportWording.commitDays(result.scenario, cycle: toGo.cycle))),
                (say(.stockLabel), words.toGoStocks(toGo)),
            ], words: words)))
        }
        if let cycle = verdictCycle(result) {
            var rows: [(String, String)] = [
                (say(.expectedProfit), words.expectedProfitWithError(mean: cycle.profit.mean, se: cycle.profit.se)),
                (say(.probabilityOfLoss), words.lossVersusTolerance(cycle, tolerance: tolerance)),
                (say(.valueAtRisk), words.valueAtRisk(cycle.var95)),
                (say(.conditionalValueAtRisk), words.conditionalValueAtRisk(cycle.cvar95)),
                (say(.probabilityLate), words.lateness(cycle.leadTime)),
                (say(.breakEven), say(.sell) + words.breakEvenSellThrough(cycle.breakEven)),
            ]
            if verdict.stock != planned, let point = cycle.stockCurve.first(where: { $0.stock == verdict.stock }) {
                rows.append((words.atStockLabel(point.stock), words.atStockValue(point)))
            }
            for comparison in result.comparisons {
                rows.append((say(.cycleDifference), words.comparison(comparison)))
            }
            let seasonOne = (result.scenario.life?.seasons ?? 1) > 1 ? words.seasonOneSuffix : ""
            items.append(.table(facts(words.headlineFiguresTitle(cycle: cycle.name, planned: planned) + seasonOne, rows,
                                      words: words)))
        }

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
                        // The searched best (judged on profit) without a life; with one the column stays season 1's.
                        Fmt.units((result.scenario.life == nil ? c.stockDecision?.best.stock : nil) ?? c.bestStock)])
            },
            notes: [say(.breakEvenNote)])))
        return items
    }

    // MARK: 3 Comparison

    static func comparisonSection(_ result: RunResult, words: any ReportStrings) -> [ReportItem] {
        var items: [ReportItem] = [.heading(level: 1, text: words.sectionTitles[2])]
        guard !result.comparisons.isEmpty else {
            items.append(.paragraph(words.phrase(.oneCycle)))
            return items
        }
        items.append(.table(ReportTable(
            title: words.phrase(.comparisonTitle),
            columns: [
                .init(header: words.phrase(.cyclesColumn), alignment: .left, wraps: true),
                .init(header: words.phrase(.differenceColumn), alignment: .right),
                .init(header: words.phrase(.intervalColumn), alignment: .right),
            ],
            rows: result.comparisons.map { c in
                .cells(["\(c.to) − \(c.from)", words.money(c.expectedProfitDifference),
                        words.moneyRange(c.ci.lower, c.ci.upper)])
            })))
        for comparison in result.comparisons {
            items.append(.paragraph(words.comparison(comparison)))
        }
        items.append(.paragraph(words.phrase(.commonRandomNumbers)))
        return items
    }

    // MARK: 5 Method

    static func methodSection(_ result: RunResult, words: any ReportStrings) -> [ReportItem] {
        let method = result.method
        let say = words.phrase
        var rows: [(String, String)] = [
            (say(.trials), Fmt.units(Double(result.trials))),
            (say(.seed), String(result.seed)),
            (say(.generator), method.generator),
            (say(.chunks), words.chunks(count: method.chunks, size: method.chunkSize)),
        ]
        if let convergence = result.convergence {
            rows.append((say(.convergenceLabel), words.convergence(convergence, trials: result.trials)))
        }
        for cycle in result.cycles {
            rows.append((words.precisionLabel(cycle: cycle.name), words.precision(cycle)))
        }
        rows += ReportWording.samplingRows(result, words: words)
        rows += [
            (say(.standardErrors), say(.standardErrorsText)),
            (say(.percentiles), words.percentilesText(relativeError: method.percentileRelativeError)),
            (say(.verdict), words.verdictPrecision(marginal: result.verdict.isMarginal)),
        ] + (result.verdict.toGo.map { [(say(.toChangeIt), words.toGoMethod($0))] } ?? []) + [
            (say(.reproducibility), say(.reproducibilityText)),
        ]
        rows.insert(valueOfInformationMethod(result.valueOfInformation, life: result.scenario.life, words: words),
                    at: rows.count - 1)
        return [.heading(level: 1, text: words.sectionTitles[4]), .table(facts(nil, rows, words: words))]
    }

    // MARK: Helpers

    /// A two-column label/value table without column headers.
    static func facts(_ title: String?, _ rows: [(String, String)],
                      words: any ReportStrings) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init(header: words.phrase(.item), alignment: .left),
                      .init(header: words.phrase(.value), alignment: .left, wraps: true)],
            rows: rows.map { .cells([$0.0, $0.1]) },
            showsHeader: false)
    }
}
