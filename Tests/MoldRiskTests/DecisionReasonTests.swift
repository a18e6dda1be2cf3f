import CGSL
import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskIO
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The reason in the reader's units (DESIGN §8.4): the demand in the window against the stock,
/// the one-sentence why, the cycle named by expected value whatever the file's order, and the
/// stock range key.
@Suite struct DecisionReasonTests {
    /// Normal demand N(80 000, 15 000), never late, no drift: demand in the window is the draw
    /// itself, so its mean is μ and its P10 / P90 are μ ∓ 1.2816 σ. With a fixed 10-day lateness
    /// (ready on day 20, window on day 10, peak share 0.4, 30-day season) every trial meets
    /// 0.6 · (1 − 10/30) = 0.4 of it.
    @Test(arguments: [false, true]) func demandFiguresMatchTheClosedForm(late: Bool) throws {
        var scenario = ScenarioSamples.newsvendor(stockLevels: [80_000], trials: 100_000)
        if late {
            scenario.cycles[0].moldDays = .fixed(20)
            scenario.window = SalesWindow(seasonDays: 30, peakShare: 0.4)
        }
        let share = late ? 0.4 : 1.0
        let (mu, sigma) = (80_000.0 * share, 15_000.0 * share)
        let result = try MoldRiskRun.run(scenario, threads: 2)
        let demand = try! #require(result.cycles[0].demand)
        let n = Double(result.trials)
        #expect(abs(demand.mean - mu) <= 5 * sigma / n.squareRoot(), "mean \(demand.mean) vs \(mu)")
        #expect(abs(demand.se - sigma / n.squareRoot()) <= 0.02 * sigma / n.squareRoot())
        let z = gsl_cdf_ugaussian_Pinv(0.9)
        // A sample quantile's SE, √(q(1 − q)/n)/f, plus the sketch's relative error.
        let quantileSE = (0.09 / n).squareRoot() / gsl_ran_gaussian_pdf(z * sigma, sigma)
        for (figure, exact) in [(demand.p10, mu - z * sigma), (demand.p90, mu + z * sigma)] {
            #expect(abs(figure - exact) <= 5 * quantileSE + ValueSketch.relativeError * exact, "\(figure) vs \(exact)")
        }
        #expect(result.cycles[0].leadTime.probabilityLate == (late ? 1 : 0))
    }

    /// The issue's case: both cycles lose in every trial (demand far below the stock), the one
    /// written second loses less. The verdict names it, in either order of the tables, and says so.
    static func bothLose(secondFirst: Bool) -> String {
        let a = """
        [cycles.traditional]
        commit_days_before_window = 100
        demand = { units = { dist = "normal", mean = 7_300, sd = 500 } }
        """
        let b = """
        [cycles.data_driven]
        commit_days_before_window = 100
        fixed_cost = 2_000
        demand = { units = { dist = "normal", mean = 9_300, sd = 500 } }
        """
        return ScenarioFixtures.minimal(
            product: "[product]\nunit_price = 19.9\nunit_cost = 6\nstock = 60_000",
            mold: "[mold]\ncost = { dist = \"uniform\", min = 260_000, max = 700_000 }\ndays = 25",
            cycles: secondFirst ? b + "\n\n" + a : a + "\n\n" + b,
            extra: "[scenario]\ntrials = 20_000\nseed = 5")
    }

