import MoldRiskAnalysis
import MoldRiskCore

/// The reports in English (`--lang en`, the default): every word the text, Markdown, headline
/// and SVG renderers print. Money in ¥ with k and M (`¥195k`, `¥1.19M`, DESIGN §8.6); inputs as
/// read keep their exact amounts (`¥9.9`, `¥150,000`).
package struct EnglishStrings: ReportStrings {
    package init() {}

    package var language: ReportLanguage { .en }

    // MARK: Units and money

    package func money(_ yuan: Double) -> String { Fmt.compactMoney(yuan) }
    package func exactMoney(_ yuan: Double) -> String { Fmt.exactMoney(yuan) }
    package func days(_ days: Double) -> String { Fmt.days(days) }
    package func unitsWord(_ units: Double) -> String { Fmt.unitsWord(units) }
    package func moneyRange(_ lower: Double, _ upper: Double) -> String { "\(money(lower)) to \(money(upper))" }

    package func moneyAxis(largest: Double) -> (divisor: Double, unit: String, note: String) {
        largest >= 10_000_000 ? (1e6, "¥M", "") : largest >= 10_000 ? (1e3, "¥k", "") : (1, "¥", "")
    }

    // MARK: Fixed phrases

    package var sectionTitles: [String] {
        ["1  Summary", "2  The cycles compared", "3  Risk profiles", "Appendix A  Inputs as read",
         "Appendix B  Method"]
    }

    package func decision(_ decision: Verdict.Decision) -> String { decision.rawValue }

    package func phrase(_ phrase: ReportPhrase) -> String {
        switch phrase {
        case .banner: "MOLD RISK REPORT (moldrisk)"
        case .markdownTitle: "Mold risk report"
        case .continued: " (continued)"
        case .item: "Item"
        case .value: "Value"
        case .decisionLabel: "Decision"
        case .cycleLabel: "Cycle"
        case .stockLabel: "Stock"
        case .reasonLabel: "Reason"
        case .precisionLabel: "Precision"
        case .convergenceLabel: "Convergence"
        case .setOnCommandLine: "Set on the command line"
        case .seeInputsSection: " (see appendix A)"
        case .firmMoldQuote: "Firm mold quote"
        case .commitment: "Commitment"
        case .expectedProfit: "Expected profit"
        case .probabilityOfLoss: "P(loss)"
        case .valueAtRisk: "VaR 95 %"
        case .conditionalValueAtRisk: "CVaR 95 %"
        case .probabilityLate: "P(late)"
        case .breakEven: "Break-even"
        case .cycleDifference: "Cycle difference"
        case .cycleColumn: "Cycle"
        case .expectedProfitColumn: "Exp. profit"
        case .breakEvenColumn: "Break-even"
        case .bestStockColumn: "Best stock"
        case .breakEvenNote: "Break-even: the sell-through needed for zero expected profit."
        case .sell: "sell "
        case .marginalWarning: "Marginal verdict: more trials could change it; rerun with more trials."
        case .whatWouldChangeIt: "What would change the verdict"
        case .lead: "lead"
        case .noFirmQuote: "no firm mold quote is low enough"
        case .notSearched: "not searched"
        case .judgedOnLabel: "Judged on"
        case .moldsLifeLabel: "Mold's life"
        case .samplingLabel: "Sampling"
        case .correlationsLabel: "Correlations"
        case .mean: "Mean"
        case .standardDeviation: "Standard deviation"
        case .standardErrorOfMean: "Standard error of the mean"
        case .valueAtRiskP5: "VaR 95 % (−P5)"
        case .conditionalValueAtRiskTail: "CVaR 95 % (worst 5 % mean loss)"
        case .probabilityOfLossInterval: "P(loss), 95 % interval"
        case .figure: "Figure"
        case .profit: "Profit"
        case .p5Note: "P5 is the profit that 1 trial in 20 falls below."
        case .sellThroughTitle: "Sell-through (sold / stock) at the planned stock"
        case .sellThroughPercentiles: "P5 / P50 / P95"
        case .sCurveTitle: "Profit S-curve: chance that profit is at most x"
        case .histogramTitle: "Profit distribution: share of trials per profit band"
        case .histogramCaption: "Each bar counts the trials with a profit from its label up to the next label."
        case .unitsToSell: "Units to sell"
        case .moldCostAtZeroProfit: "Mold cost at zero profit"
        case .probabilityOfProfit: "P(profit ≥ 0)"
        case .meanMoldCost: "Mean mold cost drawn"
        case .meanReworkCost: "Mean rework cost drawn"
        case .leadTimeTitle: "Lead time: research + mold + rework + production"
        case .readyPercentiles: "Ready P10 / P50 / P90"
        case .commitmentBeforeWindow: "Commitment before window"
        case .readyChartTitle: "Days until the stock is ready"
        case .late: "late"
        case .stockCurveTitle: "Stock curve (same trials for every stock)"
        case .stockColumn: "Stock"
        case .p5Column: "P5"
        case .p95Column: "P95"
        case .soldColumn: "Sold"
        case .noteColumn: "Note"
        case .soldNote: "Sold: mean sell-through."
        case .markBest: "best"
        case .markMax: "max"
        case .markPlan: "plan"
        case .markGo: "GO"
        case .markClosest: "closest"
        case .goMarkNote: "GO: the verdict's stock."
        case .closestMarkNote: "closest: the verdict's nearest miss (NO-GO)."
        case .sensitivityTitle: "Sensitivity: expected profit with each input held at its P10 and its P90, widest swing first"
        case .atP10: "At P10"
        case .atP90: "At P90"
        case .lossP10P90: "P(loss) P10/P90"
        case .eventsTitle: "Yes/no events: expected profit if the event never and if it always happens"
        case .never: "Never"
        case .always: "Always"
        case .lossNeverAlways: "P(loss) never/always"
        case .inputColumn: "Input"
        case .swingColumn: "Swing"
        case .rankColumn: "ρ"
        case .eventsNote: "Never / Always: expected profit with the event forced off / on in every trial while "
            + "every other input varies, on the same trials; the scenario's chance lies between."
        case .tornadoTitle: "Tornado: expected profit with each input at its P10 and its P90"
        case .eventGroupTitle: "Yes/no events, held never (░) and always (█):"
        case .oneCycle: "The scenario has one cycle: there is nothing to compare."
        case .comparisonTitle: "Paired difference in expected profit at the planned stock (second minus first)"
        case .cyclesColumn: "Cycles"
        case .differenceColumn: "Difference"
        case .intervalColumn: "95 % interval"
        case .commonRandomNumbers: "Both cycles are evaluated on the same random draws (common random "
            + "numbers), so the difference is measured far more precisely than either mean alone."
        case .valueOfInformationTitle: "Value of information"
        case .evpiLabel: "EVPI"
        case .impressionsColumn: "Impressions"
        case .evsiColumn: "EVSI"
        case .evsiErrorColumn: "± SE"
        case .listingCostColumn: "Cost"
        case .netValueColumn: "Net value"
        case .evsiNote: "EVSI: the expected value of the listing's orders to this decision (choice of cycle, "
            + "stock, or no mold); net value: EVSI minus the listing's cost."
        case .briefNote: "This is the brief report: the risk profiles of each cycle and the appendix (inputs as read, "
            + "method) are in the full report (moldrisk run without --brief)."
        case .addListingTable: "Add a [value_of_information] table to price a further test listing "
            + "(EVSI): what more platform data would be worth to this decision."
        case .impressionsSuffix: " impressions"
        case .perImpression: " per impression"
        case .valueOfInformationLabel: "Value of information"
        case .inputsTitle: "Scenario inputs, by key"
        case .keyColumn: "Key"
        case .valueColumn: "Value"
        case .distributionsNote: "Distributions are named as in the scenario file (dist = …) with their parameters;"
            + " a lognormal also shows its other form (i.e. …), rounded."
        case .setNote: "(set): the value was set on the command line with --set."
        case .setMark: " (set)"
        case .perUnitSold: " per unit sold"
        case .perUnitMade: " per unit made"
        case .perUnitLeft: " per unit left"
        case .plannedUnits: " units (planned)"
        case .unitsPerDay: " units per day"
        case .noCapacity: "none (production takes no time)"
        case .conversionPosterior: "conversion (posterior)"
        case .unitYuan: "yuan"
        case .unitDays: "days"
        case .unitUnits: "units"
        case .unitVisitors: "impressions"
        case .visitorsSuffix: " impressions"
        case .daysSuffix: " days"
        case .unitsSuffix: " units"
        case .thatIs: "i.e."
        case .values: "values"
        case .timesWeight: " × weight"
        case .trials: "Trials"
        case .seed: "Seed"
        case .generator: "Generator"
        case .chunks: "Chunks"
        case .standardErrors: "Standard errors"
        case .standardErrorsText: "means: sd/√n; probabilities: √(p(1 − p)/n) (P(profit ≥ 0) has that of "
            + "P(loss)); VaR: √(0.05·0.95/n)/f(P5), the density from the histogram; CVaR: the asymptotic "
            + "standard error of a tail mean; break-even: from the standard errors of the mean mold and "
            + "rework costs; each stock level's expected profit has its own in the JSON and CSV reports"
        case .percentiles: "Percentiles"
        case .verdict: "Verdict"
        case .toChangeIt: "To change it"
        case .reproducibility: "Reproducibility"
        case .reproducibilityText: "the same scenario and seed give an identical report, whatever the number of threads"
        case .noData: "no data"
        case .noTrialLost: "no trial lost money"
        case .chartSharePerBand: "share of trials per profit band (left axis)"
        case .chartSharePerBandTitle: "share of trials per profit band"
        case .chartSharePerBandAxis: "share of trials per band"
        case .chartProfitAtMost: "P(profit ≤ x)"
        case .chartSCurveLegend: "S-curve: P(profit ≤ x) (right axis)"
        case .chartZeroProfit: "zero profit"
        case .chartExpectedProfit: "expected profit"
        case .chartShareOfTrials: "share of trials"
        case .chartProfitAxis: "profit"
        case .chartLossAxis: "loss"
        case .chartLossAboveAxis: "P(loss > x)"
        case .chartExpectedProfitAxis: "expected profit"
        case .chartLossExceedanceTitle: "Loss exceedance: the chance of losing more than x"
        case .chartLossExceedanceNote: "Read a curve at a loss x: the chance of losing more than x. At x = 0 its "
            + "height is P(loss); a lower, shorter curve carries less risk."
        case .chartProfitNote: "Each bar is the share of trials with a profit in its band (the end bands hold the "
            + "tails); the S-curve's height at zero profit is P(loss)."
        case .chartLeadTimeTitle: "Lead time: days until the stock is ready, against the sales window"
        case .chartReadyInTime: "ready in time"
        case .chartLateLegend: "late: ready after the window opens"
        case .chartWindowOpensLegend: "window opens (days after commitment)"
        case .chartDaysAxis: "days from commitment (start of research) until the stock is ready"
        case .chartLeadTimeNote: "Ready = research + mold + rework + production. A band edge is on the day the "
            + "window opens; the hatched bands after it hold the late trials (their shares add up to P(late)): "
            + "the stock then misses the opening day."
        case .chartStockCurveTitle: "Stock curve: expected profit and P(loss) against stock"
        case .chartProfitUpper: "expected profit (upper plot)"
        case .chartLifeStockCurveTitle: "Stock curve over the mold's life: expected NPV and P(loss) against stock"
        case .chartExpectedNPVAxis: "expected NPV"
        case .chartNPVUpper: "expected NPV (upper plot)"
        case .chartProfitAxisShort: "profit"
        case .chartNPVAxisShort: "NPV"
        case .chartBestNPVLegend: "best: highest expected NPV"
        case .chartStockCurveShortTitle: "Stock curve"
        case .chartLifeStockCurveShortTitle: "Stock curve over the mold's life"
        case .chartLossLower: "P(loss) (lower plot, 0–100 %)"
        case .chartBestLegend: "best: highest expected profit"
        case .chartMaxLegend: "max: largest stock within tolerance"
        case .chartPlanLegend: "plan: the planned stock"
        case .chartStockAxis: "stock (units)"
        case .chartNoStockWithin: "no stock within tolerance"
        case .chartStockCurveNote: "Every stock is evaluated on the same trials. Upper plot: expected profit; "
            + "lower plot: P(loss) on its own 0–100 % scale, the tolerance dotted. best: highest expected profit; "
            + "max: largest stock whose P(loss) is within the tolerance; plan: the planned stock."
        case .chartStockSearchMarks: " best and max are the stock search's, over every stock in its range, "
            + "so they need not fall on a plotted level."
        case .chartTornadoTitle: "Tornado: which uncertain input moves expected profit most"
        case .chartAtP10Legend: "input at its P10 (event: never)"
        case .chartAtP90Legend: "input at its P90 (event: always)"
        case .chartCentreLegend: "expected profit, every input varying"
        case .chartEventHeading: "events: never / always"
        case .chartTornadoNote: "Each row holds one input at its own P10 or P90 (a yes/no event: never or always) "
            + "while every other input varies, on the same trials as the centre line; the values held are under "
            + "each input's name; the widest swing is on top."
        case .chartSwing: "swing "
        case .chartExpected: "expected "
        }
    }
}

