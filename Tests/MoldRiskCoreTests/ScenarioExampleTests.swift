import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// DESIGN §2's example and the defaults of a minimal file.
@Suite struct ScenarioExampleTests {
    @Test func designExampleParsesToTheExpectedScenario() throws {
        let scenario = try parseScenario(ScenarioFixtures.designExample)
        let expected = Scenario(
            name: "家用漱口杯 rinse cup, Double 11", trials: 200_000, seed: 20_201_111,
            product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1.0, stock: 100_000),
            mold: Mold(cost: .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4),
                       days: .uniform(min: 20, max: 30), capacityPerDay: 20_000),
            window: SalesWindow(seasonDays: 30, peakShare: 0.4),
            cycles: [
                Cycle(name: "traditional", commitDaysBeforeWindow: 100, fixedCost: 0,
                      researchDays: .triangular(min: 30, mode: 45, max: 75),
                      moldDays: .uniform(min: 20, max: 30), reworkProbability: 0.35,
                      reworkDays: .triangular(min: 5, mode: 10, max: 25),
                      reworkCost: .triangular(min: 20_000, mode: 50_000, max: 150_000),
                      demand: Demand(source: .units(.lognormal(median: 80_000, sigma: 0.6)), driftPer30Days: 0.15)),
                Cycle(name: "data_driven", commitDaysBeforeWindow: 60, fixedCost: 20_000,
                      researchDays: .triangular(min: 4, mode: 7, max: 14),
                      moldDays: .uniform(min: 20, max: 30), reworkProbability: 0.10,
                      reworkDays: .triangular(min: 3, mode: 5, max: 10),
                      reworkCost: .triangular(min: 10_000, mode: 30_000, max: 80_000),
                      demand: Demand(source: .signals(Signals(visitors: .lognormal(median: 1_500_000, sigma: 0.25),
                                                              impressions: 20_000, orders: 1_100,
                                                              priorAlpha: 1, priorBeta: 1)),
                                     driftPer30Days: 0.15)),
            ],
            stockLevels: [40_000, 60_000, 80_000, 100_000, 120_000, 150_000],
            maxLossProbability: 0.2)
        #expect(scenario == expected)
        // Spot checks, so a failure says which field differs.
        #expect(scenario.cycles.map(\.name) == ["traditional", "data_driven"])
        #expect(scenario.mold.cost == .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4))
        #expect(scenario.cycles[1].demand.source == expected.cycles[1].demand.source)
        #expect(scenario.seed == 20_201_111 && scenario.trials == 200_000)
    }

    @Test func minimalFileGetsEveryDefault() throws {
        let scenario = try parseScenario(ScenarioFixtures.minimal(), file: "scenarios/rinse_cup.toml")
        #expect(scenario.name == "rinse_cup")
        #expect(scenario.trials == 100_000)
        #expect(scenario.seed == 1)
        #expect(scenario.product == Product(unitPrice: 10, unitCost: 3, salvageValue: 0, stock: 1000))
        #expect(scenario.mold == Mold(cost: .fixed(100_000), days: .fixed(25), capacityPerDay: nil))
        #expect(scenario.window == SalesWindow(seasonDays: 30, peakShare: 0))
        let cycle = try #require(scenario.cycles.first)
        #expect(scenario.cycles.count == 1)
        #expect(cycle == Cycle(name: "a", commitDaysBeforeWindow: 90, fixedCost: 0, researchDays: .fixed(0),
                               moldDays: .fixed(25), reworkProbability: 0, reworkDays: .fixed(0),
                               reworkCost: .fixed(0), demand: Demand(source: .units(.fixed(800)), driftPer30Days: 0)))
        #expect(scenario.stockLevels == [250, 500, 750, 1000, 1250, 1500])
        #expect(scenario.maxLossProbability == 0.2)
    }

    @Test func signalPriorsDefaultToOne() throws {
        let scenario = try parseScenario(ScenarioFixtures.withDemand(
            "{ visitors = 50000, impressions = 2000, orders = 100 }"))
        let expected = Signals(visitors: .fixed(50_000), impressions: 2000, orders: 100, priorAlpha: 1, priorBeta: 1)
        #expect(scenario.cycles[0].demand.source == .signals(expected))
    }

    @Test func cycleMoldDaysOverridesTheMoldAndDefaultsToIt() throws {
        let text = ScenarioFixtures.minimal(cycles: """
        [cycles.own]
        commit_days_before_window = 90
        mold_days = { dist = "uniform", min = 10, max = 12 }
        demand = { units = 800 }

        [cycles.inherited]
        commit_days_before_window = 90
        demand = { units = 800 }
        """)
        let scenario = try parseScenario(text)
        #expect(scenario.cycles.map(\.moldDays) == [.uniform(min: 10, max: 12), .fixed(25)])
    }

    @Test func reworkDistributionsAreOptionalWhenReworkIsImpossible() throws {
        let given = try parseScenario(ScenarioFixtures.withCycleLine("rework_days = 4\nrework_cost = 5000"))
        #expect(given.cycles[0].reworkDays == .fixed(4) && given.cycles[0].reworkCost == .fixed(5000))
        let withRisk = try parseScenario(ScenarioFixtures.withCycleLine(
            "rework_probability = 0.5\nrework_days = 4\nrework_cost = { dist = \"uniform\", min = 1, max = 2 }"))
        #expect(withRisk.cycles[0].reworkProbability == 0.5)
        #expect(withRisk.cycles[0].reworkCost == .uniform(min: 1, max: 2))
    }

    static let stockCases: [(Double, [Double])] = [
        (1000, [250, 500, 750, 1000, 1250, 1500]),
        (3, [1, 2, 3, 4, 5]),         // 0.75 → 1, 2.25 → 2, 3.75 → 4, 4.5 → 5
        (1, [1, 2]),                  // 0.25 rounds to 0 and is left out; 0.5, 0.75, 1.25 → 1
        (10, [3, 5, 8, 10, 13, 15]),    // 2.5 → 3, 7.5 → 8, 12.5 → 13
    ]

    @Test(arguments: stockCases)
    func defaultStockLevelsAreWholeMultiplesOfTheStock(stock: Double, levels: [Double]) throws {
        let product = "[product]\nunit_price = 10\nunit_cost = 3\nstock = \(stock)"
        let scenario = try parseScenario(ScenarioFixtures.minimal(product: product))
        #expect(scenario.stockLevels == levels)
    }

    @Test func givenStockLevelsAreSortedWithoutDuplicates() throws {
        let scenario = try parseScenario(ScenarioFixtures.minimal(extra: "[analysis]\nstock_levels = [900, 300, 600, 300]"))
        #expect(scenario.stockLevels == [300, 600, 900])
    }

    @Test func wholeFloatsAreAcceptedForIntegersAndExtremeSeedIsKept() throws {
        let scenario = try parseScenario(ScenarioFixtures.minimal(
            extra: "[scenario]\ntrials = 2.5e5\nseed = 9_223_372_036_854_775_807"))
        #expect(scenario.trials == 250_000)
        #expect(scenario.seed == UInt64(Int64.max))
    }

    @Test func acceptedEdgeValues() throws {
        let scenario = try parseScenario(ScenarioFixtures.minimal(
            product: "[product]\nunit_price = 10\nunit_cost = 0\nsalvage_value = -0.5\nstock = 1e9",
            extra: "[window]\npeak_share = 1\n[decision]\nmax_loss_probability = 0"))
        #expect(scenario.product.salvageValue == -0.5)
        #expect(scenario.product.stock == 1e9)
        #expect(scenario.window.peakShare == 1)
        #expect(scenario.maxLossProbability == 0)
    }
}
