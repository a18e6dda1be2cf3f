import MoldRiskAnalysis
import MoldRiskCore

/// Builds the `ReportDocument` of a run: the five sections of DESIGN §3 in reading order
/// (verdict and headline figures, per-cycle risk profiles, cycle comparison, inputs as read,
/// method). Pure: it formats what is in the `RunResult` and computes no statistics.
package enum ReportContent {
    /// Section titles, in order (tests check the order).
    static let sectionTitles = [
        "1  Verdict and headline figures",
        "2  Risk profiles",
        "3  Cycle comparison",
        "4  Inputs as read",
        "5  Method",
    ]

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
    static func document(_ result: RunResult, charts: Bool = false) -> ReportDocument {
        document(result, placement: charts ? .sectionStart : .none)
    }

    /// The document of `result` with the SVG charts placed as `placement` says; the
    /// loss-exceedance curve (all cycles overlaid) is always in section 3.
    package static func document(_ result: RunResult, placement: ChartPlacement) -> ReportDocument {
        let catalog = placement == .none ? [] : ChartRenderer.catalog(result)
        func images(_ keep: (ChartRenderer.Entry) -> Bool) -> [ReportItem] {
            catalog.filter(keep).map { .image(title: $0.title, fileName: $0.fileName) }
        }
        var items: [ReportItem] = []
        items += verdictSection(result)
        items.append(.heading(level: 1, text: sectionTitles[1]))
        if placement == .sectionStart {
            items += images { $0.fileName != ChartRenderer.lossExceedanceFile }
        }
        for (index, cycle) in result.cycles.enumerated() {
            let beside = placement == .besideFigures && index == 0
            items += cycleSection(cycle, number: "2.\(index + 1)", result: result,
                                  images: beside ? { name in images { $0.fileName == name } } : { _ in [] })
        }
        var comparison = comparisonSection(result)
        comparison.insert(contentsOf: images { $0.fileName == ChartRenderer.lossExceedanceFile }, at: 1)
        items += comparison
        items += valueOfInformationItems(result)
        items += inputsSection(result.scenario)
        items += methodSection(result)
        return ReportDocument(title: result.scenario.name, items: items)
    }

    /// The cycle the verdict names, or the first cycle when the name is not found.
    static func verdictCycle(_ result: RunResult) -> CycleResult? {
        result.cycles.first { $0.name == result.verdict.cycle } ?? result.cycles.first
    }

    // MARK: 1 Verdict

    static func verdictSection(_ result: RunResult) -> [ReportItem] {
        let verdict = result.verdict
        let planned = result.scenario.product.stock
        let tolerance = result.scenario.maxLossProbability
        var items: [ReportItem] = [.heading(level: 1, text: sectionTitles[0])]

        var stock = Fmt.unitsWord(verdict.stock)
        if verdict.stock != planned { stock += " (planned \(Fmt.unitsWord(planned)))" }
        items.append(.table(facts(nil, [
            ("Decision", verdict.decision.rawValue),
            ("Cycle", verdict.cycle),
            ("Stock", stock),
            ("Reason", ReportWording.verdictReason(result)),
        ] + lifeVerdictRows(result) + [
            ("Precision", ReportWording.verdictPrecision(verdict)),
        ] + (result.convergence.map { [("Convergence", ReportWording.convergence($0, trials: result.trials))] } ?? [])
          + (result.scenario.overrides.isEmpty ? [] : [("Set on the command line",
              ReportWording.overrideList(result.scenario.overrides) + " (see section 4)")]))))

        if let toGo = verdict.toGo {
            items.append(.table(facts("\(ReportWording.toGoTitle): \(toGo.cycle) at the planned stock of "
                                      + Fmt.unitsWord(planned) + ", other inputs unchanged", [
                ("Firm mold quote", ReportWording.toGoMoldQuote(toGo)),
                ("Commitment", ReportWording.toGoLead(toGo, commitDays: ReportWording.commitDays(result.scenario, cycle: toGo.cycle))),
                ("Stock", ReportWording.toGoStocks(toGo)),
            ])))
        }
        if let cycle = verdictCycle(result) {
            var rows: [(String, String)] = [
                ("Expected profit", "\(Fmt.money(cycle.profit.mean)) (standard error \(Fmt.money(cycle.profit.se)))"),
                ("P(loss)", ReportWording.lossVersusTolerance(cycle, tolerance: tolerance)),
                ("VaR 95 %", ReportWording.valueAtRisk(cycle)),
                ("CVaR 95 %", ReportWording.conditionalValueAtRisk(cycle)),
                ("P(late)", ReportWording.lateness(cycle)),
                ("Break-even", "sell " + ReportWording.breakEvenSellThrough(cycle)),
            ]
            if verdict.stock != planned, let point = cycle.stockCurve.first(where: { $0.stock == verdict.stock }) {
                rows.append(("At \(Fmt.unitsWord(point.stock))",
                              "expected profit \(Fmt.money(point.expectedProfit)), P(loss) \(Fmt.percent(point.probabilityOfLoss))"))
            }
            for comparison in result.comparisons {
                rows.append(("Cycle difference", ReportWording.comparison(comparison)))
            }
            let seasonOne = (result.scenario.life?.seasons ?? 1) > 1 ? ", season 1" : ""
            items.append(.table(facts("Headline figures: \(cycle.name) at the planned stock of \(Fmt.unitsWord(planned))"
                                      + seasonOne, rows)))
        }

        items.append(.table(ReportTable(
            title: "All cycles at the planned stock of \(Fmt.unitsWord(planned))"
                + ((result.scenario.life?.seasons ?? 1) > 1 ? ", season 1" : ""),
            columns: [
                .init(header: "Cycle", alignment: .left, wraps: true),
                .init(header: "Exp. profit", alignment: .right),
                .init(header: "P(loss)", alignment: .right),
                .init(header: "P(late)", alignment: .right),
                .init(header: "Break-even", alignment: .right),
                .init(header: "Best stock", alignment: .right),
            ],
            rows: result.cycles.map { c in
                .cells([c.name, Fmt.money(c.profit.mean), Fmt.percent(c.probabilityOfLoss),
                        Fmt.percent(c.leadTime.probabilityLate), Fmt.percent(c.breakEven.sellThrough),
                        Fmt.units(c.bestStock)])
            },
            notes: ["Break-even: the sell-through needed for zero expected profit."])))
        return items
    }

    // MARK: 3 Comparison

    static func comparisonSection(_ result: RunResult) -> [ReportItem] {
        var items: [ReportItem] = [.heading(level: 1, text: sectionTitles[2])]
        guard !result.comparisons.isEmpty else {
            items.append(.paragraph("The scenario has one cycle: there is nothing to compare."))
            return items
        }
        items.append(.table(ReportTable(
            title: "Paired difference in expected profit at the planned stock (second minus first)",
            columns: [
                .init(header: "Cycles", alignment: .left, wraps: true),
                .init(header: "Difference", alignment: .right),
                .init(header: "95 % interval", alignment: .right),
            ],
            rows: result.comparisons.map { c in
                .cells(["\(c.to) − \(c.from)", Fmt.money(c.expectedProfitDifference),
                        "\(Fmt.money(c.ci.lower)) to \(Fmt.money(c.ci.upper))"])
            })))
        for comparison in result.comparisons {
            items.append(.paragraph(ReportWording.comparison(comparison)))
        }
        items.append(.paragraph("Both cycles are evaluated on the same random draws (common random "
            + "numbers), so the difference is measured far more precisely than either mean alone."))
        return items
    }

    // MARK: 5 Method

    static func methodSection(_ result: RunResult) -> [ReportItem] {
        let method = result.method
        var rows: [(String, String)] = [
            ("Trials", Fmt.units(Double(result.trials))),
            ("Seed", String(result.seed)),
            ("Generator", method.generator),
            ("Chunks", "\(Fmt.units(Double(method.chunks))) chunks of \(Fmt.units(Double(method.chunkSize))) trials, "
                + "each with its own seeded stream, combined in chunk order"),
        ]
        if let convergence = result.convergence {
            rows.append(("Convergence", ReportWording.convergence(convergence, trials: result.trials)))
        }
        for cycle in result.cycles {
            let se = cycle.standardErrors
            rows.append(("Precision, \(cycle.name)",
                         "± one standard error: expected profit \(Fmt.money(cycle.profit.mean)) ± "
                         + "\(Fmt.money(se.expectedProfit)); P(loss) \(Fmt.percent(cycle.probabilityOfLoss)) ± "
                         + "\(ReportWording.smallPercent(se.probabilityOfLoss)) (95 % Wilson interval "
                         + Fmt.percentRange(cycle.probabilityOfLossCI.lower, cycle.probabilityOfLossCI.upper)
                         + "); VaR 95 % \(Fmt.money(cycle.var95)) ± \(Fmt.money(se.var95)); CVaR 95 % "
                         + "\(Fmt.money(cycle.cvar95)) ± \(Fmt.money(se.cvar95)); P(late) "
                         + "\(Fmt.percent(cycle.leadTime.probabilityLate)) ± \(ReportWording.smallPercent(se.probabilityLate)); "
                         + "break-even \(Fmt.units(cycle.breakEven.units)) ± \(Fmt.units(se.breakEvenUnits)) units"))
        }
        rows += ReportWording.samplingRows(result)
        rows += [
            ("Standard errors", "means: sd/√n; probabilities: √(p(1 − p)/n) (P(profit ≥ 0) has that of "
                + "P(loss)); VaR: √(0.05·0.95/n)/f(P5), the density from the histogram; CVaR: the asymptotic "
                + "standard error of a tail mean; break-even: from the standard errors of the mean mold and "
                + "rework costs; each stock level's expected profit has its own in the JSON and CSV reports"),
            ("Percentiles", "percentiles, VaR, CVaR and curve points come from mergeable histograms and are "
                + "within \(Fmt.precisePercent(method.percentileRelativeError)) relative error; means, standard "
                + "deviations and probabilities are exact for these trials"),
            ("Verdict", ReportWording.verdictPrecision(result.verdict)),
        ] + (result.verdict.toGo.map { [("To change it", ReportWording.toGoMethod($0))] } ?? []) + [
            ("Reproducibility", "the same scenario and seed give an identical report, whatever the number of threads"),
        ]
        rows.insert(valueOfInformationMethod(result.valueOfInformation, life: result.scenario.life), at: rows.count - 1)
        return [.heading(level: 1, text: sectionTitles[4]), .table(facts(nil, rows))]
    }

    // MARK: Helpers

    /// A two-column label/value table without column headers.
    static func facts(_ title: String?, _ rows: [(String, String)]) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init(header: "Item", alignment: .left), .init(header: "Value", alignment: .left, wraps: true)],
            rows: rows.map { .cells([$0.0, $0.1]) },
            showsHeader: false)
    }
}