// MARK: Sentences with figures

extension EnglishStrings {
    package func verdictReason(_ reason: VerdictReason, onLife: Bool) -> String {
        let value = onLife ? "expected NPV" : "expected profit"
        switch reason {
        case let .passesAtPlannedStock(p, tolerance):
            return "With \(p.cycle) at \(Fmt.units(p.stock)) units, P(loss) is "
                + "\(Fmt.percent(p.probabilityOfLoss)), within the \(Fmt.percent(tolerance)) tolerance, and \(value) is "
                + "\(money(p.expectedValue))."
        case let .passesAtSmallerStock(p, lowest, plannedStock, tolerance):
            if lowest.probabilityOfLoss <= tolerance && lowest.expectedValue > 0 {
                return "At the planned \(Fmt.units(plannedStock)) units \(lowest.cycle) passes too (P(loss) "
                    + "\(Fmt.percent(lowest.probabilityOfLoss)), \(value) \(money(lowest.expectedValue))), but a smaller "
                    + "stock earns more: with \(p.cycle) at \(Fmt.units(p.stock)) units, P(loss) is "
                    + "\(Fmt.percent(p.probabilityOfLoss)) and \(value) is \(money(p.expectedValue))."
            }
            return "At the planned \(Fmt.units(plannedStock)) units no cycle keeps P(loss) within the "
                + "\(Fmt.percent(tolerance)) tolerance (lowest: \(Fmt.percent(lowest.probabilityOfLoss)), \(lowest.cycle)). "
                + "With \(p.cycle) at \(Fmt.units(p.stock)) units, P(loss) is "
                + "\(Fmt.percent(p.probabilityOfLoss)) and \(value) is \(money(p.expectedValue))."
        case let .failsEverywhere(closest, smaller, plannedStock, tolerance):
            var text = "No cycle keeps P(loss) within the \(Fmt.percent(tolerance)) tolerance with a positive \(value), at the "
                + "planned \(Fmt.units(plannedStock)) units or any other stock evaluated. Closest at the planned stock: "
                + "\(closest.cycle), \(shortfall(closest, tolerance: tolerance, onLife: onLife))."
            if let smaller {
                text += " Closest at a smaller stock: \(smaller.cycle) at \(Fmt.units(smaller.stock)) units, "
                    + "\(shortfall(smaller, tolerance: tolerance, onLife: onLife))."
            }
            return text
        }
    }

