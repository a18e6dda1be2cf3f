import CGSL
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// EVPI and EVSI (DESIGN §8.2): closed forms, the law of total expectation, their ordering, and
/// the `[value_of_information]` table's validation.
@Suite(TestTimeLimit.minutes(20)) struct ValueOfInformationTests {
    /// A signals-form cycle whose conversion rate is poorly known (a test listing of 400 impressions
    /// with 22 orders), so that a further listing matters to the choice of stock; the ¥30,000 data
    /// service keeps "no mold" in play. One cycle, four stock levels.
    static func weakSignals(trials: Int = 20_000, sizes: [Int] = [100, 1_000, 10_000]) -> Scenario {
        let cycle = Cycle(
            name: "listing", commitDaysBeforeWindow: 60, fixedCost: 30_000, researchDays: .fixed(5),
            moldDays: .fixed(25),
            demand: Demand(source: .signals(Signals(visitors: .lognormal(median: 1_500_000, sigma: 0.1),
                                                    impressions: 400, orders: 22))))
        var scenario = Scenario(
            name: "weak signals", trials: trials, seed: 77,
            product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1.0, stock: 80_000),
            mold: Mold(cost: .fixed(250_000), days: .fixed(25), capacityPerDay: nil),
            window: SalesWindow(), cycles: [cycle],
            stockLevels: [40_000, 60_000, 80_000, 100_000, 120_000], maxLossProbability: 0.2)
        scenario.valueOfInformation = ValueOfInformationSpec(listingSizes: sizes, costPerImpression: 0.05)
        return scenario
    }

    @Test func evpiIsZeroWithoutUncertainty() throws {
        let result = try MoldRiskRun.run(ScenarioSamples.deterministic(), threads: 2)
        #expect(result.valueOfInformation.evpi == 0)
        #expect(result.valueOfInformation.evpiSE == 0)
    }

    /// The newsvendor at one stock Q with normal demand D ~ N(μ, σ) (negative draws count as 0),
    /// everything else fixed: profit π(D) = (p − s)·min(D⁺, Q) − (c − s)·Q − F, and the choices
    /// are "make Q" or "no mold" (0).
    ///
    /// With D known before deciding, the choice is worth max(0, π(D)), so
    /// EVPI = E[max(0, π)] − max(0, E[π]) = E[π] + E[(−π)⁺] − max(0, E[π]).
    /// π < 0 exactly when D⁺ < d* = ((c − s)Q + F)/(p − s) (here d* < Q), and then −π = (p − s)(d* − D⁺).
    /// With g(z) = φ(z) + z·Φ(z) (so E[(a − D)⁺] = σ·g((a − μ)/σ), the normal loss function of the
    /// left tail) and D⁺ = D except below 0, where d* − D⁺ = d* is (−D) less than d* − D:
    ///     E[(−π)⁺] = (p − s)·σ·(g(z*) − g(z₀)),   z* = (d* − μ)/σ,  z₀ = −μ/σ.
    /// And E[min(D⁺, Q)] = μ − σ·L(z_Q) + σ·g(z₀), L(z) = φ(z) − z(1 − Φ(z)), z_Q = (Q − μ)/σ.
    /// When E[π] > 0 the EVPI is therefore just E[(−π)⁺], the expected loss avoided.
    @Test func evpiMatchesTheNewsvendorClosedFormWithinFiveStandardErrors() throws {
        let (mean, sd, q) = (80_000.0, 25_000.0, 80_000.0)
        let scenario = ScenarioSamples.newsvendor(mean: mean, sd: sd, stockLevels: [q])
        let (p, c, s) = (scenario.product.unitPrice, scenario.product.unitCost, scenario.product.salvageValue)
        guard case let .fixed(mold) = scenario.mold.cost else { Issue.record("fixed mold cost expected"); return }
        let fixed = mold + scenario.cycles[0].fixedCost
        func g(_ z: Double) -> Double { gsl_ran_ugaussian_pdf(z) + z * gsl_cdf_ugaussian_P(z) }
        func loss(_ z: Double) -> Double { gsl_ran_ugaussian_pdf(z) - z * gsl_cdf_ugaussian_Q(z) }
        let dStar = ((c - s) * q + fixed) / (p - s)
        let z0 = -mean / sd
        let expectedSold = mean - sd * loss((q - mean) / sd) + sd * g(z0)
        let expectedProfit = (p - s) * expectedSold - (c - s) * q - fixed
        let shortfall = (p - s) * sd * (g((dStar - mean) / sd) - g(z0))
        let exact = expectedProfit + shortfall - max(0, expectedProfit)
        #expect(dStar < q && expectedProfit > 0)

        let value = try MoldRiskRun.run(scenario, threads: 2).valueOfInformation
        #expect(value.evpiSE > 0)
        #expect(abs(value.evpi - exact) <= 5 * value.evpiSE,
                "EVPI \(value.evpi) ± \(value.evpiSE) vs closed form \(exact)")
    }

    /// Σ_k w_k E[profit_s | k] = E[profit_s] at every stock, within 5 standard errors of the paired
    /// per-trial gap: with every k (n = 30, 31 points) and with strata (n = 5,000, 16 points).
    @Test(arguments: [30, 5_000]) func preposteriorMeansAverageBackToThePriorMean(impressions: Int) {
        let scenario = Self.weakSignals(trials: 10_000)
        let base = SimulationPlan(scenario: scenario)
        let values = TrialValues(base, threads: 2)
        let analysis = Preposterior.run(base: base, baseValues: values, cycle: 0, impressions: impressions,
                                        maxPoints: 32, threads: 2)
        #expect(analysis.points.count == min(impressions + 1, 32))
        #expect(abs(analysis.points.reduce(0) { $0 + $1.weight } - 1) < 1e-12)
        for (s, gap) in analysis.totalExpectationGap.enumerated() {
            let weighted = zip(analysis.points, analysis.expected).reduce(0) { $0 + $1.0.weight * $1.1[s] }
            #expect(abs(weighted - analysis.baseline[s]) <= 5 * gap.standardError + 1e-9 * abs(analysis.baseline[s]),
                    "stock \(base.stocks[s]): Σ w E[profit | k] \(weighted) vs E[profit] \(analysis.baseline[s]) (SE \(gap.standardError))")
        }
    }

    /// 0 ≤ EVSI(n) ≤ EVPI within their standard errors, and EVSI grows with n.
    @Test func evsiLiesBetweenZeroAndEVPIAndGrowsWithTheListing() throws {
        let result = try MoldRiskRun.run(Self.weakSignals(trials: 10_000), options: .init(threads: 2))
        let value = result.valueOfInformation
        let listings = value.listings
        #expect(listings.map(\.impressions) == [100, 1_000, 10_000])
        #expect(value.listingTrials == 10_000)
        for l in listings {
            #expect(l.evsi >= -3 * l.evsiSE, "EVSI(\(l.impressions)) = \(l.evsi) ± \(l.evsiSE)")
            #expect(l.evsi <= value.evpi + 3 * (l.evsiSE + value.evpiSE),
                    "EVSI(\(l.impressions)) = \(l.evsi) vs EVPI \(value.evpi)")
            #expect(l.cost == Double(l.impressions) * 0.05)
        }
        for (a, b) in zip(listings, listings.dropFirst()) {
            #expect(b.evsi > a.evsi, "EVSI(\(b.impressions)) = \(b.evsi) vs EVSI(\(a.impressions)) = \(a.evsi)")
        }
        #expect(listings.last!.evsi > 5 * listings.last!.evsiSE, "a 10,000-impression listing matters here")
    }

    @Test func valueOfInformationIsTheSameForAnyThreadCount() throws {
        let scenario = Self.weakSignals(trials: 12_000, sizes: [500])
        let one = try MoldRiskRun.run(scenario, options: .init(threads: 1))
        let two = try MoldRiskRun.run(scenario, options: .init(threads: 2))
        #expect(one.valueOfInformation == two.valueOfInformation)
        #expect(one.valueOfInformation.listings.count == 1)
    }

    /// Shards carry EVPI's per-trial totals; the merge prices the listings again on the same trials.
    @Test func shardedRunMergesToTheSameValueOfInformation() throws {
        let text = ScenarioFixtures.designExample
            + "\n[value_of_information]\nlisting_sizes = [3_000]\ncost_per_impression = 0.05\n"
        let source = ScenarioSource(text: text, file: "scenarios/cup.toml")
        let scenario = try source.load()
        let plan = SimulationPlan(scenario: scenario, trials: 12_000, seed: 9)
        let partials = try [1, 0].map { i in
            NamedPartial(name: "part\(i)", partial: try PartialResult.run(plan, source: source,
                                                                        shard: Shard(index: i, count: 2), threads: 2))
        }
        let merged = try MoldRiskRun.merge(partials, options: .init(threads: 2)).result
        let whole = try MoldRiskRun.run(scenario, options: .init(trials: 12_000, seed: 9, threads: 1))
        #expect(merged.valueOfInformation == whole.valueOfInformation)
        #expect(merged.valueOfInformation.listings.count == 1)
    }

    @Test func distributionFormCyclesHaveNoEVSI() throws {
        var scenario = ScenarioSamples.rinseCups(trials: 10_000)
        scenario.valueOfInformation = ValueOfInformationSpec(listingSizes: [1_000], costPerImpression: 0)
        let value = try MoldRiskRun.run(scenario, options: .init(threads: 2)).valueOfInformation
        #expect(value.cyclesWithoutSignals == ["traditional"])
        #expect(value.listings.map(\.cycle) == ["data_driven"])
        #expect(value.evpi > 0)
    }

    @Test func predictiveIsBetaBinomial() {
        // α = β = 1: every k of 0…n equally likely.
        let uniform = BetaBinomialPredictive(impressions: 9, alpha: 1, beta: 1).probabilities()
        #expect(uniform.allSatisfy { abs($0 - 0.1) < 1e-12 })
        // Strata keep the predictive mean n·α/(α + β) and sum to 1, even for a million impressions.
        let large = BetaBinomialPredictive(impressions: 1_000_000, alpha: 1_101, beta: 18_901)
        let points = large.points(maxPoints: 16)
        #expect(points.count == 16)
        #expect(abs(points.reduce(0) { $0 + $1.weight } - 1) < 1e-9)
        let mean = points.reduce(0) { $0 + $1.weight * $1.orders }
        #expect(abs(mean - 1_000_000 * 1_101 / 20_002) < 1e-6 * mean)
    }

    /// Draws of Beta(α, β) moved by the coupling have the target's mean and variance (5 SE).
    @Test func couplingMovesDrawsToTheTargetPosterior() {
        let from = (alpha: 23.0, beta: 379.0), to = (alpha: 23.0 + 60, beta: 379.0 + 940)
        let table = BetaCouplingTable(from: from, to: to)
        let stream = RandomStream(runSeed: 5, chunk: 0, role: 1)
        var moved = Moments()
        withExtendedLifetime(table) {
            for _ in 0..<40_000 { moved.add(table.coupling.map(stream.unowned.beta(from.alpha, from.beta))) }
        }
        let a = to.alpha, b = to.beta
        let mean = a / (a + b), variance = a * b / ((a + b) * (a + b) * (a + b + 1))
        #expect(abs(moved.mean - mean) <= 5 * moved.standardError)
        // The sample variance's SE is about variance·√(2/n) for a near-normal law.
        #expect(abs(moved.variance - variance) <= 5 * variance * (2.0 / 40_000).squareRoot())
        // Monotone: a larger prior draw never maps to a smaller rate.
        #expect(table.coupling.map(0.05) <= table.coupling.map(0.06))
    }

    static let validationRules: [RuleCase] = {
        typealias F = ScenarioFixtures
        func voi(_ body: String) -> String { F.minimal(extra: "[value_of_information]\n" + body) }
        return [
            RuleCase("sizes empty", voi("listing_sizes = []\ncost_per_impression = 0.05"),
                     "value_of_information.listing_sizes", "must not be empty"),
            RuleCase("size zero", voi("listing_sizes = [100, 0]\ncost_per_impression = 0.05"),
                     "value_of_information.listing_sizes[1]", "must be ≥ 1"),
            RuleCase("size not whole", voi("listing_sizes = [100.5]\ncost_per_impression = 0.05"),
                     "value_of_information.listing_sizes[0]", "whole"),
            RuleCase("size too large", voi("listing_sizes = [2_000_000]\ncost_per_impression = 0.05"),
                     "value_of_information.listing_sizes[0]", "too large: at most 1e6"),
            RuleCase("too many sizes", voi("listing_sizes = [1,2,3,4,5,6,7,8,9,10,11]\ncost_per_impression = 0.05"),
                     "value_of_information.listing_sizes", "has 11 listing sizes: at most 10"),
            RuleCase("sizes not an array", voi("listing_sizes = 5\ncost_per_impression = 0.05"),
                     "value_of_information.listing_sizes", "expected an array of listing sizes"),
            RuleCase("sizes missing", voi("cost_per_impression = 0.05"),
                     "value_of_information.listing_sizes", "missing required key"),
            RuleCase("cost negative", voi("listing_sizes = [100]\ncost_per_impression = -0.01"),
                     "value_of_information.cost_per_impression", "must be ≥ 0"),
            RuleCase("cost missing", voi("listing_sizes = [100]"),
                     "value_of_information.cost_per_impression", "missing required key"),
            RuleCase("cost a string", voi("listing_sizes = [100]\ncost_per_impression = \"5 fen\""),
                     "value_of_information.cost_per_impression", "expected a number, found a string"),
            RuleCase("unknown key", voi("listing_sizes = [100]\ncost_per_impression = 0\nlisting_size = 3"),
                     "value_of_information.listing_size", "unknown key"),
            RuleCase("not a table", F.minimal(extra: "value_of_information = 5").movingLastLineToTop(),
                     "value_of_information", "expected a table"),
        ]
    }()

    @Test(arguments: validationRules) func badValuesAreNamedByKeyPath(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func sectionIsReadAndSetWorks() throws {
        let text = ScenarioFixtures.minimal(extra: "[value_of_information]\nlisting_sizes = [5_000, 2_000, 5_000]\ncost_per_impression = 0.05")
        let scenario = try parseScenario(text)
        #expect(scenario.valueOfInformation == ValueOfInformationSpec(listingSizes: [2_000, 5_000], costPerImpression: 0.05))
        #expect(try parseScenario(ScenarioFixtures.minimal()).valueOfInformation == nil)
        let set = try ScenarioLoader.parse(text, file: "test.toml",
                                           overrides: ["value_of_information.cost_per_impression=0.1",
                                                       "value_of_information.listing_sizes=[300]"])
        #expect(set.valueOfInformation == ValueOfInformationSpec(listingSizes: [300], costPerImpression: 0.1))
    }
}
