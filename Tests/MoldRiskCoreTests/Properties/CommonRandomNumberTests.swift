import PropertyBased
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

extension Properties {
    /// Common random numbers make comparisons between two variants of a scenario exact, trial by
    /// trial: both variants' plans are run with the same seed on identically seeded chunk streams
    /// (`TrialWalk.pairedTrials`) and compared cell by cell.
    @Suite(.shrinking) struct CommonRandomNumberTests {
        /// Adding Δ to the mold cost (every location parameter of its spec moved by Δ; a `fixed` spec
        /// at the mean for lognormal, gamma and beta) lowers every trial's profit by exactly Δ, to
        /// 1e-9 relative, and changes nothing else. Where the base draw was clamped at 0 (a normal
        /// below 0) the rise of the mold cost is max(0, x + Δ) − 0 ∈ [0, Δ] and profit falls by that.
        @Test func addingDeltaToTheMoldCostLowersEveryProfitByDelta() async {
            await propertyCheck(count: 100, input: ScenarioGen.any, Gen.double(in: 0...1_000_000)) { generated, delta in
                var base = generated.scenario
                if base.mold.cost.shifted(by: 0) == nil { base.mold.cost = .fixed(base.mold.cost.mean) }
                var dearer = base
                dearer.mold.cost = base.mold.cost.shifted(by: delta)!
                let planA = SimulationPlan(scenario: base), planB = SimulationPlan(scenario: dearer)
                var v = Violations()
                TrialWalk.pairedTrials(planA, planB, count: base.trials) { t, a, b in
                    let rise = b.moldCost - a.moldCost
                    let scale = a.moldCost + delta
                    if a.moldCost > 0 {
                        v.check(Tolerance.equal(rise, delta, magnitude: scale), "trial \(t): mold cost rose by \(rise), not Δ \(delta)")
                    } else {
                        v.check(rise >= 0 && rise <= delta * (1 + Tolerance.rounding), "trial \(t): clamped mold cost rose by \(rise)")
                    }
                    for cell in a.outcomes.indices {
                        let drop = a.outcomes[cell].profit - b.outcomes[cell].profit
                        let magnitude = abs(a.outcomes[cell].profit) + scale
                        v.check(Tolerance.equal(drop, rise, magnitude: magnitude),
                                "trial \(t) cell \(cell): profit fell by \(drop), mold cost rose by \(rise)")
                        v.check(a.outcomes[cell].sold == b.outcomes[cell].sold && a.timings[cell] == b.timings[cell],
                                "trial \(t) cell \(cell): sales or timing changed with the mold cost")
                    }
                }
                v.expectNone("mold cost + Δ")
            }
        }

        /// Raising the unit price never lowers a trial's profit (exactly, no tolerance: every
        /// floating-point step of the profit formula is monotone), and the sales stay the same.
        @Test func raisingTheUnitPriceNeverLowersAProfit() async {
            await propertyCheck(count: 100, input: ScenarioGen.any, Gen.double(in: 0.01...50)) { generated, rise in
                let base = generated.scenario
                var dearer = base
                dearer.product.unitPrice += rise
                var v = Violations()
                TrialWalk.pairedTrials(SimulationPlan(scenario: base), SimulationPlan(scenario: dearer), count: base.trials) { t, a, b in
                    for cell in a.outcomes.indices {
                        v.check(b.outcomes[cell].profit >= a.outcomes[cell].profit,
                                "trial \(t) cell \(cell): profit \(a.outcomes[cell].profit) fell to \(b.outcomes[cell].profit)")
                        v.check(a.outcomes[cell].sold == b.outcomes[cell].sold, "trial \(t) cell \(cell): sales changed with the price")
                    }
                }
                v.expectNone("unit price + \(rise)")
            }
        }

        /// Lowering research days (every cycle's research spec scaled by a factor < 1, which lowers
        /// every draw made with the same random numbers) never raises the ready day or the lateness
        /// of any (cycle, stock) in any trial.
        @Test func lessResearchNeverMakesAnyTrialLater() async {
            await propertyCheck(count: 100, input: ScenarioGen.any, Gen.double(in: 0.05...0.95)) { generated, factor in
                let base = generated.scenario
                let faster = base.mappingCycles { $0.researchDays = $0.researchDays.scaled(by: factor) }
                var v = Violations()
                TrialWalk.pairedTrials(SimulationPlan(scenario: base), SimulationPlan(scenario: faster), count: base.trials) { t, a, b in
                    for cell in a.timings.indices {
                        v.check(b.timings[cell].ready <= a.timings[cell].ready && b.timings[cell].late <= a.timings[cell].late,
                                "trial \(t) cell \(cell): ready/late \(a.timings[cell].ready)/\(a.timings[cell].late) "
                                    + "became \(b.timings[cell].ready)/\(b.timings[cell].late) with research × \(factor)")
                    }
                }
                v.expectNone("research × \(factor)")
            }
        }

        /// With zero demand (units `fixed(0)`, or no visitors in the signals form) and salvage below
        /// unit cost, every trial's profit is strictly decreasing in the stock: more stock always
        /// means a larger loss. (Stocks of the trial are evaluated on the same draws.)
        @Test func withZeroDemandMoreStockMeansALargerLoss() async {
            await propertyCheck(count: 100, input: ScenarioGen.any) { generated in
                var scenario = generated.scenario.mappingCycles { cycle in
                    switch cycle.demand.source {
                    case .units: cycle.demand.source = .units(.fixed(0))
                    case var .signals(s):
                        s.visitors = .fixed(0)
                        cycle.demand.source = .signals(s)
                    }
                }
                let p = scenario.product
                if p.salvageValue >= p.unitCost - 0.01 { scenario.product.unitCost = p.salvageValue + 0.01 + 0.5 * abs(p.salvageValue) }
                scenario.stockLevels = [0.5 * p.stock, 2 * p.stock] + scenario.stockLevels
                let plan = SimulationPlan(scenario: scenario)
                var v = Violations()
                TrialWalk.trials(of: plan, count: scenario.trials) { t, record in
                    for k in scenario.cycles.indices {
                        let profits = plan.stocks.indices.map { record.outcomes[k * plan.stocks.count + $0].profit }
                        v.check(zip(profits, profits.dropFirst()).allSatisfy { $0 > $1 } && profits.allSatisfy { $0 < 0 },
                                "trial \(t) \(scenario.cycles[k].name): profits \(profits) at stocks \(plan.stocks)")
                    }
                }
                v.expectNone("zero demand")
            }
        }
    }
}