    package func shortfall(_ p: VerdictPoint, tolerance: Double, onLife: Bool) -> String {
        let value = onLife ? "expected NPV" : "expected profit"
        let loss = "P(loss) \(Fmt.percent(p.probabilityOfLoss))"
        let profit = "\(value) \(money(p.expectedValue))"
        switch ReportWording.Shortfall(p, tolerance: tolerance) {
        case .profitNotPositive:
            return "\(loss) is within the tolerance but \(profit) is not positive"
        case let .above(points, profitPositive):
            let above = "\(loss), \(Fmt.fixed(points, places: 1)) percentage points above the tolerance"
            return profitPositive ? "\(above) (\(profit))" : "\(above), and \(profit) is not positive"
        }
    }

    package func noTornado(cycle: String, centre: Double, trials: String) -> String {
        "Sensitivity: no input of \(cycle) is uncertain, so there is no tornado: "
            + "its expected profit is \(money(centre)) on the \(trials) trials whatever input is held."
    }

    package func verdictLine(_ verdict: Verdict) -> String {
        "\(decision(verdict.decision)): cycle \(verdict.cycle), \(unitsWord(verdict.stock))"
    }

    package func verdictPrecision(marginal: Bool) -> String {
        marginal
            ? "Marginal: the 95 % interval of P(loss) at the chosen stock straddles the tolerance, "
                + "so more trials could change this decision. Rerun with more trials before committing."
            : "Clear: the 95 % interval of P(loss) at the chosen stock lies on one side of the "
                + "tolerance, so more trials would not change this decision."
    }

