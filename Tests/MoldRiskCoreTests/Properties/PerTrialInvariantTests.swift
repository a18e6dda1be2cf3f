import PropertyBased
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

extension Properties {
    /// DESIGN §1's per-trial invariants, checked on every (cycle, stock) cell of every trial that
    /// `TrialEvaluator` — the engine's own code path — produces for generated scenarios.
    @Suite(.shrinking) struct PerTrialInvariantTests {
        /// 0 ≤ sold ≤ min(demand, stock), 0 ≤ sell-through ≤ 1, 0 ≤ availability ≤ 1,
        /// ready ≥ production time, late = max(0, ready − commit).
        /// Demand is potential × availability in the units form (where sold equals min(demand, stock)
        /// exactly) and at most the potential in the signals form (binomial thinning).
        @Test func salesAndTimingStayInTheirRanges() async {
            await propertyCheck(count: 120, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let plan = SimulationPlan(scenario: scenario)
                var v = Violations()
                TrialWalk.trials(of: plan, count: scenario.trials) { t, record in
                    for (k, cycle) in scenario.cycles.enumerated() {
                        let potential = record.draws[k].potentialDemand
                        for (j, stock) in plan.stocks.enumerated() {
                            let cell = k * plan.stocks.count + j
                            let timing = record.timings[cell], outcome = record.outcomes[cell]
                            let where_ = "trial \(t) \(cycle.name) stock \(stock)"
                            let production = TrialModel.productionDays(stock: stock, capacityPerDay: scenario.mold.capacityPerDay)
                            v.check(timing.ready >= production, "\(where_): ready \(timing.ready) < production \(production)")
                            v.check(timing.late == max(0, timing.ready - cycle.commitDaysBeforeWindow),
                                    "\(where_): late \(timing.late) for ready \(timing.ready)")
                            v.check(timing.availability >= 0 && timing.availability <= 1,
                                    "\(where_): availability \(timing.availability)")
                            v.check(timing.late > 0 || timing.availability == 1, "\(where_): on time but availability \(timing.availability)")
                            v.check(potential >= 0, "\(where_): potential demand \(potential)")
                            let demandBound: Double
                            if case .units = cycle.demand.source {
                                demandBound = timing.availability >= 1 ? potential : potential * timing.availability
                                v.check(outcome.sold == min(demandBound, stock),
                                        "\(where_): sold \(outcome.sold) ≠ min(demand \(demandBound), stock)")
                            } else {
                                demandBound = potential
                            }
                            v.check(outcome.sold >= 0 && outcome.sold <= stock && outcome.sold <= demandBound,
                                    "\(where_): sold \(outcome.sold) outside [0, min(\(demandBound), \(stock))]")
                            v.check(outcome.sellThrough >= 0 && outcome.sellThrough <= 1,
                                    "\(where_): sell-through \(outcome.sellThrough)")
                        }
                    }
                }
                v.expectNone("sales and timing ranges")
            }
        }

        /// Profit lies in [(salvage − unit_cost)·stock − F, (unit_price − unit_cost)·stock − F] where
        /// F = mold + rework + fixed_cost *as drawn in that trial* (bounds from the trial's own costs).
        @Test func profitIsBoundedByTheTrialsOwnCosts() async {
            await propertyCheck(count: 120, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let plan = SimulationPlan(scenario: scenario)
                let p = scenario.product
                var v = Violations()
                TrialWalk.trials(of: plan, count: scenario.trials) { t, record in
                    for (k, cycle) in scenario.cycles.enumerated() {
                        let fixed = record.moldCost + record.draws[k].reworkCost + cycle.fixedCost
                        for (j, stock) in plan.stocks.enumerated() {
                            let profit = record.outcomes[k * plan.stocks.count + j].profit
                            let lower = (p.salvageValue - p.unitCost) * stock - fixed
                            let upper = (p.unitPrice - p.unitCost) * stock - fixed
                            let slack = Tolerance.rounding * ((p.unitPrice + abs(p.salvageValue) + p.unitCost) * stock + fixed + 1)
                            v.check(profit >= lower - slack && profit <= upper + slack,
                                    "trial \(t) \(cycle.name) stock \(stock): profit \(profit) outside [\(lower), \(upper)]")
                        }
                    }
                }
                v.expectNone("profit bounds from the trial's costs")
            }
        }

        /// The same bounds from the scenario's *support* alone: F ranges over [min mold + (rework
        /// certain ? min rework : 0) + fixed, max mold + (rework possible ? max rework : 0) + fixed]
        /// (infinite for unbounded families, which makes that side vacuous); every drawn mold and
        /// rework cost lies in its (clamped) support.
        @Test func profitIsBoundedByTheScenariosSupport() async {
            await propertyCheck(count: 120, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let plan = SimulationPlan(scenario: scenario)
                let p = scenario.product
                let mold = scenario.mold.cost.support.clampedAtZero
                var v = Violations()
                TrialWalk.trials(of: plan, count: scenario.trials) { t, record in
                    v.check(mold.contains(record.moldCost, magnitude: record.moldCost),
                            "trial \(t): mold cost \(record.moldCost) outside [\(mold.lower), \(mold.upper)]")
                    for (k, cycle) in scenario.cycles.enumerated() {
                        let rework = cycle.reworkCost.support.clampedAtZero
                        let drawnRework = record.draws[k].reworkCost
                        v.check(drawnRework == 0 && cycle.reworkProbability < 1 || rework.contains(drawnRework, magnitude: drawnRework),
                                "trial \(t) \(cycle.name): rework cost \(drawnRework) outside [\(rework.lower), \(rework.upper)]")
                        let minFixed = mold.lower + (cycle.reworkProbability == 1 ? rework.lower : 0) + cycle.fixedCost
                        let maxFixed = mold.upper + (cycle.reworkProbability > 0 ? rework.upper : 0) + cycle.fixedCost
                        for (j, stock) in plan.stocks.enumerated() {
                            let profit = record.outcomes[k * plan.stocks.count + j].profit
                            let lower = (p.salvageValue - p.unitCost) * stock - maxFixed
                            let upper = (p.unitPrice - p.unitCost) * stock - minFixed
                            let slack = Tolerance.rounding * ((p.unitPrice + abs(p.salvageValue) + p.unitCost) * stock
                                + record.moldCost + drawnRework + cycle.fixedCost + 1)
                            v.check(profit >= lower - slack && profit <= upper + slack,
                                    "trial \(t) \(cycle.name) stock \(stock): profit \(profit) outside [\(lower), \(upper)]")
                        }
                    }
                }
                v.expectNone("profit bounds from the scenario's support")
            }
        }
    }
}
