import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
import MoldRiskTestSupport

extension Properties {
    /// Break-even figures (DESIGN §3) checked against what they claim, on generated scenarios.
    @Suite(TestTimeLimit.minutes(20)) struct BreakEvenPropertyTests {
        /// The size of the money terms of a cycle's result, for rounding tolerances.
        static func magnitude(_ c: CycleResult) -> Double {
            abs(c.profit.mean) + c.profit.sd + c.meanMoldCost + c.meanReworkCost + abs(c.breakEven.moldCost)
        }

        /// Expected profit at the break-even mold cost is zero, in two ways.
        /// 1. The identity E[profit] + E[mold] − mold_be = 0 from the reported figures.
        /// 2. The strongest honest rerun: replace the mold-cost spec by `fixed(mold_be)` and rerun
        ///    with the same seed. The mold cost is the only draw of the shared stream, so every other
        ///    draw is the same and each trial's profit moves by exactly (its mold draw − mold_be);
        ///    the rerun's expected profit is therefore 0 up to the rounding of the running mean.
        ///    (Only where mold_be ≥ 0: a negative mold cost is not a legal spec.)
        @Test func expectedProfitAtTheBreakEvenMoldCostIsZero() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let result = try AnalysedRun.run(scenario, threads: 1)
                for (k, c) in result.cycles.enumerated() {
                    let be = c.breakEven.moldCost
                    #expect(Tolerance.equal(c.profit.mean + c.meanMoldCost - be, 0, magnitude: Self.magnitude(c)),
                            "\(c.name): E[profit] \(c.profit.mean) + E[mold] \(c.meanMoldCost) − break-even \(be) ≠ 0")
                    guard be >= 0 else { continue }
                    var atBreakEven = scenario
                    atBreakEven.mold.cost = .fixed(be)
                    let rerun = try AnalysedRun.run(atBreakEven, threads: 1).cycles[k]
                    #expect(Tolerance.equal(rerun.profit.mean, 0, magnitude: Self.magnitude(c)),
                            "\(c.name): rerun at mold cost \(be) has expected profit \(rerun.profit.mean)")
                }
            }
        }

        /// Profit evaluated by the model (`TrialModel.outcome`) at exactly the break-even units, with
        /// the run's mean mold and rework costs, is zero to rounding; when break-even needs more than
        /// the stock (sell-through above 1), selling out still loses money.
        @Test func profitAtTheBreakEvenUnitsIsZero() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let product = scenario.product, stock = product.stock
                let result = try AnalysedRun.run(scenario, threads: 1)
                for (k, c) in result.cycles.enumerated() {
                    let units = c.breakEven.units
                    #expect(Tolerance.equal(c.breakEven.sellThrough, units / stock, magnitude: 1), "\(c.name): sell-through ≠ units / stock")
                    func profit(selling demand: Double) -> Double {
                        TrialModel.outcome(product: product, stock: stock, demand: demand, moldCost: c.meanMoldCost,
                                           reworkCost: c.meanReworkCost, fixedCost: scenario.cycles[k].fixedCost).profit
                    }
                    let magnitude = (product.unitPrice + abs(product.salvageValue) + product.unitCost) * stock
                        + c.meanMoldCost + c.meanReworkCost + scenario.cycles[k].fixedCost
                    if units >= 0 && units <= stock {
                        #expect(Tolerance.equal(profit(selling: units), 0, magnitude: magnitude),
                                "\(c.name): profit at break-even units \(units) is \(profit(selling: units))")
                    } else if units > stock {
                        #expect(profit(selling: stock) < Tolerance.rounding * magnitude,
                                "\(c.name): break-even \(units) > stock, yet selling out earns \(profit(selling: stock))")
                    }
                }
            }
        }
    }
}