    package func lossVersusTolerance(_ cycle: CycleResult, tolerance: Double) -> String {
        let ci = cycle.probabilityOfLossCI
        let standing = switch ToleranceStanding(ci, tolerance: tolerance) {
        case .within: "within tolerance"
        case .above: "above tolerance"
        case .straddles: "interval straddles the tolerance"
        }
        return "\(Fmt.percent(cycle.probabilityOfLoss)) (95 % interval "
            + "\(Fmt.percentRange(ci.lower, ci.upper))) vs tolerance \(Fmt.percent(tolerance)): \(standing)"
    }

    package func breakEvenSellThrough(_ be: BreakEven) -> String {
        let base = "\(Fmt.percent(be.sellThrough)) of the stock (\(unitsWord(be.units)))"
        return be.sellThrough > 1 ? base + ": cannot break even at this stock" : base
    }

    package func comparison(_ c: CycleComparison) -> String {
        let d = c.expectedProfitDifference
        return "\(c.to) earns \(money(d.magnitude)) \(d >= 0 ? "more" : "less") on average than \(c.from) "
            + "(95 % interval of the difference \(money(c.ci.lower)) to \(money(c.ci.upper)))"
            + (ReportWording.isClear(c) ? "; the difference is clear."
                : "; the interval includes zero, so the difference is not established.")
    }

