/// A lognormal is written either by its `median` and `sigma` or by its percentiles `p10` and
/// `p90` (`LognormalQuantiles`), exactly one of the two forms.
extension FamilyReader {
    func lognormal() -> Distribution? {
        let quantileKeys = ["p10", "p90"].filter(table.contains)
        let medianKeys = ["median", "sigma"].filter(table.contains)
        if !quantileKeys.isEmpty, !medianKeys.isEmpty {
            log.add(table.path.key(quantileKeys[0]),
                    "a lognormal takes either median and sigma or p10 and p90, not both (found "
                        + (medianKeys + quantileKeys).joined(separator: ", ") + ")")
            return nil
        }
        if quantileKeys.isEmpty, medianKeys.isEmpty {
            log.add(table.path, "a lognormal needs median and sigma, or p10 and p90")
            return nil
        }
        return quantileKeys.isEmpty ? byMedian() : byQuantiles()
    }

    /// `median` (> 0, within the key's range) and `sigma` (`ScenarioRanges.lognormalSigma`).
    private func byMedian() -> Distribution? {
        let median = table.number("median", in: range.positive)
        let sigma = table.number("sigma", in: ScenarioRanges.lognormalSigma)
        guard let median, let sigma else { return nil }
        return .lognormal(median: median, sigma: sigma)
    }

    /// `p10` and `p90`, both > 0, `p10 < p90`, no further apart than the largest sigma allows.
    /// Recorded in the log so the report can show the spec as written.
    private func byQuantiles() -> Distribution? {
        let p10 = table.number("p10", in: range.positive)
        let p90 = table.number("p90", in: range.positive)
        guard let p10, let p90 else { return nil }
        guard p10 < p90 else {
            log.add(table.path.key("p10"), "p10 (\(p10.messageText)) must be < p90 (\(p90.messageText))")
            return nil
        }
        let quantiles = LognormalQuantiles(p10: p10, p90: p90)
        guard ScenarioRanges.lognormalSigma.fault(of: quantiles.sigma) == nil else {
            log.add(table.path.key("p90"), "p90 (\(p90.messageText)) is too far above p10 (\(p10.messageText)): "
                        + "their sigma would be above \(ScenarioRanges.lognormalSigma.upper.messageText)")
            return nil
        }
        log.noteLognormalQuantiles(quantiles, at: table.path)
        return quantiles.distribution
    }
}
