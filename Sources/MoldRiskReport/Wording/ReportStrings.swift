import MoldRiskAnalysis
import MoldRiskCore

/// One language's wording of the reports a person reads: the text report, the Markdown report,
/// the terminal headline and the SVG charts' titles, axes, legends and notes. Renderers take
/// every word from here (never `if language == …`); a new language is one new file with a type
/// conforming to this protocol, and `ReportLanguage.strings` naming it. JSON and CSV use none of
/// it. Figures are formatted here too where a language writes them differently (money, days,
/// units); percentages and plain numbers go through `Fmt` in every language.
package protocol ReportStrings: Sendable, DecisionWording, SensitivityChartStrings, VariantStrings {
    /// The language this table writes (cycle labels are chosen by it, DESIGN §8.6).
    var language: ReportLanguage { get }

    // MARK: Units and money
    /// A whole amount of money: `¥195,365` (English), `19.54 万元` (Chinese).
    func money(_ yuan: Double) -> String
    /// An input amount exactly as given (no rounding): `¥9.9`.
    func exactMoney(_ yuan: Double) -> String
    /// Days with one decimal: `45.3 days`.
    func days(_ days: Double) -> String
    /// Whole units with their word: `100,000 units`.
    func unitsWord(_ units: Double) -> String
    /// `¥1 to ¥2`.
    func moneyRange(_ lower: Double, _ upper: Double) -> String
    /// How a chart's money axis is scaled for values up to `largest` yuan: the divisor, the unit
    /// its title names (`¥k`, `万元`) and a note explaining the unit (empty when none is needed).
    func moneyAxis(largest: Double) -> (divisor: Double, unit: String, note: String)

    // MARK: Fixed words
    /// The five section titles, in order.
    var sectionTitles: [String] { get }
    /// The verdict's decision as the report prints it.
    func decision(_ decision: Verdict.Decision) -> String
    /// A heading, label, column header or legend.
    func phrase(_ phrase: ReportPhrase) -> String
    /// The text report's page header and the PDF's footer: `page 2 of 9`.
    func page(_ page: Int, of count: Int) -> String
    /// The PDF's document title (metadata and outline root): `Mold risk report: NAME`.
    func documentTitle(_ scenarioName: String) -> String
    /// The PDF's running footer, left part: `moldrisk 0.1.0 · seed 42 · 200,000 trials`.
    func pageFooter(version: String, seed: UInt64, trials: Int) -> String

    // MARK: Verdict, headline and what would change it
    /// The verdict's reason (`VerdictReason` holds only the figures): one or two plain sentences a
    /// factory head can act on. `onLife`: the figures are the NPV over the mold's life (`[life]`
    /// with more than one season), named so ("expected NPV"), not season 1's profit.
    func verdictReason(_ reason: VerdictReason, onLife: Bool) -> String
    /// Why a point fails the rule: how far P(loss) is above the tolerance, or that expected profit
    /// (expected NPV `onLife`) is not positive.
    func shortfall(_ p: VerdictPoint, tolerance: Double, onLife: Bool) -> String
    func verdictLine(_ verdict: Verdict) -> String
    func verdictPrecision(marginal: Bool) -> String
    func lossVersusTolerance(_ cycle: CycleResult, tolerance: Double) -> String
    func breakEvenSellThrough(_ be: BreakEven) -> String
    func comparison(_ c: CycleComparison) -> String
    func valueAtRisk(_ var95: Double) -> String
    func conditionalValueAtRisk(_ cvar95: Double) -> String
    func latenessShort(_ lead: LeadTimeSummary) -> String
    func lateness(_ lead: LeadTimeSummary) -> String
    func convergence(_ c: Convergence, trials: Int) -> String
    func convergenceShort(_ c: Convergence, trials: Int) -> String
    func valuesSetOnCommandLine(_ list: String) -> String
    func overridesParagraph(_ list: String) -> String
    /// The firm mold quote's row; `onLife` as in `verdictReason`.
    func toGoMoldQuote(_ quote: MoldQuote?, onLife: Bool) -> String
    func toGoLead(_ toGo: ToGo, commitDays: Double?) -> String
    /// The stocks within tolerance row; `onLife` as in `verdictReason`.
    func toGoStocks(_ toGo: ToGo, onLife: Bool) -> String
    func toGoShortQuote(_ q: MoldQuote) -> String
    func toGoShort(quote: String, lead: String, stocks: String) -> String
    func toGoMethod(_ toGo: ToGo) -> String
    func toGoTableTitle(cycle: String, planned: Double) -> String
    func plannedSuffix(_ planned: Double) -> String
    func expectedProfitWithError(mean: Double, se: Double) -> String
    func atStockLabel(_ stock: Double) -> String
    func atStockValue(_ point: StockPoint) -> String
    func headlineFiguresTitle(cycle: String, planned: Double) -> String
    func allCyclesTitle(planned: Double) -> String
    func headlineExpectedProfit(_ cycle: CycleResult, planned: Double) -> String
    func headlineLoss(_ standing: String) -> String
    func headlineBreakEven(_ sellThrough: String) -> String
    /// The headline's last line: where the full report went.
    func fullReport(_ path: String, whatIf: Bool) -> String

    // MARK: Risk profiles (section 2)
    func cycleHeading(number: String, cycle: String) -> String
    func profitTableTitle(planned: Double) -> String
    func sCurveCaption() -> String
    func breakEvenTitle(planned: Double) -> String
    func unitsToSell(_ be: BreakEven) -> String
    func moldCostAtZeroProfit(_ moldCost: Double) -> String
    func readyChartCaption(commitDays: Double) -> String
    /// The stock curve's marks note; `verdictNote` nil when the verdict's stock is marked in the
    /// life's table instead (a life of more than one season).
    func stockMarksNote(tolerance: Double, verdictNote: String?) -> String
    func noStockWithin(tolerance: Double) -> String
    func sensitivityNote(trials: String, centre: Double) -> String
    func tornadoCaption(centre: Double, trials: String) -> String
    /// Sensitivity was computed but the cycle has no uncertain input, so there is no tornado.
    func noTornado(cycle: String, centre: Double, trials: String) -> String
    /// A random input in words (`mold cost`, `research days`, `模具费`) from its key path relative to
    /// its cycle (`research_days`, `demand.units`) or whole (`mold.cost`).
    func inputName(_ key: String) -> String
    /// An input of a named cycle: `research days (traditional)`.
    func inputOfCycle(_ input: String, cycle: String) -> String
    /// A yes/no event's held values: `rework, 35 % chance: never / always`.
    func heldEvent(_ name: String, chance: String) -> String

    // MARK: Value of information (end of section 3)
    /// A cycle's listing table title: `data_driven: a further test listing (¥0.05 an impression)`.
    func listingTableTitle(cycle: String, costPerImpression: Double) -> String
    /// The best further listing in plain words, or that no size pays for itself.
    func bestListing(_ best: ListingValue) -> String
    /// A cycle whose demand is in the distribution form has no EVSI.
    func noListingValue(cycle: String) -> String

    // MARK: The mold's life (DESIGN §8.1)
    /// What the verdict judges with `[life]`: `the NPV over the mold's 4 seasons (…)`, as it
    /// continues a sentence (the verdict row capitalises it, the headline adds `Judged on`).
    func lifeBasis(_ life: Life) -> String
    /// The headline's line on what the verdict judges: `Judged on the NPV … .`.
    func judgedOnLine(_ basis: String) -> String
    /// The verdict's reason led by what its figures are: `Over the mold's 4 seasons (NPV, …): with …`.
    func lifeReason(_ reason: String, life: Life) -> String
    /// `what sold the season before`.
    func restockWords(_ restock: Life.Restock) -> String
    /// `NPV ¥812,400 over 4 seasons, P(NPV < 0) 8.0 % (…); half the trials have paid back by season 2`.
    func lifeSummary(_ life: LifeResult) -> String
    /// A season-1 line of the headline: `Season 1: expected profit …`.
    func seasonOneLine(_ line: String) -> String
    /// The suffix of a table title holding season 1's figures only: `, season 1`.
    var seasonOneSuffix: String { get }
    /// The life's NPV table: title, column headers, `none` (no payback), note.
    func lifeTableTitle(seasons: Int, discount: Double) -> String
    var lifeColumns: [String] { get }
    var noPayback: String { get }
    func lifeTableNote(restock: Life.Restock, tolerance: Double, noGo: Bool) -> String
    /// The payback table at the planned stock: title, column headers, note.
    func paybackTableTitle(planned: Double) -> String
    var paybackColumns: [String] { get }
    var paybackTableNote: String { get }
    /// The inputs section's units for `[life]`.
    var demandChangeUnit: String { get }
    /// The value-of-information block with `[life]`: the row label, its text, and the name of the
    /// value judged in the EVPI sentence and the method row.
    var valueJudgedLabel: String { get }
    func valueJudged(_ life: Life) -> String
    /// What EVPI means, in a sentence with its figure (of the NPV with `[life]`).
    func evpiSentence(_ evpi: Double, life: Life?) -> String
    /// The method section's row on how EVPI (and EVSI) are computed.
    func valueOfInformationMethod(_ value: ValueOfInformation, life: Life?) -> String
    /// `payback.svg`: title, legend, axes, panel title, note.
    var chartPaybackTitle: String { get }
    var chartPaybackLegend: String { get }
    var chartPaybackAxis: String { get }
    var chartSeasonAxis: String { get }
    func chartPaybackPanel(cycle: String, npv: Double, lossProbability: Double) -> String
    func chartPaybackSeries(cycle: String) -> String
    func chartPaybackNote(restock: Life.Restock?) -> String

    // MARK: Sampling and correlations (DESIGN §8.3, method section)
    /// The sampling method's name: `Latin hypercube (stratified within each chunk)`.
    func samplingMethod(_ method: SamplingMethod) -> String
    /// After random sampling's name: `; standard errors sd/√n`.
    var samplingRandomNote: String { get }
    /// One cycle's effective trials: `data_driven 1,234,567 (variance ratio 6.2×)`.
    func effectiveTrials(cycle: String, trials: Double, ratio: String) -> String
    /// After a stratified method's name: standard errors from the chunk means, the effective trials.
    func samplingChunkSpread(chunks: Int, figures: [String]) -> String
    /// Fewer than 20 chunks: the standard errors are rough.
    func samplingRoughErrors(chunks: Int, relativeError: Double) -> String
    /// Fewer than `minimumChunks` chunks (`chunks`, perhaps 1): the standard errors are sd/√n of
    /// independent trials, an upper bound; `minimumTrials` trials give the method's own.
    func samplingFewChunks(chunks: Int, minimumChunks: Int, minimumTrials: Int) -> String
    /// From the chunk means: the 95 % intervals take Student's t with `degreesOfFreedom`, `quantile`.
    func samplingStudentT(degreesOfFreedom: Int, quantile: Double) -> String
    /// The correlations row: how they are drawn, `list` (`mold.cost ~ research_days 0.60`), the tornado.
    func correlationsText(_ list: [String]) -> String

    // MARK: Method (section 5)
    /// The random number generator, named in the reader's language (`RunResult.method.generator`,
    /// which JSON keeps as it is).
    func generator(_ name: String) -> String
    func chunks(count: Int, size: Int) -> String
    func precisionLabel(cycle: String) -> String
    func precision(_ cycle: CycleResult) -> String
    func percentilesText(relativeError: Double) -> String

    // MARK: SVG charts
    func chartProfitTitle(planned: Double) -> String
    func chartCyclePanel(_ cycle: CycleResult) -> String
    /// The title of a chart drawn for one cycle alone (page 1's summary chart).
    func chartOfOneCycle(_ title: String, cycle: String) -> String
    func chartCycleLoss(_ cycle: CycleResult) -> String
    func chartTolerance(_ tolerance: Double) -> String
    func chartToleranceOnLoss(_ tolerance: Double) -> String
    func chartLeadPanel(_ cycle: CycleResult) -> String
    func chartWindowOpens(_ commitDays: Double) -> String
    func chartTornadoPanel(cycle: String, centre: String, trials: Int) -> String
    /// A series' tooltip: `traditional: expected profit`.
    func chartSeries(cycle: String, _ what: String) -> String
}

extension ReportLanguage {
    /// The string table of this language.
    package var strings: any ReportStrings {
        switch self {
        case .en: EnglishStrings()
        case .zh: ChineseStrings()
        }
    }
}