    package func valueAtRisk(_ var95: Double) -> String {
        var95 > 0 ? "\(money(var95)): 1 trial in 20 loses more"
            : "no loss: even the worst 5 % of trials start at a profit of \(money(-var95))"
    }

    package func conditionalValueAtRisk(_ cvar95: Double) -> String {
        cvar95 > 0 ? "\(money(cvar95)): the average loss in the worst 5 % of trials"
            : "no loss: the worst 5 % of trials average a profit of \(money(-cvar95))"
    }

    package func latenessShort(_ lead: LeadTimeSummary) -> String {
        "P(late) \(Fmt.percent(lead.probabilityLate)) (not ready within the \(days(lead.commitDays)) available)"
    }

    package func lateness(_ lead: LeadTimeSummary) -> String {
        "\(Fmt.percent(lead.probabilityLate)) that the stock is not ready within the "
            + "\(days(lead.commitDays)) between commitment and the window"
    }

    package func convergence(_ c: Convergence, trials: Int) -> String {
        let target = ReportWording.smallPercent(c.targetHalfWidth)
        let achieved = ReportWording.smallPercent(c.achievedHalfWidth)
        if c.stoppedByCap {
            return "Stopped by the cap of \(Fmt.units(Double(c.trialCap))) trials before the target was met: "
                + "the widest 95 % half-width of P(loss) over the cycles is \(achieved), above the \(target) "
                + "asked for. Raise --trials to reach the stated precision."
        }
        return "Ran until the 95 % half-width of every cycle's P(loss) was at most \(target): it took "
            + "\(Fmt.units(Double(trials))) trials (widest half-width \(achieved); cap "
            + "\(Fmt.units(Double(c.trialCap))) trials)."
    }

