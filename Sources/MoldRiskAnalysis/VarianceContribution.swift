/// Contribution to variance as Crystal Ball defines it: each input's squared rank correlation
/// with the forecast, normalised so that a cycle's inputs sum to 100 %.
enum VarianceContribution {
    /// `bars` with `varianceContribution` set: ρ² / Σρ² over the bars (events included, as every
    /// assumption is in Crystal Ball); every share 0 when no bar has a correlation.
    static func shared(_ bars: [SensitivityBar]) -> [SensitivityBar] {
        let total = bars.reduce(0) { $0 + $1.rankCorrelation * $1.rankCorrelation }
        return bars.map { bar in
            var bar = bar
            bar.varianceContribution = total > 0 ? bar.rankCorrelation * bar.rankCorrelation / total : 0
            return bar
        }
    }
}
