import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

extension Properties {
    /// Closed forms the simulation must reproduce (fixed seeds; 5 standard errors where random).
    /// Per-sampler KS / χ² tests live elsewhere; the normal newsvendor and U[0, b] demand are in
    /// `NewsvendorTests`.
    @Suite(TestTimeLimit.minutes(20)) struct StatisticalAnchors {
        /// A one-cycle scenario without timing risk or costs: everything arrives on time.
        static func onTime(demand: DemandSource, stock: Double, stockLevels: [Double] = [], trials: Int) -> Scenario {
            Scenario(name: "anchor", trials: trials, seed: 20_201_111,
                     product: Product(unitPrice: 10, unitCost: 4, salvageValue: 1, stock: stock),
                     mold: Mold(cost: .fixed(0), days: .fixed(0), capacityPerDay: nil), window: SalesWindow(),
                     cycles: [Cycle(name: "c", commitDaysBeforeWindow: 10, moldDays: .fixed(0),
                                    demand: Demand(source: demand))],
                     stockLevels: stockLevels, maxLossProbability: 0.2)
        }

        /// Beta–binomial signals: with fixed visitors V, no timing risk and no drift, the mean
        /// conversion is (α + orders)/(α + β + impressions), so E[potential demand] = V·that, and
        /// Var = V·m + V²·Var(p) (Poisson given p, p ~ Beta). Checked on the engine's per-trial
        /// potential demand within 5 standard errors, for a weak and a strong test listing.
        @Test(arguments: [(visitors: 200_000.0, impressions: 500.0, orders: 12.0, alpha: 1.0, beta: 1.0),
                          (visitors: 1_500_000.0, impressions: 20_000.0, orders: 1_100.0, alpha: 2.0, beta: 30.0),
                          (visitors: 3_000.0, impressions: 0.0, orders: 0.0, alpha: 0.5, beta: 4.5)])
        func signalsMeanConversionIsThePosteriorMean(case c: (visitors: Double, impressions: Double, orders: Double,
                                                              alpha: Double, beta: Double)) {
            let signals = Signals(visitors: .fixed(c.visitors), impressions: c.impressions, orders: c.orders,
                                  priorAlpha: c.alpha, priorBeta: c.beta)
            let plan = SimulationPlan(scenario: Self.onTime(demand: .signals(signals), stock: 1, trials: 10_000))
            var moments = Moments()
            TrialWalk.trials(of: plan, count: 10_000) { _, record in moments.add(record.draws[0].potentialDemand) }
            let (a, b) = signals.posterior
            let p = a / (a + b), varP = a * b / ((a + b) * (a + b) * (a + b + 1))
            let mean = c.visitors * p
            let sd = (mean + c.visitors * c.visitors * varP).squareRoot()
            let se = sd / Double(moments.count).squareRoot()
            #expect(abs(moments.mean - mean) <= 5 * se, "E[demand] \(moments.mean) vs V·(α+o)/(α+β+n) = \(mean) (SE \(se))")
            // sample sd within 5 % (n = 10 000: the sd's own relative SE is well under 2 % here)
            #expect(abs(moments.standardDeviation / sd - 1) < 0.05, "sd \(moments.standardDeviation) vs \(sd)")
        }

        /// Uniform demand on [a, b] with a > 0 (extends NewsvendorTests' U[0, b]): E[min(D, Q)] is Q
        /// below a, Q − (Q − a)²/(2(b − a)) inside, (a + b)/2 above b. Checked on mean sell-through.
        @Test func uniformDemandWithAPositiveMinimumMatchesClosedForm() throws {
            let a = 40_000.0, b = 120_000.0
            let levels = [20_000.0, 60_000, 100_000, 150_000]
            let result = try MoldRiskRun.run(Self.onTime(demand: .units(.uniform(min: a, max: b)), stock: 100_000,
                                                     stockLevels: levels, trials: 100_000), threads: 2)
            for point in result.cycles[0].stockCurve {
                let q = point.stock
                let sold = q <= a ? q : q >= b ? (a + b) / 2 : q - (q - a) * (q - a) / (2 * (b - a))
                let se = 0.5 / Double(result.trials).squareRoot()
                #expect(abs(point.meanSellThrough - sold / q) <= 5 * se, "Q \(q): \(point.meanSellThrough) vs \(sold / q)")
            }
        }

        /// All-fixed inputs are exact: on generated scenarios whose every spec is `fixed` (units
        /// demand), the run's figures equal a reference computation written from DESIGN §1 alone:
        /// mean profit to 1e-9 relative, zero spread, P(loss) 0 or 1, every percentile the value.
        @Test func allFixedInputsGiveExactFigures() async {
            await propertyCheck(count: 80, input: ScenarioGen.allFixed) { generated in
                let s = generated.scenario
                let result = try MoldRiskRun.run(s, threads: 1)
                for (k, cycle) in s.cycles.enumerated() {
                    let expected = Self.referenceProfit(s, cycle: cycle, stock: s.product.stock)
                    let c = result.cycles[k]
                    let magnitude = (s.product.unitPrice + abs(s.product.salvageValue) + s.product.unitCost) * s.product.stock
                        + s.mold.cost.mean + cycle.reworkCost.mean + cycle.fixedCost
                    #expect(Tolerance.equal(c.profit.mean, expected, magnitude: magnitude), "\(cycle.name): mean \(c.profit.mean) vs \(expected)")
                    #expect(c.profit.percentiles.allSatisfy { Tolerance.equal($0.value, expected, magnitude: magnitude) },
                            "\(cycle.name): percentiles \(c.profit.percentiles.map(\.value)) vs \(expected)")
                    #expect(c.profit.sd <= Tolerance.rounding * magnitude, "\(cycle.name): sd \(c.profit.sd)")
                    #expect(c.probabilityOfLoss == (c.profit.mean < 0 ? 1 : 0) || abs(expected) <= Tolerance.rounding * magnitude,
                            "\(cycle.name): P(loss) \(c.probabilityOfLoss) for profit \(expected)")
                }
            }
        }

        /// DESIGN §1 for fixed inputs, written independently of `TrialModel`.
        static func referenceProfit(_ s: Scenario, cycle: Cycle, stock: Double) -> Double {
            let rework = cycle.reworkProbability == 1
            let ready = max(0, cycle.researchDays.mean) + max(0, cycle.moldDays.mean)
                + (rework ? max(0, cycle.reworkDays.mean) : 0) + (s.mold.capacityPerDay.map { stock / $0 } ?? 0)
            let late = max(0, ready - cycle.commitDaysBeforeWindow)
            let availability = late == 0 ? 1 : (1 - s.window.peakShare) * max(0, 1 - late / s.window.seasonDays)
            guard case let .units(units) = cycle.demand.source else { fatalError("units form only") }
            let demand = max(0, units.mean) * availability
            let sold = min(demand, stock)
            return s.product.unitPrice * sold + s.product.salvageValue * (stock - sold) - s.product.unitCost * stock
                - max(0, s.mold.cost.mean) - (rework ? max(0, cycle.reworkCost.mean) : 0) - cycle.fixedCost
        }
    }
}

extension ScenarioGen {
    /// Generated scenarios with every spec replaced by `fixed` at its mean, units demand, no
    /// drift, and rework probability 0 or 1 (so that nothing is random).
    static var allFixed: Generator<GeneratedScenario, some SendableSequenceType> {
        ScenarioRecipe.generator.map { recipe in
            var s = recipe.scenario
            s.mold.cost = .fixed(s.mold.cost.mean)
            s.mold.days = .fixed(s.mold.days.mean)
            s = s.mappingCycles { c in
                c.researchDays = .fixed(c.researchDays.mean)
                c.moldDays = .fixed(c.moldDays.mean)
                c.reworkProbability = c.reworkProbability < 0.5 ? 0 : 1
                c.reworkDays = .fixed(c.reworkDays.mean)
                c.reworkCost = .fixed(c.reworkCost.mean)
                let units: Double = switch c.demand.source {
                case let .units(d): d.mean
                case let .signals(sig): sig.visitors.mean * sig.posterior.alpha / (sig.posterior.alpha + sig.posterior.beta)
                }
                c.demand = Demand(source: .units(.fixed(units)))
            }
            return GeneratedScenario(s)
        }
    }
}