    package func convergenceShort(_ c: Convergence, trials: Int) -> String {
        let target = ReportWording.smallPercent(c.targetHalfWidth)
        let achieved = ReportWording.smallPercent(c.achievedHalfWidth)
        if c.stoppedByCap {
            return "Trial cap \(Fmt.units(Double(c.trialCap))) reached: P(loss) ± \(achieved), target ± \(target) not met"
        }
        return "Converged after \(Fmt.units(Double(trials))) trials: P(loss) ± \(achieved) (target ± \(target))"
    }

    package func valuesSetOnCommandLine(_ list: String) -> String { "Values set on the command line: " + list }

    package func overridesParagraph(_ list: String) -> String {
        "Values set on the command line: \(list). They replace the file's values for this run; the inputs below "
            + "already include them."
    }

    // MARK: What would change the verdict

    package func toGoMoldQuote(_ quote: MoldQuote?, onLife: Bool) -> String {
        guard let q = quote else {
            return "none: even a free mold leaves every cycle short of the rule at the planned stock"
        }
        let value = onLife ? "expected NPV" : "expected profit"
        return q.limitedByExpectedProfit
            ? "below \(money(q.value)) (\(q.cycle)): a firm quote under this keeps P(loss) within the "
                + "tolerance, and \(value) stays positive only below it"
            : "at most \(money(q.value)) (\(q.cycle)): a firm quote up to this keeps P(loss) within the "
                + "tolerance with a positive \(value)"
    }

    package func toGoLead(_ toGo: ToGo, commitDays: Double?) -> String {
        let now = commitDays.map { " (now \(days($0)))" } ?? ""
        guard let lead = toGo.lead else { return phrase(.notSearched) }
        guard let first = lead.atLeast else {
            return "no lead is enough: no whole-day commitment from \(lead.searchedFrom) to \(lead.searchedTo) days "
                + "before the window passes with \(toGo.cycle)\(now)"
        }
        guard let again = lead.failsAgainFrom else {
            return "commit \(toGo.cycle) at least \(first) days before the window\(now)"
        }
        return "commit \(toGo.cycle) \(first) to \(again - 1) days before the window\(now); from \(again) days on "
            + "it fails again (an older demand signal drifts more)"
    }

    package func toGoStocks(_ toGo: ToGo, onLife: Bool) -> String {
        guard let r = toGo.stockWithinTolerance else { return "none of the evaluated stocks (\(toGo.cycle))" }
        let span = r.lower == r.upper ? Fmt.units(r.lower) : "\(Fmt.units(r.lower))–\(Fmt.units(r.upper))"
        return "\(span) units (\(toGo.cycle), P(loss) within the tolerance and a positive \(onLife ? "expected NPV" : "expected profit"))"
    }

    package func toGoShortQuote(_ q: MoldQuote) -> String {
        "a firm mold quote \(q.limitedByExpectedProfit ? "below" : "of at most") \(money(q.value)) (\(q.cycle))"
    }

    package func toGoShort(quote: String, lead: String, stocks: String) -> String {
        "What would change it: " + quote + "; lead: " + lead + "; stock: " + stocks + "."
    }

    package func toGoMethod(_ toGo: ToGo) -> String {
        var text = "firm mold quote: from every trial's profit before the mold cost at the planned stock (on the "
            + "same trials a firm quote X turns it into profit − X; read from its histogram, within "
            + "\(Fmt.precisePercent(ValueSketch.relativeError))); stock: from the stock curve"
        if let lead = toGo.lead {
            text += "; commitment: whole days from \(lead.searchedFrom) to \(lead.searchedTo) (a year, or the latest "
                + "ready day or the current commitment if later), each lead evaluated on the first "
                + "\(Fmt.units(Double(lead.trials))) trials of the run's own streams (common random numbers; at most "
                + "\(Fmt.units(Double(LeadSearch.maxTrials)))), no monotonicity assumed: a grid of at most "
                + "\(LeadSearch.gridLeads + 1) leads, then refined to the day between neighbours "
                + "(\(lead.evaluations) leads evaluated)"
        }
        return text
    }

