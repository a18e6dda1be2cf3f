import CGSL
import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskIO
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The stock search of DESIGN §8.4 against closed forms: the single-season newsvendor's
/// critical-fractile optimum Q* = F⁻¹((p − c)/(p − s)) for normal, lognormal and Poisson demand,
/// and a two-peaked case whose higher peak is a large stock made late by production time.
@Suite struct StockSearchTests {
    /// A one-cycle newsvendor: no timing risk (nothing takes time, the stock is never late), a
    /// fixed mold cost, p = 10, c = 4, s = 1, so the critical fractile is 6/9.
    static func newsvendor(demand: DemandSource, stock: Double, trials: Int = 200_000) -> Scenario {
        Scenario(name: "newsvendor", trials: trials, seed: 42,
                 product: Product(unitPrice: 10, unitCost: 4, salvageValue: 1, stock: stock),
                 mold: Mold(cost: .fixed(1_000), days: .fixed(0), capacityPerDay: nil),
                 window: SalesWindow(),
                 cycles: [Cycle(name: "nv", commitDaysBeforeWindow: 10, moldDays: .fixed(0),
                                demand: Demand(source: demand))],
                 stockLevels: [stock], maxLossProbability: 0.2)
    }

    static let fractile = (10.0 - 4) / (10 - 1)

    /// Runs the search as `moldrisk run` does (the run, then the search on its trials).
    static func decision(_ scenario: Scenario) -> StockDecision {
        let plan = SimulationPlan(scenario: scenario)
        return StockSearch.decisions(plan, trials: scenario.trials, threads: 2)[0]
    }

    /// The asymptotic standard error of the sample quantile the search's optimum is (the sample
    /// average's argmax is the empirical critical-fractile quantile): √(q(1 − q)/n) / f(Q*).
    static func quantileSE(density: Double, trials: Int) -> Double {
        (fractile * (1 - fractile) / Double(trials)).squareRoot() / density
    }

    @Test func findsTheNormalNewsvendorOptimum() {
        // Q* = μ + σ·Φ⁻¹(2/3) = 10 000 + 2 000 · 0.430727 = 10 861.5
        let (mu, sigma) = (10_000.0, 2_000.0)
        let scenario = Self.newsvendor(demand: .units(.normal(mean: mu, sd: sigma)), stock: 10_000)
        let qStar = mu + sigma * gsl_cdf_ugaussian_Pinv(Self.fractile)
        let density = gsl_ran_gaussian_pdf(qStar - mu, sigma)
        let d = Self.decision(scenario)
        let allowed = d.resolution + 5 * Self.quantileSE(density: density, trials: d.trials)
        #expect(abs(d.best.stock - qStar) <= allowed, "best \(d.best.stock) vs Q* \(qStar) (± \(allowed))")
        #expect(d.resolution == 50)
        #expect(!d.bestAtRangeBound)
        #expect(d.trials == 200_000)
    }

    @Test func findsTheLognormalNewsvendorOptimum() {
        // Q* = median · exp(σ·Φ⁻¹(2/3)) = 10 000 · e^(0.3 · 0.430727) = 11 379
        let (median, sigma) = (10_000.0, 0.3)
        let scenario = Self.newsvendor(demand: .units(.lognormal(median: median, sigma: sigma)), stock: 10_000)
        let qStar = median * Foundation.exp(sigma * gsl_cdf_ugaussian_Pinv(Self.fractile))
        let density = gsl_ran_lognormal_pdf(qStar, Foundation.log(median), sigma)
        let d = Self.decision(scenario)
        let allowed = d.resolution + 5 * Self.quantileSE(density: density, trials: d.trials)
        #expect(abs(d.best.stock - qStar) <= allowed, "best \(d.best.stock) vs Q* \(qStar) (± \(allowed))")
    }

    @Test func findsThePoissonNewsvendorOptimum() {
        // Signals form with a nearly certain conversion: demand ~ Poisson(λ), λ = 10⁶ visitors ×
        // 50 001/10⁹ ≈ 50 (the Beta posterior's relative sd, 0.45 %, adds 0.05 to the variance 50).
        // Q* = the smallest Q with P(D ≤ Q) ≥ 2/3 (gsl_cdf_poisson_P), exact to the unit.
        let signals = Signals(visitors: .fixed(1_000_000), impressions: 1_000_000_000, orders: 50_000)
        let scenario = Self.newsvendor(demand: .signals(signals), stock: 50)
        let (alpha, beta) = signals.posterior
        let lambda = 1_000_000 * alpha / (alpha + beta)
        var qStar = 0.0
        while gsl_cdf_poisson_P(UInt32(qStar), lambda) < Self.fractile { qStar += 1 }
        let d = Self.decision(scenario)
        #expect(d.resolution == 1)
        #expect(abs(d.best.stock - qStar) <= d.resolution, "best \(d.best.stock) vs Q* \(qStar) (λ \(lambda))")
    }

