import MoldRiskAnalysis
import MoldRiskCore

/// The few lines `moldrisk run` prints to the terminal: the verdict and headline figures, each
/// line at most 80 display columns. Uses the same wording as the full report.
package enum HeadlineRenderer {
    package static let width = 80

    package static func render(_ result: RunResult) -> String {
        let verdict = result.verdict
        let planned = result.scenario.product.stock
        var lines = [ReportWording.verdictLine(verdict)]
        lines.append(ReportWording.verdictReason(result))
        if let basis = ReportWording.lifeBasis(result.scenario) {
            lines.append("Judged on " + basis + ".")
            if let life = ReportContent.verdictCycle(result)?.life { lines.append(ReportWording.lifeSummary(life)) }
        }
        if let toGo = verdict.toGo {
            lines += ReportWording.toGoShort(toGo, commitDays: ReportWording.commitDays(result.scenario, cycle: toGo.cycle))
        }
        if let cycle = ReportContent.verdictCycle(result) {
            let seasonOne = (result.scenario.life?.seasons ?? 1) > 1 ? "Season 1: " : ""
            lines.append((seasonOne.isEmpty ? "Expected profit" : seasonOne + "expected profit") + " \(Fmt.money(cycle.profit.mean)) (\(cycle.name), planned stock "
                         + "\(Fmt.unitsWord(planned)))")
            lines.append(seasonOne + "P(loss) " + ReportWording.lossVersusTolerance(cycle, tolerance: result.scenario.maxLossProbability))
            lines.append("Break-even: sell " + ReportWording.breakEvenSellThrough(cycle))
            lines.append(ReportWording.latenessShort(cycle))
        }
        if let comparison = result.comparisons.first(where: { $0.to == verdict.cycle || $0.from == verdict.cycle })
            ?? result.comparisons.first {
            lines.append(ReportWording.comparison(comparison))
        }
        if let convergence = result.convergence {
            lines.append(ReportWording.convergenceShort(convergence, trials: result.trials))
        }
        if verdict.isMarginal { lines.append(ReportWording.marginalWarning) }
        var wrapped = lines.flatMap { DisplayWidth.wrap($0, width: width) }
        if !result.scenario.overrides.isEmpty {   // one line, cut to fit, right after the verdict line
            wrapped.insert(ReportWording.overridesShort(result.scenario.overrides, width: width),
                           at: min(1, wrapped.count))
        }
        return wrapped.map { $0 + "\n" }.joined()
    }
}