    package func toGoTableTitle(cycle: String, planned: Double) -> String {
        "\(phrase(.whatWouldChangeIt)): \(cycle) at the planned stock of \(unitsWord(planned)), other inputs unchanged"
    }

    // MARK: Section 1 and the headline

    package func plannedSuffix(_ planned: Double) -> String { " (planned \(unitsWord(planned)))" }

    package func expectedProfitWithError(mean: Double, se: Double) -> String {
        "\(money(mean)) (standard error \(money(se)))"
    }

    package func atStockLabel(_ stock: Double) -> String { "At \(unitsWord(stock))" }

    package func atStockValue(_ point: StockPoint) -> String {
        "expected profit \(money(point.expectedValue)), P(loss) \(Fmt.percent(point.probabilityOfLoss))"
    }

    package func headlineFiguresTitle(cycle: String, planned: Double) -> String {
        "Headline figures: \(cycle) at the planned stock of \(unitsWord(planned))"
    }

    package func allCyclesTitle(planned: Double) -> String { "All cycles at the planned stock of \(unitsWord(planned))" }

    package func headlineExpectedProfit(_ cycle: CycleResult, planned: Double) -> String {
        "Expected profit \(money(cycle.profit.mean)) (\(cycle.name), planned stock \(unitsWord(planned)))"
    }

    package func headlineLoss(_ standing: String) -> String { "P(loss) " + standing }

    package func headlineBreakEven(_ sellThrough: String) -> String { "Break-even: sell " + sellThrough }

    package func page(_ page: Int, of count: Int) -> String { "page \(page) of \(count)" }

    package func documentTitle(_ scenarioName: String) -> String {
        "Mold risk report: " + ReportWording.runningHeader(scenarioName)
    }

    package func pageFooter(version: String, seed: UInt64, trials: Int) -> String {
        "moldrisk \(version) · seed \(seed) · \(Fmt.units(Double(trials))) trials"
    }

    package func fullReport(_ path: String, whatIf: Bool) -> String {
        "Full report: \(path)"
            + (whatIf ? " (a what-if run with --set: written beside the scenario's own report, which is unchanged)" : "")
    }

    // MARK: Section 2

    package func cycleHeading(number: String, cycle: String) -> String { "\(number)  Cycle \(cycle)" }

    package func profitTableTitle(planned: Double) -> String { "Profit at the planned stock of \(unitsWord(planned))" }

    package func sCurveCaption() -> String {
        "The height over a profit x is P(profit ≤ x); the height over ┬ (\(money(0))) is the chance of a loss."
    }

    package func breakEvenTitle(planned: Double) -> String { "Break-even at the planned stock of \(unitsWord(planned))" }

    package func unitsToSell(_ be: BreakEven) -> String {
        "\(unitsWord(be.units)), a sell-through of \(Fmt.percent(be.sellThrough))"
            + (be.sellThrough > 1 ? ": more than the stock, so it cannot break even" : "")
    }

    package func moldCostAtZeroProfit(_ moldCost: Double) -> String {
        "\(money(moldCost)) (expected profit is zero at this mold cost)"
    }

    package func readyChartCaption(commitDays: Double) -> String {
        "Bars marked late hold the trials not ready within the \(days(commitDays)) available; one bar edge is on that day."
    }

    package func stockMarksNote(tolerance: Double, verdictNote: String?) -> String {
        "best: highest expected profit; max: largest stock with P(loss) ≤ \(Fmt.percent(tolerance)); "
            + "plan: planned stock" + (verdictNote.map { "; " + $0 } ?? " (the verdict's stock is marked in the life's table).")
    }

    package func noStockWithin(tolerance: Double) -> String {
        "No evaluated stock keeps P(loss) within \(Fmt.percent(tolerance))."
    }

    // MARK: Sensitivity