    /// Demand is 5 000 or 100 000 units (even odds, `empirical`); the mold is ready on day 20, the
    /// window opens on day 30 and 1 000 units a day are made, so a stock above 10 000 is late by
    /// (stock − 10 000)/1 000 days and meets (1 − 0.4)(1 − late/30) of the demand. Expected profit
    /// (p = 10, c = 2) has a local peak at 10 000, the largest stock on time (¥55 000 − mold), falls
    /// just after it (late, the small demand sells only 60 %: ¥45 250 − mold at 10 500) and has its
    /// higher peak where the late large demand just takes the whole stock:
    /// s = 100 000 · 0.6 · (1 − (s − 10 000)/30 000), s* = 80 000 / 3 = 26 667 (¥86 667 − mold).
    /// Both demand values come up in the trials, so the sample's peak is exactly s*.
    @Test func findsTheHigherOfTwoPeaks() {
        let cycle = Cycle(name: "late", commitDaysBeforeWindow: 30, moldDays: .fixed(20),
                          demand: Demand(source: .units(.empirical(values: [5_000, 100_000], weights: [1, 1]))))
        let scenario = Scenario(name: "two peaks", trials: 20_000, seed: 7,
                                product: Product(unitPrice: 10, unitCost: 2, salvageValue: 0, stock: 10_000),
                                mold: Mold(cost: .fixed(1_000), days: .fixed(20), capacityPerDay: 1_000),
                                window: SalesWindow(seasonDays: 30, peakShare: 0.4),
                                cycles: [cycle], stockLevels: [10_000], maxLossProbability: 0.6)
        let d = Self.decision(scenario)
        #expect(abs(d.best.stock - 80_000.0 / 3) <= d.resolution + 1, "best \(d.best.stock), expected 26 667")
        // The local peak at 10 000 is lower, and a point just after it lower still.
        let curve = StockSearch.evaluator(SimulationPlan(scenario: scenario), cycle: 0, trials: 20_000, threads: 2)([10_000, 10_500, d.best.stock])
        #expect(curve[0].expectedValue > curve[1].expectedValue && curve[2].expectedValue > curve[0].expectedValue,
                "not two peaks: \(curve.map(\.expectedValue))")
    }

    /// On a known function the search's marks are exact: two peaks (the higher one outside the
    /// tolerance), so the recommended stock is the lower peak inside it and the edges of the region
    /// within tolerance are found by bisection to the resolution.
    @Test func marksTwoPeaksAndTheRegionWithinTolerance() {
        // value: peaks at 2 000 (height 100) and 8 000 (height 300); P(loss) 0.1 below 5 000, 0.5 above.
        func value(_ s: Double) -> Double { max(100 - abs(s - 2_000) / 10, 300 - abs(s - 8_000) / 10) }
        func loss(_ s: Double) -> Double { s <= 5_000 ? 0.1 : 0.5 }
        var calls = 0
        let d = StockSearch.search(range: 100...20_000, resolution: 10, tolerance: 0.2, trials: 1) { stocks in
            calls += 1
            return stocks.map { StockValue(stock: $0, expectedValue: value($0), se: 0, probabilityOfLoss: loss($0)) }
        }
        #expect(abs(d.best.stock - 8_000) <= 10)
        #expect(abs((d.recommended?.stock ?? 0) - 2_000) <= 10)
        // Within tolerance: value > 0 needs |s − 2 000| < 1 000 (or the other peak), P(loss) needs s ≤ 5 000.
        #expect(abs((d.withinTolerance?.lower ?? 0) - 1_000) <= 10, "\(String(describing: d.withinTolerance))")
        #expect(abs((d.withinTolerance?.upper ?? 0) - 3_000) <= 10, "\(String(describing: d.withinTolerance))")
        #expect(!d.bestAtRangeBound)
        #expect(calls <= 2 + StockSearch.maxRounds)
    }

    /// A best stock at a bound of the range is flagged.
    @Test func flagsABestAtTheRangeBound() {
        let d = StockSearch.search(range: 100...20_000, resolution: 10, tolerance: 0.2, trials: 1) { stocks in
            stocks.map { StockValue(stock: $0, expectedValue: -$0, se: 0, probabilityOfLoss: 1) }
        }
        #expect(d.best.stock == 100)
        #expect(d.bestAtRangeBound && d.bestAtLowerBound)
        #expect(d.withinTolerance == nil && d.recommended == nil)
    }

    /// The marks of a table: best, the run within tolerance around the recommended level.
    @Test func marksOfATable() {
        let levels = [(1.0, -5.0, 0.5), (2, 10, 0.1), (3, 20, 0.15), (4, 30, 0.3), (5, 8, 0.1)].map {
            StockValue(stock: $0.0, expectedValue: $0.1, se: 0, probabilityOfLoss: $0.2)
        }
        let marks = StockSearch.marks(levels, tolerance: 0.2, trials: 1)
        #expect(marks.best.stock == 4)
        #expect(marks.recommended?.stock == 3)
        #expect(marks.withinTolerance == ClosedInterval(lower: 2, upper: 3))
        #expect(!marks.bestAtRangeBound)
    }
}
