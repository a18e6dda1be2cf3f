import CGSL
import MoldRiskCore

/// `moldrisk fit FILE --listing` as data (DESIGN §8.7): a test listing's days, the posterior Beta
/// of the conversion rate (DESIGN §1, with the scenario format's default prior Beta(1, 1)), and
/// the likelihood-ratio test of day-to-day overdispersion: beta-binomial (`BetaBinomialFit`)
/// against binomial (one rate for every day).
///
/// The statistic is LR = 2 (ℓ_betabinomial − ℓ_binomial) ≥ 0. Under the binomial null the extra
/// parameter sits on the boundary of its space (ρ = 0), so LR's null law is not χ²₁ but the
/// 50:50 mixture of χ²₀ (a point mass at 0) and χ²₁ (Self and Liang 1987): p = ½·P(χ²₁ > LR) for
/// LR > 0, and 1 for LR = 0. The days are overdispersed when p < `level` (0.05). Then the
/// posterior of the pooled days is too sure of itself (it treats every impression as a draw of
/// one fixed rate); the wider prior is the fitted beta-binomial's Beta(α, β), the law the rate
/// of a new day (the sales event) is drawn from, and the scenario line uses it as the prior with
/// `impressions = 0, orders = 0` (the days are already in α and β: counting them again would
/// narrow it back). When α or β exceeds the scenario's largest prior (`Signals.largestPrior`) both
/// are scaled down by the same factor, which keeps the mean and only widens the law.
package struct ListingFit: Sendable {
    /// The test level.
    package static let level = 0.05
    /// LR below this is taken as 0 (p = ½·P(χ²₁ > 1e−6) would be 0.4996 anyway).
    static let noiseFloor = 1e-6

    package var days: [BetaBinomialFit.Day]
    package var impressions: Double
    package var orders: Double
    /// The posterior Beta(prior + orders, prior + impressions − orders).
    package var posterior: (alpha: Double, beta: Double)
    package var priorAlpha: Double
    package var priorBeta: Double
    /// The beta-binomial fit (nil when no order or every impression ordered).
    package var betaBinomial: BetaBinomialFit?
    package var binomialLogLikelihood: Double
    /// LR = 2 (ℓ_BB − ℓ_B), at least 0.
    package var statistic: Double
    package var pValue: Double
    package var overdispersed: Bool { pValue < Self.level }
    /// The wider prior when overdispersed (scaled into the scenario's range; `widerPriorScaled`).
    package var widerPrior: (alpha: Double, beta: Double)?
    package var widerPriorScaled: Bool

    /// True when the fitted beta-binomial is the binomial in effect: its variance is the binomial's
    /// times 1 + (n − 1)ρ with ρ = 1/(α + β + 1), and that factor is below 1 + 1e−4 on every day. The
    /// maximum is then at the boundary (ρ = 0), where LR is 0: what is left is rounding in the
    /// log-gamma sums of two nearly equal likelihoods.
    static func binomialInEffect(_ fit: BetaBinomialFit, _ days: [BetaBinomialFit.Day]) -> Bool {
        let rho = 1 / (fit.alpha + fit.beta + 1)
        return days.allSatisfy { max(0, $0.impressions - 1) * rho < 1e-4 }
    }

    package init(days: [BetaBinomialFit.Day]) {
        self.days = days
        impressions = days.reduce(0) { $0 + $1.impressions }
        orders = days.reduce(0) { $0 + $1.orders }
        priorAlpha = Signals.defaultPrior
        priorBeta = Signals.defaultPrior
        posterior = (priorAlpha + orders, priorBeta + impressions - orders)
        binomialLogLikelihood = BetaBinomialFit.binomialLogLikelihood(days)
        betaBinomial = BetaBinomialFit(days)
        if let fit = betaBinomial, !fit.atBoundary, !Self.binomialInEffect(fit, days) {
            // Below `noiseFloor` the difference is rounding in the log-gamma sums (the maximum then
            // lies at the boundary, where LR is 0).
            let lr = 2 * (fit.logLikelihood - binomialLogLikelihood)
            statistic = lr > Self.noiseFloor ? lr : 0
        } else {
            statistic = 0
        }
        GSLSetup.ensure()
        pValue = statistic > 0 ? 0.5 * gsl_cdf_chisq_Q(statistic, 1) : 1
        widerPriorScaled = false
        widerPrior = nil
        if pValue < Self.level, let fit = betaBinomial {
            let factor = min(1, Signals.largestPrior / max(fit.alpha, fit.beta))
            widerPriorScaled = factor < 1
            widerPrior = (fit.alpha * factor, fit.beta * factor)
        }
    }
}
