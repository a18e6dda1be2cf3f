import MoldRiskAnalysis
import MoldRiskCore

/// The SVG charts of a run (`moldrisk run --charts DIR`): a pure function of the `RunResult`,
/// like every renderer; it draws what the result holds and computes no statistics.
///
/// Files, in this order: with two cycles or more, `summary.svg` (page 1's one chart: the verdict's
/// cycle alone, its profit distribution, or its stock curve when the verdict is a smaller stock;
/// one panel, so that it fits beside the summary), `profit-distribution.svg` (per cycle: histogram of profit with the
/// S-curve), `loss-exceedance.svg` (all cycles overlaid), `stock-curve.svg` (per cycle: expected
/// profit and P(loss) against stock, best and tolerated stock marked), `lead-time.svg` (per
/// cycle: days until ready against the day the window opens) and, only when some cycle has
/// sensitivity bars, `tornado.svg` and beside it `contribution-to-variance.svg` (squared rank
/// correlations normalised to 100 %), `scatter.svg` (profit against the tornado's top input) and
/// `input-distributions.svg` (every uncertain input as drawn, with its law; six to a file, further
/// ones in `input-distributions-2.svg`, …); with what-if
/// variants, `variants-overlay.svg` (their profit S-curves on one plot); with `[life]`,
/// `payback.svg` (per cycle: the share of trials paid back by each season). Each is a standalone SVG 1.1 file, readable in black and
/// white (series differ by dash pattern and marker shape), with byte-identical output for the
/// same result.
package enum ChartRenderer {
    static let summaryFile = "summary.svg"
    static let profitDistributionFile = "profit-distribution.svg"
    static let lossExceedanceFile = "loss-exceedance.svg"
    static let stockCurveFile = "stock-curve.svg"
    static let leadTimeFile = "lead-time.svg"
    static let tornadoFile = "tornado.svg"
    static let paybackFile = "payback.svg"
    static let contributionFile = "contribution-to-variance.svg"
    static let scatterFile = "scatter.svg"
    static let inputDistributionsFile = "input-distributions.svg"
    static let variantsOverlayFile = "variants-overlay.svg"

    /// Every file name `render` may write for a run of `scenario` (which ones depends on the
    /// result): checked before a run, when the result is not known yet. The input distributions
    /// are counted at most: every uncertain input and the life's two.
    package static func possibleFileNames(for scenario: Scenario) -> [String] {
        let inputs = RandomInput.all(in: scenario).count + (scenario.life == nil ? 0 : 2)
        let parts = max(1, (inputs + InputDistributionChart.panelsPerChart - 1) / InputDistributionChart.panelsPerChart)
        return [summaryFile, profitDistributionFile, lossExceedanceFile, stockCurveFile, leadTimeFile, tornadoFile,
                contributionFile, scatterFile, variantsOverlayFile, paybackFile]
            + (0..<parts).map(InputDistributionChart.fileName(part:))
    }

    /// A chart's file name and title (the Markdown report's image text).
    struct Entry: Sendable, Equatable {
        var fileName: String
        var title: String
    }

    /// The charts `render` writes for `result`, in order, without drawing them.
    static func catalog(_ result: RunResult, words: any ReportStrings = EnglishStrings()) -> [Entry] {
        var entries: [Entry] = []
        if result.cycles.count > 1, let cycle = ReportContent.verdictCycle(result) {
            let story = storyChart(result) == stockCurveFile
                ? words.phrase(result.scenario.life != nil ? .chartLifeStockCurveTitle : .chartStockCurveTitle) : words.chartProfitTitle(planned: result.scenario.product.stock)
            entries.append(Entry(fileName: summaryFile, title: words.chartOfOneCycle(story, cycle: cycle.name)))
        }
        entries += [
            Entry(fileName: profitDistributionFile, title: words.chartProfitTitle(planned: result.scenario.product.stock)),
            Entry(fileName: lossExceedanceFile, title: words.phrase(.chartLossExceedanceTitle)),
            Entry(fileName: stockCurveFile, title: words.phrase(.chartStockCurveTitle)),
            Entry(fileName: leadTimeFile, title: words.phrase(.chartLeadTimeTitle)),
        ]
        if !TornadoChart.panels(result).isEmpty {
            entries.append(Entry(fileName: tornadoFile, title: words.phrase(.chartTornadoTitle)))
            entries.append(Entry(fileName: contributionFile, title: words.contributionTitle))
        }
        if !ScatterChart.panels(result).isEmpty {
            entries.append(Entry(fileName: scatterFile, title: words.scatterTitle))
        }
        if !result.variants.isEmpty {
            entries.append(Entry(fileName: variantsOverlayFile, title: words.variantsOverlayTitle))
        }
        let inputParts = InputDistributionChart.files(result)
        for part in 0..<inputParts {
            entries.append(Entry(fileName: InputDistributionChart.fileName(part: part),
                                 title: InputDistributionChart.title(part: part, of: inputParts, words: words)))
        }
        if result.cycles.contains(where: { $0.life != nil }) {
            entries.append(Entry(fileName: paybackFile, title: words.chartPaybackTitle))
        }
        return entries
    }

    /// The chart that tells the story on page 1: the stock curve when the verdict is to make a
    /// smaller stock (the stock is the story), else the profit distribution with its loss area.
    static func storyChart(_ result: RunResult) -> String {
        result.verdict.decision == .goAtSmallerStock ? stockCurveFile : profitDistributionFile
    }

    /// The charts, with their titles, axes, legends and notes in `language`.
    package static func render(_ computed: RunResult, language: ReportLanguage = .en) -> [ChartFile] {
        let words = language.strings
        let result = computed.labelled(in: language)
        return catalog(result, words: words).map { entry in
            let svg: String
            switch entry.fileName {
            case summaryFile:
                let story = result.verdictCycleAlone
                svg = storyChart(result) == stockCurveFile
                    ? StockCurveChart.svg(story.judgedOnLife, words: words, compact: true, onLife: story.scenario.life != nil)
                    : ProfitDistributionChart.svg(story, words: words, compact: true)
            case profitDistributionFile: svg = ProfitDistributionChart.svg(result, words: words)
            case lossExceedanceFile: svg = LossExceedanceChart.svg(result, words: words)
            case stockCurveFile: svg = StockCurveChart.svg(result, words: words)
            case leadTimeFile: svg = LeadTimeChart.svg(result, words: words)
            case paybackFile: svg = PaybackChart.svg(result, words: words)
            case contributionFile: svg = ContributionChart.svg(result, words: words)
            case scatterFile: svg = ScatterChart.svg(result, words: words)
            case variantsOverlayFile: svg = VariantOverlayChart.svg(result, words: words)
            case tornadoFile: svg = TornadoChart.svg(result, words: words)
            default:
                let part = (0..<InputDistributionChart.files(result)).first { InputDistributionChart.fileName(part: $0) == entry.fileName }
                svg = InputDistributionChart.svg(result, part: part ?? 0, words: words)
            }
            return ChartFile(fileName: entry.fileName, svg: svg)
        }
    }
}

extension RunResult {
    /// The result with every cycle's stock curve valued on the NPV over the mold's life (what the
    /// verdict judges with `[life]`); unchanged without it.
    var judgedOnLife: RunResult {
        var judged = self
        judged.cycles = cycles.map(LifeAnalysis.judgedOnLife)
        return judged
    }

    /// The result with the verdict's cycle alone: what page 1's one-panel chart draws.
    var verdictCycleAlone: RunResult {
        var alone = self
        if let cycle = ReportContent.verdictCycle(self) { alone.cycles = [cycle] }
        return alone
    }
}
