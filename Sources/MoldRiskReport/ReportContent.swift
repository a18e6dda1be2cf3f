import MoldRiskAnalysis
import MoldRiskCore

/// Builds the `ReportDocument` of a run, in the order a client reads it (issue 20):
///
/// 1. the summary (page 1): the verdict, the reason in the reader's units, four to six key
///    figures, what would make it GO, and the one chart that tells the story;
/// 2. the decision (page 2): the cycles compared, the stock curve and loss curves, what knowing
///    more is worth;
/// 3. the risk profiles, one per cycle (new page);
/// then the analyst's appendix (new page): A the inputs as read, B the method (engine, sampling,
/// precision, convergence, notes for the analyst).
///
/// `--brief` (`Scope.brief`) stops after chapter 2. Pure: it formats what is in the `RunResult`
/// and computes no statistics. Every report names cycles by their labels (`RunResult.labelled`)
/// except the inputs section, which prints the file's keys.
///
/// Where a new chart goes (`ChartRenderer.catalog`, placed by `images`): a chart about the
/// decision (a what-if overlay) in `decisionChapter`; one about a cycle's inputs and profit
/// (scatter, contribution to variance) beside the sensitivity tables in `cycleSection`; one about
/// the inputs as drawn (input distributions) after the inputs table in `appendix`.
package enum ReportContent {
    /// Section titles of the English report, in order (tests check the order).
    static var sectionTitles: [String] { EnglishStrings().sectionTitles }

    /// How much of the report to write.
    package enum Scope: Sendable {
        /// Everything: summary, decision, risk profiles, appendix.
        case full
        /// The summary and decision pages alone (`--brief`, at most 4 pages).
        case brief
    }

    /// Where `document` places the SVG charts (`.image` items).
    package enum ChartPlacement: Sendable {
        /// No charts (the text report draws its own text charts).
        case none
        /// Each chart beside the figure it illustrates: the story chart on page 1, the other of the
        /// profit distribution and stock curve with the loss-exceedance curve on page 2, the lead
        /// time with the first cycle's lead-time figures, with `[life]` the payback chart after the
        /// life's tables, the tornado after the sensitivity tables (Markdown and PDF).
        case besideFigures
    }

    /// The document of `result`. With `charts`, the SVG charts of `ChartRenderer` are placed as
    /// `.image` items beside their figures.
    static func document(_ result: RunResult, charts: Bool = false, scope: Scope = .full,
                         words: any ReportStrings = EnglishStrings()) -> ReportDocument {
        document(result, placement: charts ? .besideFigures : .none, scope: scope, words: words)
    }

    /// The document of `computed` with the SVG charts placed as `placement` says.
    package static func document(_ computed: RunResult, placement: ChartPlacement, scope: Scope = .full,
                                 words: any ReportStrings = EnglishStrings()) -> ReportDocument {
        let result = computed.labelled(in: words.language)
        let catalog = placement == .none ? [] : ChartRenderer.catalog(result, words: words)
        func images(_ name: String) -> [ReportItem] {
            catalog.filter { $0.fileName == name }.map { .image(title: $0.title, fileName: $0.fileName) }
        }
        // Page 1 holds one panel (the verdict's cycle) when the full chart has one per cycle; the
        // full one then opens the risk profiles, the cycles compared keeping to one page or two.
        let story = ChartRenderer.storyChart(result)
        let summary = images(ChartRenderer.summaryFile)
        var items = summaryChapter(result, words: words, story: summary.isEmpty ? images(story) : summary)
        items.append(.pageBreak)
        let other = story == ChartRenderer.stockCurveFile ? ChartRenderer.profitDistributionFile : ChartRenderer.stockCurveFile
        items += decisionChapter(result, words: words,
                                 images: images(other) + images(ChartRenderer.lossExceedanceFile))
        items += variantItems(result, words: words, overlay: images(ChartRenderer.variantsOverlayFile))
        guard scope == .full else {
            items.append(.paragraph(words.phrase(.briefNote)))
            return ReportDocument(title: result.scenario.name, items: items)
        }
        items.append(.pageBreak)
        items.append(.heading(level: 1, text: words.sectionTitles[2]))
        if !summary.isEmpty { items += images(story) }
        for (index, cycle) in result.cycles.enumerated() {
            items += cycleSection(cycle, number: "3.\(index + 1)", result: result, words: words,
                                  images: index == 0 ? images : { _ in [] })
        }
        items.append(.pageBreak)
        items += inputsSection(computed.scenario, words: words)   // keys, as in the file
        items += catalog.filter { $0.fileName.hasPrefix("input-distributions") }
            .map { .image(title: $0.title, fileName: $0.fileName) }
        items += methodSection(result, words: words)
        return ReportDocument(title: result.scenario.name, items: items)
    }

    /// The cycle the verdict names, or the first cycle when the name is not found.
    static func verdictCycle(_ result: RunResult) -> CycleResult? {
        result.cycles.first { $0.name == result.verdict.cycle } ?? result.cycles.first
    }

    // MARK: Appendix B, the method

    /// The analyst's part: engine, sampling, precision, convergence, and what the analyst could add
    /// (a `[value_of_information]` table).
    static func methodSection(_ result: RunResult, words: any ReportStrings) -> [ReportItem] {
        let method = result.method
        let say = words.phrase
        var rows: [(String, String)] = [
            (say(.trials), Fmt.units(Double(result.trials))),
            (say(.seed), String(result.seed)),
            (say(.generator), words.generator(method.generator)),
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
        var items: [ReportItem] = [.heading(level: 1, text: words.sectionTitles[4]), .table(facts(nil, rows, words: words))]
        if result.valueOfInformation.spec == nil, result.scenario.cycles.contains(where: isSignals) {
            items.append(.paragraph(say(.addListingTable)))
        }
        return items
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
