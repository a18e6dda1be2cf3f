import Foundation
import Testing
@testable import MoldRiskAnalysis
@testable import MoldRiskCore

/// The test listing's posterior and the beta-binomial overdispersion test of `moldrisk fit --listing`.
@Suite struct ListingFitTests {
    static var referenceDays: [BetaBinomialFit.Day] {
        zip(FitReference.impressions, FitReference.orders).map { .init(impressions: $0, orders: $1) }
    }

    @Test func betaBinomialMatchesScipy() throws {
        let fit = ListingFit(days: Self.referenceDays)
        let bb = try #require(fit.betaBinomial)
        // scipy's optimiser stops at its own tolerance: its α, β agree to ~1e-6; the likelihoods to 1e-9.
        #expect(LawFitTests.close(bb.alpha, FitReference.betaBinomial.alpha, 1e-5), "α \(bb.alpha)")
        #expect(LawFitTests.close(bb.beta, FitReference.betaBinomial.beta, 1e-5), "β \(bb.beta)")
        #expect(LawFitTests.close(bb.logLikelihood, FitReference.betaBinomial.logLikelihood, 1e-9))
        #expect(LawFitTests.close(fit.binomialLogLikelihood, FitReference.binomialLogLikelihood, 1e-9))
        #expect(LawFitTests.close(fit.statistic, FitReference.statistic, 1e-7))
        #expect(LawFitTests.close(fit.pValue, FitReference.pValue, 1e-5))
        #expect(fit.overdispersed)
        #expect(fit.posterior.alpha == 1 + 2054 && fit.posterior.beta == 1 + 38100 - 2054)
        #expect(fit.widerPrior?.alpha == bb.alpha && fit.widerPrior?.beta == bb.beta)
    }

    /// `count` days of `impressions` each: rates from Beta(a, b) (beta-binomial) or one rate p (binomial).
    static func days(count: Int, impressions: Double, seed: UInt64, rate: (RandomStream) -> Double) -> [BetaBinomialFit.Day] {
        let stream = RandomStream(seed: seed)
        return (0..<count).map { _ in
            let p = rate(stream)
            return .init(impressions: impressions, orders: stream.binomial(trials: impressions, probability: p))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func overdispersionFoundOnBetaBinomialDays(_ seed: UInt64) {
        // Rates vary by day: Beta(30, 570), mean 5 %, sd 0.9 % — against a binomial sd of 0.49 % at 2,000 impressions.
        let fit = ListingFit(days: Self.days(count: 20, impressions: 2_000, seed: seed) { $0.beta(30, 570) })
        #expect(fit.overdispersed && fit.pValue < ListingFit.level, "p = \(fit.pValue)")
        #expect(fit.widerPrior != nil)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func noOverdispersionOnBinomialDays(_ seed: UInt64) {
        let fit = ListingFit(days: Self.days(count: 20, impressions: 2_000, seed: seed) { _ in 0.05 })
        #expect(!fit.overdispersed && fit.pValue >= ListingFit.level, "p = \(fit.pValue), LR = \(fit.statistic)")
        #expect(fit.widerPrior == nil)
    }

    @Test func identicalRatesSitOnTheBoundary() {
        let days = (0..<10).map { _ in BetaBinomialFit.Day(impressions: 1_000, orders: 50) }
        let fit = ListingFit(days: days)
        #expect(fit.statistic == 0 && fit.pValue == 1 && !fit.overdispersed,
                "LR \(fit.statistic), α \(String(describing: fit.betaBinomial?.alpha)), β \(String(describing: fit.betaBinomial?.beta))")
    }

    @Test func noOrdersAtAllGivesNoTest() {
        let days = (0..<10).map { _ in BetaBinomialFit.Day(impressions: 1_000, orders: 0) }
        let fit = ListingFit(days: days)
        #expect(fit.betaBinomial == nil && fit.pValue == 1)
        #expect(fit.posterior.alpha == 1 && fit.posterior.beta == 10_001)
    }
}
