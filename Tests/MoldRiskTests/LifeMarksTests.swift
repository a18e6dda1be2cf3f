import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskIO
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// With `[life]` the life table carries the decision's marks (DESIGN §8.4), judged on the NPV,
/// the verdict follows the NPV, and the payback sentence is true.
@Suite struct LifeMarksTests {
    static func scenario(restock: Life.Restock = .lastSold) -> Scenario {
        var scenario = ScenarioSamples.rinseCups(trials: 20_000)
        scenario.stockLevels = [20_000, 40_000, 60_000, 80_000, 100_000, 120_000, 150_000, 200_000]
        scenario.maxLossProbability = 0.3
        scenario.life = Life(seasons: 3, demandChange: .lognormal(median: 0.85, sigma: 0.2), restock: restock,
                             maintenancePerSeason: .fixed(5_000), discountPerSeason: 0.05)
        return scenario
    }

    /// The marks computed straight from the table's rows: the best mean, the best mean among rows
    /// with P(NPV < 0) ≤ tolerance and a positive mean, and the run of such rows around it.
    @Test func lifeMarksEqualADirectComputationFromTheTable() throws {
        let scenario = Self.scenario()
        let result = try MoldRiskRun.run(scenario, threads: 2)
        for cycle in result.cycles {
            let life = try #require(cycle.life)
            let rows = life.points
            let tolerance = scenario.maxLossProbability
            func ok(_ i: Int) -> Bool { rows[i].probabilityOfLoss <= tolerance && rows[i].mean > 0 }
            let best = rows.indices.max { rows[$0].mean < rows[$1].mean || (rows[$0].mean == rows[$1].mean && $0 > $1) }!
            #expect(life.marks.best.stock == rows[best].stock)
            #expect(life.marks.best.expectedValue == rows[best].mean && life.marks.best.se == rows[best].se)
            let passing = rows.indices.filter(ok)
            guard let recommended = passing.max(by: { rows[$0].mean < rows[$1].mean }) else {
                #expect(life.marks.recommended == nil && life.marks.withinTolerance == nil)
                continue
            }
            #expect(life.marks.recommended?.stock == rows[recommended].stock)
            var lo = recommended, hi = recommended
            while lo > 0 && ok(lo - 1) { lo -= 1 }
            while hi < rows.count - 1 && ok(hi + 1) { hi += 1 }
            #expect(life.marks.withinTolerance == ClosedInterval(lower: rows[lo].stock, upper: rows[hi].stock))
        }
    }

    /// Without the search the verdict follows the life table's marks: its stock is the verdict
    /// cycle's recommended row; with the search it is that cycle's searched recommended stock, on the NPV.
    @Test func theVerdictFollowsTheNPV() throws {
        let scenario = Self.scenario()
        let tabulated = try MoldRiskRun.run(scenario, threads: 2)
        if tabulated.verdict.decision != .noGo {
            let cycle = try #require(tabulated.cycles.first { $0.name == tabulated.verdict.cycle })
            #expect(tabulated.verdict.stock == cycle.life?.marks.recommended?.stock)
        }
        let searched = try MoldRiskRun.run(scenario, options: .init(threads: 2, searchStock: true))
        let cycle = try #require(searched.cycles.first { $0.name == searched.verdict.cycle })
        let decision = try #require(cycle.stockDecision)
        if searched.verdict.decision != .noGo {
            #expect(searched.verdict.stock == decision.recommended?.stock)
        }
        // The decision judges the NPV: the searched best is at least the table's best NPV, less noise.
        let tableBest = try #require(cycle.life?.marks.best)
        #expect(decision.best.expectedValue >= tableBest.expectedValue - 5 * (tableBest.se + decision.best.se))
    }

    /// "Fewer than half pay back" is said only as it is: none, or the share that does.
    @Test func paybackSentenceSaysTheShare() throws {
        var point = LifeStockPoint(stock: 1, mean: -1, se: 0, p5: -1, p50: -1, p95: -1, probabilityOfLoss: 1,
                                   probabilityOfLossCI: ClosedInterval(lower: 1, upper: 1),
                                   paidBackBySeason: [0, 0, 0], expectedProfitBySeason: [-1, 0, 0])
        func summary(_ p: LifeStockPoint, _ words: any ReportStrings) -> String {
            let life = LifeResult(seasons: 3, points: [p], plannedIndex: 0,
                                  probabilityOfLossCI: ClosedInterval(lower: 1, upper: 1), tolerance: 0.2, trials: 10)
            return words.lifeSummary(life)
        }
        #expect(summary(point, EnglishStrings()).hasSuffix("; no trial pays back within the 3 seasons"))
        #expect(summary(point, ChineseStrings()).hasSuffix("；在 3 季内没有一次模拟回本"))
        point.paidBackBySeason = [0, 0.1, 0.3]
        #expect(summary(point, EnglishStrings()).hasSuffix("; only 30.0 % of trials pay back within the 3 seasons"))
        point.paidBackBySeason = [0, 0.6, 0.7]
        #expect(summary(point, EnglishStrings()).hasSuffix("; half the trials have paid back by season 2"))
    }
}
