/// The few lines `moldrisk run` prints to the terminal: the verdict and headline figures, each
/// line at most 80 display columns. Uses the same wording as the full report.
public enum HeadlineRenderer {
    public static let width = 80

    public static func render(_ result: RunResult) -> String {
        let verdict = result.verdict
        let planned = result.scenario.product.stock
        var lines = [ReportWording.verdictLine(verdict)]
        lines.append(verdict.reason)
        if let cycle = ReportContent.verdictCycle(result) {
            lines.append("Expected profit \(Fmt.money(cycle.profit.mean)) (\(cycle.name), planned stock "
                         + "\(Fmt.unitsWord(planned)))")
            lines.append("P(loss) " + ReportWording.lossVersusTolerance(cycle, tolerance: result.scenario.maxLossProbability))
            lines.append("Break-even: sell " + ReportWording.breakEvenSellThrough(cycle))
            lines.append(ReportWording.latenessShort(cycle))
        }
        if let comparison = result.comparisons.first(where: { $0.to == verdict.cycle || $0.from == verdict.cycle })
            ?? result.comparisons.first {
            lines.append(ReportWording.comparison(comparison))
        }
        if verdict.isMarginal { lines.append(ReportWording.marginalWarning) }
        return lines.flatMap { DisplayWidth.wrap($0, width: width) }.map { $0 + "\n" }.joined()
    }
}
