@testable import MoldRiskCore

/// Scenarios built in code for the engine and analysis tests (independent of the TOML parser).
package enum ScenarioSamples {
    /// Every input fixed: one cycle, 100 000 cups, 20 000 a day, 300 000 yuan mold.
    package static func deterministic(commitDays: Double = 100, demand: Double = 80_000, peakShare: Double = 0.4,
                              stockLevels: [Double] = [50_000, 100_000]) -> Scenario {
        Scenario(
            name: "deterministic", trials: 1_000, seed: 1,
            product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1.0, stock: 100_000),
            mold: Mold(cost: .fixed(300_000), days: .fixed(25), capacityPerDay: 20_000),
            window: SalesWindow(seasonDays: 30, peakShare: peakShare),
            cycles: [Cycle(name: "only", commitDaysBeforeWindow: commitDays, fixedCost: 10_000,
                           researchDays: .fixed(40), moldDays: .fixed(25),
                           demand: Demand(source: .units(.fixed(demand))))],
            stockLevels: stockLevels, maxLossProbability: 0.2)
    }

    /// The newsvendor: normal demand, no timing risk, fixed costs; closed forms exist.
    package static func newsvendor(mean: Double = 80_000, sd: Double = 15_000, stockLevels: [Double],
                           trials: Int = 200_000) -> Scenario {
        Scenario(
            name: "newsvendor", trials: trials, seed: 42,
            product: Product(unitPrice: 10, unitCost: 4, salvageValue: 1, stock: 80_000),
            mold: Mold(cost: .fixed(100_000), days: .fixed(0), capacityPerDay: nil),
            window: SalesWindow(),
            cycles: [Cycle(name: "nv", commitDaysBeforeWindow: 10, moldDays: .fixed(0),
                           demand: Demand(source: .units(.normal(mean: mean, sd: sd))))],
            stockLevels: stockLevels, maxLossProbability: 0.2)
    }

    /// DESIGN §2's rinse-cup example, built in code.
    package static func rinseCups(trials: Int = 40_000) -> Scenario {
        let traditional = Cycle(
            name: "traditional", commitDaysBeforeWindow: 100,
            researchDays: .triangular(min: 30, mode: 45, max: 75), moldDays: .uniform(min: 20, max: 30),
            reworkProbability: 0.35, reworkDays: .triangular(min: 5, mode: 10, max: 25),
            reworkCost: .triangular(min: 20_000, mode: 50_000, max: 150_000),
            demand: Demand(source: .units(.lognormal(median: 80_000, sigma: 0.6)), driftPer30Days: 0.15))
        let dataDriven = Cycle(
            name: "data_driven", commitDaysBeforeWindow: 60, fixedCost: 20_000,
            researchDays: .triangular(min: 4, mode: 7, max: 14), moldDays: .uniform(min: 20, max: 30),
            reworkProbability: 0.10, reworkDays: .triangular(min: 3, mode: 5, max: 10),
            reworkCost: .triangular(min: 10_000, mode: 30_000, max: 80_000),
            demand: Demand(source: .signals(Signals(visitors: .lognormal(median: 1_500_000, sigma: 0.25),
                                                    impressions: 20_000, orders: 1_100)),
                           driftPer30Days: 0.15))
        return Scenario(
            name: "家用漱口杯 rinse cup, Double 11", trials: trials, seed: 20_201_111,
            product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1.0, stock: 100_000),
            mold: Mold(cost: .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4),
                       days: .uniform(min: 20, max: 30), capacityPerDay: 20_000),
            window: SalesWindow(seasonDays: 30, peakShare: 0.4),
            cycles: [traditional, dataDriven],
            stockLevels: [40_000, 60_000, 80_000, 100_000, 120_000, 150_000], maxLossProbability: 0.2)
    }
}

extension ScenarioSamples {
    /// One cycle ready in 30–60 days (research triangular 10/20/40 + 20 mold days, no production
    /// time) against a commitment of `commitDays`, demand drifting 0.3 per 30 days, a firm
    /// ¥200,000 mold. Committed 20 days before the window it is always late (NO-GO); at seed 7 and
    /// 10,000 trials it passes from a lead of about 47 days, and fails again beyond about 150 days
    /// as the older signal drifts more.
    package static func leadSensitive(commitDays: Double = 20, trials: Int = 10_000, tolerance: Double = 0.2) -> Scenario {
        Scenario(
            name: "lead", trials: trials, seed: 7,
            product: Product(unitPrice: 10, unitCost: 4, salvageValue: 1, stock: 100_000),
            mold: Mold(cost: .fixed(200_000), days: .fixed(20), capacityPerDay: nil),
            window: SalesWindow(seasonDays: 30, peakShare: 0.5),
            cycles: [Cycle(name: "fast", commitDaysBeforeWindow: commitDays,
                           researchDays: .triangular(min: 10, mode: 20, max: 40), moldDays: .fixed(20),
                           demand: Demand(source: .units(.lognormal(median: 125_000, sigma: 0.15)), driftPer30Days: 0.3))],
            stockLevels: [50_000, 100_000], maxLossProbability: tolerance)
    }
}
