import MoldRiskAnalysis
import MoldRiskCore

/// The few lines `moldrisk run` prints to the terminal: the verdict and headline figures, each
/// line at most 80 display columns. Uses the same wording as the full report.
package enum HeadlineRenderer {
    package static let width = 80

    /// The headline in the language of `words`.
    package static func render(_ computed: RunResult, words: any ReportStrings = EnglishStrings()) -> String {
        let result = computed.labelled(in: words.language)
        let verdict = result.verdict
        let planned = result.scenario.product.stock
        var lines = [words.verdictLine(verdict)]
        if let why = ReportWording.why(result) { lines.append(words.why(why)) }
        if let cycle = ReportContent.verdictCycle(result), let demand = cycle.demand {
            lines.append(words.demandHeadlinePrefix + words.demandLine(demand, stock: planned, sellThrough: cycle.sellThrough.mean))
        }
        lines.append(ReportWording.verdictReason(result, words: words))
        if let choice = verdict.choice {
            lines.append(words.cycleChoice(choice, lifeSeasons: ReportContent.lifeSeasons(result)))
        }
        if let life = result.scenario.life {
            lines.append(words.judgedOnLine(words.lifeBasis(life)))
            if let life = ReportContent.verdictCycle(result)?.life { lines.append(words.lifeSummary(life)) }
        }
        if let toGo = verdict.toGo {
            lines += ReportWording.toGoShort(toGo, commitDays: ReportWording.commitDays(result.scenario, cycle: toGo.cycle),
                                             onLife: ReportContent.lifeSeasons(result) != nil,
                                             words: words)
        }
        if let cycle = ReportContent.verdictCycle(result) {
            let bySeason = (result.scenario.life?.seasons ?? 1) > 1
            let seasonOne = { (line: String) -> String in bySeason ? words.seasonOneLine(line) : line }
            lines.append(seasonOne(words.headlineExpectedProfit(cycle, planned: planned)))
            lines.append(seasonOne(words.headlineLoss(words.lossVersusTolerance(cycle, tolerance: result.scenario.maxLossProbability))))
            lines.append(words.headlineBreakEven(words.breakEvenSellThrough(cycle.breakEven)))
            lines.append(words.latenessShort(cycle.leadTime))
        }
        if let comparison = result.comparisons.first(where: { $0.to == verdict.cycle || $0.from == verdict.cycle })
            ?? result.comparisons.first {
            lines.append(words.comparison(comparison))
        }
        if let convergence = result.convergence {
            lines.append(words.convergenceShort(convergence, trials: result.trials))
        }
        if verdict.isMarginal { lines.append(words.phrase(.marginalWarning)) }
        var wrapped = lines.flatMap { DisplayWidth.wrap($0, width: width) }
        if !result.scenario.overrides.isEmpty {   // one line, cut to fit, right after the verdict line
            wrapped.insert(ReportWording.overridesShort(result.scenario.overrides, width: width, words: words),
                           at: min(1, wrapped.count))
        }
        return wrapped.map { $0 + "\n" }.joined()
    }
}