    package func sensitivityNote(trials: String, centre: Double) -> String {
        "Input: the input in words (Appendix A gives its key) and the values it is held at, P10 → P90. "
            + "At P10 / At P90: expected profit with that input held at its own P10 / P90 while every "
            + "other input varies, on the same \(trials) trials, whose expected profit with every input "
            + "varying is \(money(centre)); Swing: the difference; P(loss) likewise; "
            + "ρ: rank (Spearman) correlation of the input's draws with profit; for rework days and "
            + "rework cost, over the trials where rework happened (they exist only then)."
    }

    package func tornadoCaption(centre: Double, trials: String) -> String {
        "░ input at its P10 (event: never), █ at its P90 (event: always), ▓ where both reach; "
            + "│ is the expected profit \(money(centre)) with every input varying, on the same "
            + "\(trials) trials; the right column is the swing. "
    }

    package func heldEvent(_ name: String, chance: String) -> String { "\(name), \(chance) chance: never / always" }

    // MARK: Section 5

    package func generator(_ name: String) -> String { name }

    package func chunks(count: Int, size: Int) -> String {
        "\(Fmt.units(Double(count))) \(count == 1 ? "chunk" : "chunks") of \(Fmt.units(Double(size))) trials, "
            + "each with its own seeded stream, combined in chunk order"
    }

    package func precisionLabel(cycle: String) -> String { "Precision, \(cycle)" }

    package func precision(_ cycle: CycleResult) -> String {
        let se = cycle.standardErrors
        return "± one standard error: expected profit \(money(cycle.profit.mean)) ± "
            + "\(money(se.expectedProfit)); P(loss) \(Fmt.percent(cycle.probabilityOfLoss)) ± "
            + "\(ReportWording.smallPercent(se.probabilityOfLoss)) (95 % Wilson interval "
            + Fmt.percentRange(cycle.probabilityOfLossCI.lower, cycle.probabilityOfLossCI.upper)
            + "); VaR 95 % \(money(cycle.var95)) ± \(money(se.var95)); CVaR 95 % "
            + "\(money(cycle.cvar95)) ± \(money(se.cvar95)); P(late) "
            + "\(Fmt.percent(cycle.leadTime.probabilityLate)) ± \(ReportWording.smallPercent(se.probabilityLate)); "
            + "break-even \(Fmt.units(cycle.breakEven.units)) ± \(Fmt.units(se.breakEvenUnits)) units"
    }

    package func percentilesText(relativeError: Double) -> String {
        "percentiles, VaR, CVaR and curve points come from mergeable histograms and are "
            + "within \(Fmt.precisePercent(relativeError)) relative error; means, standard "
            + "deviations and probabilities are exact for these trials"
    }

    // MARK: SVG charts

    package func chartProfitTitle(planned: Double) -> String {
        "Profit distribution at the planned stock of \(unitsWord(planned))"
    }

    package func chartOfOneCycle(_ title: String, cycle: String) -> String { "\(title), cycle \(cycle)" }

    package func chartCyclePanel(_ cycle: CycleResult) -> String {
        "\(cycle.name): expected profit \(money(cycle.profit.mean)), P(loss) \(Fmt.percent(cycle.probabilityOfLoss))"
    }

    package func chartCycleLoss(_ cycle: CycleResult) -> String {
        "\(cycle.name): P(loss) \(Fmt.percent(cycle.probabilityOfLoss))"
    }

    package func chartTolerance(_ tolerance: Double) -> String { "tolerance \(Fmt.percent(tolerance))" }

    package func chartToleranceOnLoss(_ tolerance: Double) -> String {
        "tolerance \(Fmt.percent(tolerance)) (on P(loss))"
    }

    package func chartLeadPanel(_ cycle: CycleResult) -> String {
        "\(cycle.name): P(late) \(Fmt.percent(cycle.leadTime.probabilityLate)), ready P50 " + days(cycle.leadTime.p50)
    }

    package func chartWindowOpens(_ commitDays: Double) -> String { "window opens: \(days(commitDays))" }

    package func chartTornadoPanel(cycle: String, centre: String, trials: Int) -> String {
        "\(cycle): expected profit \(centre) on the tornado's \(Fmt.units(Double(trials))) trials (centre line)"
    }

    package func chartSeries(cycle: String, _ what: String) -> String { "\(cycle): \(what)" }
}
