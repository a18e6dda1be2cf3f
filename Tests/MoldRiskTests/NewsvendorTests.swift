import CGSL
import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The newsvendor with normal demand (no timing risk, fixed costs) against its closed form.
@Suite(TestTimeLimit.minutes(20)) struct NewsvendorTests {
    /// The fixture's figures, read from the scenario rather than re-typed: prices, the fixed
    /// costs (mold and cycle) and the normal demand's mean and sd.
    struct Figures {
        let price, cost, salvage, fixedCosts, mean, sd: Double

        init(_ scenario: Scenario) {
            let cycle = scenario.cycles[0]
            guard case let .fixed(moldCost) = scenario.mold.cost,
                  case let .units(.normal(mean, sd)) = cycle.demand.source else {
                preconditionFailure("the newsvendor fixture has a fixed mold cost and normal demand")
            }
            (price, cost, salvage) = (scenario.product.unitPrice, scenario.product.unitCost, scenario.product.salvageValue)
            (fixedCosts, self.mean, self.sd) = (moldCost + cycle.fixedCost, mean, sd)
        }
    }

    /// E[profit(Q)] = (p − s)(μ − σ·L(z)) − (c − s)Q − fixed, L(z) = φ(z) − z(1 − Φ(z)), z = (Q − μ)/σ.
    func expectedProfit(stock q: Double, _ f: Figures) -> Double {
        let z = (q - f.mean) / f.sd
        let loss = gsl_ran_ugaussian_pdf(z) - z * gsl_cdf_ugaussian_Q(z)
        return (f.price - f.salvage) * (f.mean - f.sd * loss) - (f.cost - f.salvage) * q - f.fixedCosts
    }

    @Test func expectedProfitMatchesClosedFormWithinFiveStandardErrors() throws {
        let levels: [Double] = [50_000, 70_000, 80_000, 90_000, 110_000]
        let scenario = ScenarioSamples.newsvendor(stockLevels: levels)
        let result = try MoldRiskRun.run(scenario, threads: 2)
        for point in result.cycles[0].stockCurve {
            let exact = expectedProfit(stock: point.stock, Figures(scenario))
            #expect(abs(point.expectedValue - exact) <= 5 * point.expectedValueSE,
                    "stock \(point.stock): simulated \(point.expectedValue) vs \(exact) (SE \(point.expectedValueSE))")
        }
    }

    @Test func bestStockSitsAtTheCriticalFractile() throws {
        // Q* = μ + σ·Φ⁻¹((p − c)/(p − s)) (80 000 + 15 000·Φ⁻¹(6/9) ≈ 86 460 for the fixture)
        let levels = stride(from: 70_000.0, through: 100_000, by: 2_500).map { $0 }
        let scenario = ScenarioSamples.newsvendor(stockLevels: levels)
        let f = Figures(scenario)
        let qStar = f.mean + f.sd * gsl_cdf_ugaussian_Pinv((f.price - f.cost) / (f.price - f.salvage))
        let result = try MoldRiskRun.run(scenario, threads: 2)
        #expect(abs(result.cycles[0].bestStock - qStar) <= 2_500, "best \(result.cycles[0].bestStock) vs Q* \(qStar)")
    }

    @Test func uniformDemandExpectedSalesMatchClosedForm() throws {
        // Demand ~ U[0, b]: E[min(D, Q)] = Q − Q²/(2b); mean sell-through = 1 − Q/(2b).
        var scenario = ScenarioSamples.newsvendor(stockLevels: [30_000, 60_000, 90_000])
        scenario.cycles[0].demand = Demand(source: .units(.uniform(min: 0, max: 120_000)))
        let result = try MoldRiskRun.run(scenario, threads: 2)
        for point in result.cycles[0].stockCurve {
            let q = point.stock
            let expected = 1 - q / (2 * 120_000)
            // sell-through = min(D, Q)/Q has sd ≤ 0.5; 5 SE at 200 000 trials ≈ 0.0056
            let se = 0.5 / Double(result.trials).squareRoot()
            #expect(abs(point.meanSellThrough - expected) <= 5 * se, "Q \(q): \(point.meanSellThrough) vs \(expected)")
        }
    }
}
