import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The work limit counts what a run costs (issue 25 item 10): each draw at its law's cost by the
/// way the run draws it, every evaluated cell of every season, the tornado, the lead search and
/// the test listings' re-runs (issue 19 item 8); the refusal names the limit.
@Suite struct WorkLimitTests {
    /// A mold cost whose inverse CDF is still the exact `Quantile` (PINV's set-up fails for Beta
    /// shapes of 1e−3, `PINVInverseTests`): measured 31.7 µs a draw; Gamma(1e7), the heavy law of
    /// issue 25, is now PINV's (tens of nanoseconds).
    static let heavyLaw = "{ dist = \"beta\", alpha = 0.001, beta = 0.001 }"

    /// The DESIGN example with that mold cost.
    static func heavyMold(sampling: String, trials: Int) throws -> Scenario {
        try ScenarioLoader.parse(ScenarioFixtures.designExample, file: "design.toml", overrides: [
            "mold.cost=\(heavyLaw)", "scenario.sampling=\"\(sampling)\"", "scenario.trials=\(trials)"])
    }

    @Test func anExpensiveInverseIsRefusedWhereTheSamplerIsNot() throws {
        // Random sampling draws the beta by GSL's sampler; Latin hypercube by its inverse CDF.
        let scenario = try Self.heavyMold(sampling: "random", trials: 1_000_000)
        var latin = scenario
        latin.sampling = .latinHypercube
        let random = RunCost(scenario, trials: 1_000_000)
        let stratified = RunCost(latin, trials: 1_000_000)
        #expect(stratified.simulation > 10 * random.simulation)
        #expect(stratified.costliestDraw?.path == "mold.cost")
        #expect(try #require(stratified.costliestDraw).nanoseconds >= 3e4, "its inverse was measured at 31.7 µs")
        // Validation refuses 300M trials of it (about 4 hours of inverse-CDF draws in the simulation
        // alone, more with the tornado and the lead search), naming the estimate, the draw and the
        // limit; random sampling passes.
        expectProblemWithOverrides(ScenarioFixtures.designExample, overrides: [
            "mold.cost=\(Self.heavyLaw)", "scenario.sampling=\"latin_hypercube\"",
            "scenario.trials=300000000"], at: "scenario.trials", "more than the limit of")
        #expect(throws: Never.self) { try Self.heavyMold(sampling: "random", trials: 300_000_000) }
        let message = try #require(ScenarioRanges.workProblem(RunCost(latin, trials: 300_000_000)))
        #expect(message.contains("more than the limit of \(RunCost.durationText(ScenarioRanges.Limits.workCPUSeconds))"))
        // PINV made issue 25's gamma of shape 1e7 cheap by inversion.
        #expect(DrawCost.nanoseconds(.gamma(shape: 1e7, scale: 0.03), byInverse: true) < 1_000)
    }

    /// 1e9 trials of a gamma(1e7) under Latin hypercube was accepted by `check` (days of CPU time
    /// then); the same with an inverse that is still expensive is refused.
    @Test func theIssuesCaseIsRefused() throws {
        let scenario = try Self.heavyMold(sampling: "random", trials: 1_000)
        var stratified = scenario
        stratified.sampling = .latinHypercube
        let problem = try #require(stratified.workProblem(trials: 1_000_000_000))
        #expect(problem.contains("one draw of mold.cost costs about"), "\(problem)")
        #expect(RunCost(stratified, trials: 1_000_000_000).total > 10 * 3_600)
    }

    /// EVSI's re-runs count: the same scenario costs more with `[value_of_information]`, by the
    /// re-runs of every outcome point of every listing size.
    @Test func listingsCountInTheWork() throws {
        var scenario = ScenarioSamples.rinseCups(trials: 200_000)
        let without = RunCost(scenario, trials: 200_000)
        scenario.valueOfInformation = ValueOfInformationSpec(listingSizes: [10, 1_000, 5_000], costPerImpression: 0.05)
        let with = RunCost(scenario, trials: 200_000)
        #expect(without.listings == 0 && with.listings > 0)
        #expect(RunCost.listingReruns(scenario.valueOfInformation!) == 11 + 32 + 32)
        #expect(with.total > without.total)
        // The issue's case: 10 signals cycles × 50 stock levels × 10 listing sizes × 40 seasons.
        let heavy = try ScenarioLoader.parse(ScenarioFixtures.designExample, file: "design.toml", overrides:
            ["analysis.stock_levels=[\((1...49).map { String($0 * 3_000) }.joined(separator: ","))]",
             "value_of_information={ listing_sizes = [\((1...10).map { String($0 * 10_000) }.joined(separator: ","))], cost_per_impression = 0.05 }",
             "life={ seasons = 40, demand_change = 1 }", "scenario.trials=20000"])
        let cost = RunCost(heavy, trials: 20_000)
        #expect(cost.listings > cost.simulation)
    }

    @Test func leadSearchLeadsAreCountedAsTheSearchMakesThem() {
        // A coarse grid of 24 intervals to 365 days (steps of 16 days), refined twice, 8 at a time.
        #expect(RunCost.Extent.leadsEvaluated(upTo: 365) == 25 + 2 * 2 * 7)
        #expect(RunCost.Extent.leadsEvaluated(upTo: 24) == 25)
        #expect(RunCost.durationText(0.0019) == "1.9 ms")
        #expect(RunCost.durationText(90) == "90 seconds")
        #expect(RunCost.durationText(1_900_000) == "22 days")
    }
}

/// Problems of `text` with `overrides` applied, as a load reports them.
func expectProblemWithOverrides(_ text: String, overrides: [String], at keyPath: String, _ fault: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        _ = try ScenarioLoader.parse(text, file: "test.toml", overrides: overrides)
        Issue.record("expected \(keyPath): …\(fault)…, but the scenario loaded", sourceLocation: sourceLocation)
    } catch {
        #expect(error.problems.contains { $0.keyPath == keyPath && $0.message.contains(fault) },
                "wanted \(keyPath): …\(fault)…, got \(error.problems.map { "\($0.keyPath): \($0.message)" })",
                sourceLocation: sourceLocation)
    }
}