    @Test func theCycleIsChosenByExpectedValueWhateverTheFileOrder() throws {
        var verdicts: [Verdict] = []
        for secondFirst in [false, true] {
            let scenario = try parseScenario(Self.bothLose(secondFirst: secondFirst))
            let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, searchStock: true))
            verdicts.append(result.verdict)
            let choice = try #require(result.verdict.choice)
            #expect(result.verdict.decision == .noGo)
            #expect(result.verdict.cycle == "data_driven")
            #expect(choice.bothAlwaysLose && !choice.withinNoise)
            // data_driven sells 2,000 more units at ¥19.9 and pays ¥2,000 more: ¥37,800 less lost.
            #expect(abs(choice.difference - 37_800) <= 5 * 19.9 * 500 * (2 / 20_000.0).squareRoot() + 1)
            let text = EnglishStrings().cycleChoice(choice, lifeSeasons: nil)
            #expect(text.hasPrefix("Both data_driven and traditional lose money in every trial; data_driven loses "))
            #expect(ChineseStrings().cycleChoice(choice, lifeSeasons: nil).contains("在每次模拟中都亏损"))
        }
        #expect(verdicts[0].cycle == verdicts[1].cycle && verdicts[0].decision == verdicts[1].decision)
    }

    /// The reason's sentence: demand against the stock made, and a negative mold cost at zero
    /// profit worded as what it means.
    @Test func theWhySentenceSaysWhatANegativeBreakEvenMeans() throws {
        let scenario = try parseScenario(Self.bothLose(secondFirst: false))
        let result = try MoldRiskRun.run(scenario, threads: 2)
        let why = try #require(ReportWording.why(result))
        guard case let .freeMoldLoses(loss) = why.verdict else {
            Issue.record("expected a free mold to lose, got \(why.verdict)")
            return
        }
        let cycle = try #require(result.cycles.first { $0.name == result.verdict.cycle })
        #expect(abs(loss + cycle.breakEven.moldCost) < 1e-6)
        let english = EnglishStrings().why(why)
        #expect(english.hasPrefix("Demand is expected around 9,300 units against 60,000 made: even a free mold would lose "))
        #expect(ChineseStrings().why(why).contains("即使模具免费，也会亏损"))
        // Every report's first lines: the headline and the verdict section carry the sentence and the demand.
        let headline = HeadlineRenderer.render(result)
        #expect(headline.contains("Demand is expected around 9,300 units"))
        #expect(headline.contains("Demand: ") && headline.contains(" units expected in the window (P10–P90 "))
        // Page 1 keeps the demand and the sentence; page 2's table says how the verdict was reached.
        #expect(ReportContent.decisionRows(result, words: EnglishStrings()).map(\.0) == ["Demand", "Why"])
        #expect(ReportContent.decisionDetailRows(result, words: EnglishStrings()).map(\.0)
                == ["Stock search", "Runner-up", "Reason"])
    }

    /// JSON per cycle: `stock_decision` and `demand`; `verdict.stock` and the runner-up come from them.
    @Test func jsonCarriesTheStockDecisionAndTheDemand() throws {
        let scenario = try parseScenario(Self.bothLose(secondFirst: true))
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, searchStock: true))
        let data = Data(ReportRenderer.render(result, as: .json).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cycles = try #require(json["cycles"] as? [String: Any])
        for (name, value) in cycles {
            let cycle = try #require(value as? [String: Any])
            let decision = try #require(cycle["stock_decision"] as? [String: Any])
            let best = try #require(decision["best"] as? [String: Any])
            #expect(Set(best.keys) == ["stock", "expected_value", "se"])
            #expect(decision["within_tolerance"] is NSNull && decision["recommended"] is NSNull)
            #expect(decision["best_at_range_bound"] as? Bool == false)
            // Never late, normal demand: the best stock is the newsvendor's μ + σ·Φ⁻¹((19.9 − 6)/19.9).
            let mu = name == "data_driven" ? 9_300.0 : 7_300
            let qStar = mu + 500 * gsl_cdf_ugaussian_Pinv(13.9 / 19.9)
            #expect(abs((best["stock"] as? Double ?? 0) - qStar) <= 300 + 80, "\(name): best \(best) vs \(qStar)")
            #expect(decision["searched"] as? [Int] == [3_000, 180_000] && decision["judged_on"] as? String == "profit")
            let demand = try #require(cycle["demand"] as? [String: Double])
            #expect(Set(demand.keys) == ["mean", "se", "p10", "p90"])
            #expect(demand["p10"]! < demand["mean"]! && demand["mean"]! < demand["p90"]!)
        }
        let verdict = try #require(json["verdict"] as? [String: Any])
        let choice = try #require(verdict["cycle_choice"] as? [String: Any])
        #expect(choice["other"] as? String == "traditional" && choice["both_always_lose"] as? Bool == true)
    }

    @Test func roughFiguresKeepTwoOrThreeSignificantDigits() {
        #expect(ReportWording.roughly(7_284) == 7_300)
        #expect(ReportWording.roughly(96) == 96)
        #expect(ReportWording.roughMoney(131_172) == 131_000)
        #expect(ReportWording.roughMoney(-131_772) == -132_000)
    }

    @Test func stockRangeIsValidated() throws {
        for (value, fault) in [("[100, 50]", "min below max"), ("[100]", "two stock levels"),
                               ("[0, 100]", "must be ≥ 1"), ("5", "expected an array [min, max]"),
                               ("[100, \"x\"]", "expected a number")] {
            let text = ScenarioFixtures.minimal(extra: "[analysis]\nstock_range = \(value)")
            let problems = scenarioProblems(text)
            #expect(problems.contains { $0.keyPath.hasPrefix("analysis.stock_range") && $0.message.contains(fault) },
                    "\(value): \(problems.map { "\($0.keyPath): \($0.message)" })")
        }
        let set = try parseScenario(ScenarioFixtures.minimal(extra: "[analysis]\nstock_range = [100, 5_000]"))
        #expect(set.stockRange == 100...5_000)
        let defaulted = try parseScenario(ScenarioFixtures.minimal())
        #expect(defaulted.stockRange == 50...3_000)   // 5 % and 300 % of the stock of 1,000
    }

    /// `restock` defaults to "last_sold" (DESIGN §8.4), and the report states the rule in force.
    @Test func restockDefaultsToLastSold() throws {
        let scenario = try parseScenario(ScenarioFixtures.minimal(extra: "[life]\nseasons = 3"))
        #expect(scenario.life?.restock == .lastSold)
        #expect(EnglishStrings().lifeBasis(scenario.life!).contains("restock what sold the season before"))
    }
}
