import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The mold's life (DESIGN §8.1): closed forms on deterministic scenarios, both restock rules
/// against hand computations, the mean NPV against an independent computation, common random
/// numbers, and `seasons = 1` changing nothing.
@Suite(TestTimeLimit.minutes(20)) struct LifeModelTests {
    /// `ScenarioSamples.deterministic` (80 000 demanded, 100 000 made, on time) with its mold at
    /// `moldCost` and a 4-season life: demand × 0.9 a season, ¥5,000 maintenance, 10 % discount.
    static func deterministic(moldCost: Double, restock: Life.Restock, trials: Int = 1_000) -> Scenario {
        var scenario = ScenarioSamples.deterministic(stockLevels: [50_000, 100_000])
        scenario.trials = trials
        scenario.mold.cost = .fixed(moldCost)
        scenario.life = Life(seasons: 4, demandChange: .fixed(0.9), restock: restock,
                             maintenancePerSeason: .fixed(5_000), discountPerSeason: 0.1)
        return scenario
    }

    /// Season 1 of the deterministic sample: 9.9·80 000 + 1·20 000 − 2.6·100 000 − mold − 10 000.
    static func firstProfit(mold: Double) -> Double {
        let revenue: Double = 9.9 * 80_000 + 20_000
        return revenue - 260_000 - mold - 10_000
    }

    /// Σ profit_k / 1.1^(k − 1), written out season by season.
    static func npv(_ seasons: [Double]) -> Double {
        let second: Double = seasons[1] / 1.1
        let third: Double = seasons[2] / 1.21
        let fourth: Double = seasons[3] / 1.331
        return seasons[0] + second + third + fourth
    }

    @Test func sameRestockGivesTheClosedFormNPVAndPayback() throws {
        let result = try MoldRiskRun.run(Self.deterministic(moldCost: 1_300_000, restock: .same), threads: 2)
        let life = try #require(result.cycles[0].life)
        // Seasons 2–4 make 100 000 each, demand 72 000, 64 800, 58 320 (× 0.9 a season).
        let s2: Double = 9.9 * 72_000 + 28_000 - 265_000     // 475 800
        let s3: Double = 9.9 * 64_800 + 35_200 - 265_000     // 411 720
        let s4: Double = 9.9 * 58_320 + 41_680 - 265_000     // 354 048
        let seasons: [Double] = [Self.firstProfit(mold: 1_300_000), s2, s3, s4]
        let npv = Self.npv(seasons)
        let p = life.planned
        #expect(abs(p.mean - npv) <= 1e-6 * abs(npv))
        #expect(p.se == 0 && p.probabilityOfLoss == 0)
        for (got, want) in zip(p.expectedProfitBySeason, seasons) { #expect(Swift.abs(got - want) <= 1e-6) }
        // Discounted cumulative: −758 000, −325 455, +14 810 → paid back in season 3.
        #expect(p.paidBackBySeason == [0, 0, 1, 1])
        #expect(p.medianPaybackSeason == 3)
        // One season is a certain loss; the life a certain gain: the verdict judges the life.
        #expect(result.cycles[0].probabilityOfLoss == 1)
        #expect(result.verdict.decision == .go)
        #expect(ReportWording.verdictReason(result).hasPrefix("Over the mold's 4 seasons (NPV, discounted 10.0 % a season): with only"))
    }

    @Test func lastSoldRestockMakesWhatSoldTheSeasonBefore() throws {
        let result = try MoldRiskRun.run(Self.deterministic(moldCost: 1_300_000, restock: .lastSold), threads: 1)
        let p = try #require(result.cycles[0].life).planned
        // Stock 80 000 (sold in season 1), then 72 000, then 64 800: everything made sells.
        let s2: Double = 9.9 * 72_000 + 8_000 - 2.6 * 80_000 - 5_000   // 507 800
        let s3: Double = 9.9 * 64_800 + 7_200 - 2.6 * 72_000 - 5_000   // 456 520
        let s4: Double = 9.9 * 58_320 + 6_480 - 2.6 * 64_800 - 5_000   // 410 368
        let seasons: [Double] = [Self.firstProfit(mold: 1_300_000), s2, s3, s4]
        for (got, want) in zip(p.expectedProfitBySeason, seasons) { #expect(Swift.abs(got - want) <= 1e-6) }
        let npv = Self.npv(seasons)
        #expect(abs(p.mean - npv) <= 1e-6 * abs(npv))
        #expect(p.paidBackBySeason == [0, 0, 1, 1])
        // At 50 000 made in season 1 (all sold), "last_sold" keeps making 50 000 while demand stays above it.
        let small = try #require(result.cycles[0].life).points[0]
        #expect(small.stock == 50_000)
        let smallSecond: Double = 9.9 * 50_000 - 2.6 * 50_000 - 5_000
        #expect(Swift.abs(small.expectedProfitBySeason[1] - smallSecond) <= 1e-6)
    }

    /// The pure model: a first season that already pays is payback season 1; the potential never
    /// overflows or turns NaN, whatever the demand changes.
    @Test func pureModelEdges() {
        let product = Product(unitPrice: 10, unitCost: 4, salvageValue: 1, stock: 100)
        let first = Outcome(demand: 120, sold: 100, sellThrough: 1, profit: 50)
        var profits = [Double](repeating: .nan, count: 3)
        let outcome = [90.0, 0].withUnsafeBufferPointer { demands in
            [5.0, 5].withUnsafeBufferPointer { maintenance in
                [1.0, 0.5, 0.25].withUnsafeBufferPointer { factors in
                    profits.withUnsafeMutableBufferPointer { out in
                        TrialModel.life(product: product, stock: 100, first: first, restock: .lastSold, demands: demands,
                                        maintenance: maintenance, discountFactors: factors, seasonProfits: out)
                    }
                }
            }
        }
        // Season 2 makes 100 (sold in season 1), sells 90: 900 + 10 − 400 − 5 = 505. Season 3 makes 90,
        // sells none: 90 − 360 − 5 = −275. NPV = 50 + 505/2 − 275/4.
        #expect(profits == [50, 505, -275])
        #expect(outcome == LifeOutcome(npv: 50 + 252.5 - 68.75, paybackSeason: 1))
        #expect(TrialModel.nextPotential(1e300, change: 1e10) == TrialModel.potentialCap)
        #expect(TrialModel.nextPotential(.greatestFiniteMagnitude, change: 2) == TrialModel.potentialCap)
        #expect(TrialModel.nextPotential(5, change: -1) == 0)
        #expect(TrialModel.nextPotential(0, change: .infinity) == 0)
        #expect(TrialModel.nextPotential(8, change: 0.5) == 4)
    }

    @Test func aMoldThatNeverPaysBackIsReportedAsSuch() throws {
        let result = try MoldRiskRun.run(Self.deterministic(moldCost: 5_000_000, restock: .same), threads: 1)
        let p = try #require(result.cycles[0].life).planned
        #expect(p.paidBackBySeason == [0, 0, 0, 0] && p.medianPaybackSeason == nil)
        #expect(p.probabilityOfLoss == 1)
        #expect(result.verdict.decision == .noGo)
        // The firm mold quote that would pass is the NPV of a free mold (the same seasons as above).
        let s2: Double = 9.9 * 72_000 + 28_000 - 265_000
        let s3: Double = 9.9 * 64_800 + 35_200 - 265_000
        let s4: Double = 9.9 * 58_320 + 41_680 - 265_000
        let freeMold = Self.npv([Self.firstProfit(mold: 0), s2, s3, s4])
        let quote = try #require(result.verdict.toGo?.moldQuote)
        #expect(Swift.abs(quote.value - freeMold) <= 1e-6 * freeMold)
        #expect(quote.limitedByExpectedProfit)
    }

    /// Season 1 fixed (80 000 demanded, 100 000 made); season 2's demand 80 000·g with g ~ U(0.5, 1.5):
    /// E[min(80 000 g, 100 000)] = 80 000·(1.25² − 0.5²)/2 + 100 000·0.25 = 77 500, so
    /// E[profit_2] = 8.9·77 500 − 1.6·100 000 = 529 750 (no maintenance, no discount; the same stock
    /// made again, `restock = "same"`, not the default `last_sold`).
    @Test func meanNPVMatchesAnIndependentComputation() throws {
        var scenario = ScenarioSamples.deterministic(stockLevels: [100_000])
        scenario.trials = 100_000
        scenario.life = Life(seasons: 2, demandChange: .uniform(min: 0.5, max: 1.5), restock: .same)
        let p = try #require(try MoldRiskRun.run(scenario, threads: 2).cycles[0].life).planned
        let want = Self.firstProfit(mold: 300_000) + 529_750
        #expect(p.se > 0)
        #expect(abs(p.mean - want) <= 5 * p.se, "mean NPV \(p.mean), closed form \(want), se \(p.se)")
        #expect(abs(p.expectedProfitBySeason[1] - 529_750) <= 5 * p.se)
    }

    /// Signals form: season 2's demand is Poisson(visitors·p·drift·g); with a stock far above it
    /// everything sells, so E[profit_2] = 8.9·visitors·E[p]·E[g] − 1.6·stock.
    @Test func signalsFormSeasonTwoMeanMatchesTheClosedForm() throws {
        var scenario = ScenarioSamples.deterministic(stockLevels: [1_000_000])
        scenario.trials = 100_000
        scenario.product.stock = 1_000_000
        scenario.mold.capacityPerDay = nil
        scenario.cycles[0].demand = Demand(source: .signals(Signals(visitors: .fixed(1_000_000), impressions: 2_000,
                                                                    orders: 109, priorAlpha: 1, priorBeta: 1)))
        scenario.life = Life(seasons: 2, demandChange: .gamma(shape: 4, scale: 0.2), restock: .same)
        let result = try MoldRiskRun.run(scenario, threads: 2)
        let p = try #require(result.cycles[0].life).planned
        let meanConversion = 110.0 / 2_002.0
        let revenue: Double = 8.9 * 1_000_000 * meanConversion * 0.8
        let want: Double = revenue - 1.6 * 1_000_000
        let se = p.se
        let totals = Simulation.run(SimulationPlan(scenario: scenario), threads: 2).totals
        let season2 = try #require(totals.life).seasonProfit[1]
        #expect(abs(season2.mean - want) <= 5 * season2.standardError, "E[profit_2] \(season2.mean), want \(want)")
        #expect(se > 0)
    }

    /// The life's draws are common random numbers: two cycles whose season 1 is fixed and equal see
    /// the very same later seasons, and a plan restricted to one cycle draws them exactly as the whole plan.
    @Test func lifeDrawsAreTheSameForEveryCycle() throws {
        var scenario = ScenarioSamples.deterministic(stockLevels: [100_000])
        var twin = scenario.cycles[0]
        twin.name = "twin"
        scenario.cycles.append(twin)
        scenario.trials = 25_000
        scenario.life = Life(seasons: 5, demandChange: .lognormal(median: 0.9, sigma: 0.3), restock: .lastSold,
                             maintenancePerSeason: .triangular(min: 1_000, mode: 3_000, max: 9_000), discountPerSeason: 0.05)
        let plan = SimulationPlan(scenario: scenario)
        let life = try #require(Simulation.run(plan, threads: 2).totals.life)
        #expect(life.npv[0].standardError > 0)
        #expect(life.npv[0] == life.npv[1])
        #expect(life.seasonProfit[0..<5] == life.seasonProfit[5..<10])
        #expect(life.paidBackIn[0..<5] == life.paidBackIn[5..<10])
        let alone = try #require(Simulation.run(plan.restricted(toCycle: 1), threads: 1).totals.life)
        #expect(alone.npv[0] == life.npv[1])
    }

    /// Adding `[life]` changes no season-1 draw: every season-1 total is the same with and without it
    /// (the value of information's totals judge the NPV, so they change).
    @Test func lifeLeavesSeasonOneUntouched() throws {
        let plain = ScenarioSamples.rinseCups(trials: 20_000)
        var withLife = plain
        withLife.life = Life(seasons: 4, demandChange: .lognormal(median: 0.85, sigma: 0.2), restock: .lastSold,
                             maintenancePerSeason: .fixed(5_000), discountPerSeason: 0.05)
        let a = Simulation.run(SimulationPlan(scenario: plain), threads: 2)
        var b = Simulation.run(SimulationPlan(scenario: withLife), threads: 1)
        #expect(b.totals.life != nil)
        b.totals.life = nil
        b.sketches.lifeNPV = []
        b.sketches.lifePreMoldNPV = []
        // The value of information judges the NPV with [life] (`ChoiceValue`), not season 1's profit.
        #expect(a.totals.perfectInformation != b.totals.perfectInformation)
        b.totals.perfectInformation = a.totals.perfectInformation
        b.totals.perfectInformationRegret = a.totals.perfectInformationRegret
        #expect(a.totals == b.totals)
        #expect(a.sketches == b.sketches)
    }

    /// `seasons = 1` reproduces the one-season result exactly: only the life figures are added.
    @Test func oneSeasonReproducesTheOneSeasonResult() throws {
        let plain = ScenarioSamples.rinseCups(trials: 10_000)
        var one = plain
        one.life = Life(seasons: 1, demandChange: .lognormal(median: 0.85, sigma: 0.2), restock: .lastSold,
                        maintenancePerSeason: .fixed(5_000), discountPerSeason: 0.05)
        let options = MoldRiskRun.Options(threads: 2, sensitivity: true, searchLead: true)
        let a = try MoldRiskRun.run(plain, options: options)
        var b = try MoldRiskRun.run(one, options: options)
        let life = try #require(b.cycles[0].life)
        #expect(life.planned.mean == b.cycles[0].profit.mean)
        #expect(life.planned.probabilityOfLoss == b.cycles[0].probabilityOfLoss)
        b.scenario.life = nil
        for k in b.cycles.indices { b.cycles[k].life = nil }
        #expect(a == b)
    }

    /// `--precision` measures what the verdict judges: with `[life]`, P(NPV < 0).
    @Test func precisionMeasuresTheNPVsLossProbability() throws {
        var scenario = ScenarioSamples.rinseCups(trials: 10_000)
        scenario.life = Life(seasons: 3, demandChange: .lognormal(median: 0.8, sigma: 0.3))
        let plan = SimulationPlan(scenario: scenario)
        let totals = Simulation.run(plan, threads: 2).totals
        let life = try #require(totals.life)
        let j = plan.plannedStockIndex
        let widest = (0..<2).map { k -> Double in
            let ci = ConfidenceInterval.wilson(successes: life.losses[totals.cell(k, j)], trials: totals.trials)
            return (ci.upper - ci.lower) / 2
        }.max()
        #expect(life.losses[totals.cell(0, j)] != totals.losses[totals.cell(0, j)])
        #expect(Precision.halfWidth(of: totals, plannedStockIndex: j) == widest)
    }

    /// Byte-identical whatever the thread count, and across shards (partial files round-trip the life).
    @Test func lifeIsTheSameForAnyThreadCountAndAcrossShards() throws {
        var scenario = ScenarioSamples.rinseCups(trials: 35_000)
        scenario.life = Life(seasons: 3, demandChange: .normal(mean: 0.9, sd: 0.3), restock: .lastSold,
                             maintenancePerSeason: .fixed(2_000), discountPerSeason: 0.08)
        let plan = SimulationPlan(scenario: scenario)
        let one = Simulation.run(plan, threads: 1)
        let two = Simulation.run(plan, threads: 2)
        #expect(one.totals == two.totals && one.sketches == two.sketches)
        let source = ScenarioSource(text: "# built in code\n", file: "life.toml")
        let partials = try (0..<2).map { i in
            let p = try PartialResult.run(plan, source: source, shard: Shard(index: i, count: 2), threads: 1 + i)
            return NamedPartial(name: "\(i).partial", partial: try PartialResult.decode(Data(p.encodedText().utf8), name: "\(i)"))
        }
        let merged = try ShardMerge.output(plan, ShardMerge.ordered(partials))
        #expect(merged.totals == one.totals && merged.sketches == one.sketches)
        // Partial format 4 holds both the life and the value of information: neither may be missing.
        #expect(PartialResult.formatVersion == 4)
        let text = try PartialResult.run(plan, source: source, shard: Shard(index: 0, count: 2), threads: 1).encodedText()
        #expect(text.contains("\"life\":") && text.contains("\"perfectInformation\":"))
        let noEVPI = text.replacingOccurrences(of: "\"perfectInformation\":", with: "\"perfectInformatio\":")
        #expect(throws: (any Error).self) { try PartialResult.decode(Data(noEVPI.utf8), name: "0.partial") }
        // Life totals removed: the life sketches left behind no longer fit, so the partial is refused.
        let noLife = text.replacingOccurrences(of: "\"life\":", with: "\"lif\":")
        #expect(throws: (any Error).self) { try PartialResult.decode(Data(noLife.utf8), name: "0.partial") }
        // A partial of a run without [life] does not merge into a plan with it.
        let plainPlan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 35_000))
        let plainParts = try (0..<2).map { i in
            NamedPartial(name: "\(i).partial",
                         partial: try PartialResult.run(plainPlan, source: source, shard: Shard(index: i, count: 2), threads: 1))
        }
        #expect(throws: ShardError.self) { try ShardMerge.output(plan, ShardMerge.ordered(plainParts)) }
    }
}
