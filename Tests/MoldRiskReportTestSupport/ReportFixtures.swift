import Foundation
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport

/// Hand-made, realistic `RunResult`s for the renderer tests: two cycles (`traditional` and a
/// Chinese-named data-driven cycle), a long Chinese scenario name, stock curves, risk curves and
/// histograms. Numbers are plausible for the rinse-cup story but made up.
package enum ReportFixtures {
    package static let longChineseName =
        "家用漱口杯（加厚款）双十一大促备货决策：义乌工厂十三台注塑机满负荷生产十万只漱口杯的模具投资风险评估 rinse cup, Double 11"
    package static let chineseCycle = "数据驱动"

    package static func scenario(name: String = longChineseName, cycleNames: [String] = ["traditional", chineseCycle],
                         stockLevels: [Double] = [40_000, 60_000, 80_000, 100_000, 120_000, 150_000]) -> Scenario {
        let mold = Mold(cost: .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4),
                        days: .uniform(min: 20, max: 30), capacityPerDay: 20_000)
        let cycles = cycleNames.enumerated().map { index, name -> Cycle in
            if index % 2 == 0 {
                return Cycle(name: name, commitDaysBeforeWindow: 100,
                             researchDays: .triangular(min: 30, mode: 45, max: 75), moldDays: mold.days,
                             reworkProbability: 0.35, reworkDays: .triangular(min: 5, mode: 10, max: 25),
                             reworkCost: .triangular(min: 20_000, mode: 50_000, max: 150_000),
                             demand: Demand(source: .units(.lognormal(median: 80_000, sigma: 0.6)), driftPer30Days: 0.15))
            }
            return Cycle(name: name, commitDaysBeforeWindow: 60, fixedCost: 20_000,
                         researchDays: .triangular(min: 4, mode: 7, max: 14), moldDays: mold.days,
                         reworkProbability: 0.10, reworkDays: .triangular(min: 3, mode: 5, max: 10),
                         reworkCost: .empirical(values: [10_000, 30_000, 80_000], weights: [1, 2, 1]),
                         demand: Demand(source: .signals(Signals(
                            visitors: .lognormal(median: 1_500_000, sigma: 0.25), impressions: 20_000, orders: 1_100)),
                            driftPer30Days: 0.15))
        }
        return Scenario(name: name, trials: 200_000, seed: 20_201_111,
                        product: Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1.0, stock: 100_000),
                        mold: mold, window: SalesWindow(seasonDays: 30, peakShare: 0.4), cycles: cycles,
                        stockLevels: stockLevels, maxLossProbability: 0.20)
    }

    /// A logistic S-curve through `center` with spread `scale`, sampled at `count` points.
    package static func cdf(center: Double, scale: Double, from lo: Double, to hi: Double, count: Int = 41) -> [CurvePoint] {
        (0..<count).map { i in
            let x = lo + (hi - lo) * Double(i) / Double(count - 1)
            return CurvePoint(x: x, probability: 1 / (1 + exp(-(x - center) / scale)))
        }
    }

    package static func histogram(from cdf: [CurvePoint]) -> [HistogramBin] {
        zip(cdf, cdf.dropFirst()).map { a, b in HistogramBin(lower: a.x, upper: b.x, share: b.probability - a.probability) }
    }

    package static func cycleResult(name: String, offset: Double, commitDays: Double, lateShare: Double,
                            stockLevels: [Double]) -> CycleResult {
        let center = 180_000 + offset
        let scale = 110_000.0
        let cdf = cdf(center: center, scale: scale, from: -600_000, to: 900_000)
        let loss = cdf.filter { $0.x <= 0 }.reversed().map { CurvePoint(x: -$0.x, probability: $0.probability) }
        let levels = ProfitSummary.levels
        let percentiles = levels.map { LevelValue(level: $0, value: center + scale * log($0 / (1 - $0))) }
        let curve = stockLevels.map { stock -> StockPoint in
            let relative = stock / 100_000
            return StockPoint(stock: stock, expectedValue: center * (1.4 * relative - 0.45 * relative * relative) - 0.0,
                              expectedValueSE: 230 * relative, probabilityOfLoss: 0.04 + 0.12 * relative * relative + offset / -2e6,
                              probabilityOfLossCI: ClosedInterval(lower: 0.0384 + 0.12 * relative * relative + offset / -2e6,
                                                                  upper: 0.0416 + 0.12 * relative * relative + offset / -2e6),
                              p5: center - 320_000 * relative, p95: center + 300_000 * relative,
                              meanSellThrough: min(0.99, 0.95 - 0.2 * relative))
        }
        let within = curve.filter { $0.probabilityOfLoss <= 0.20 }.last?.stock
        let best = curve.max { $0.expectedValue < $1.expectedValue }?.stock ?? 100_000
        let ready = (0..<12).map { i in
            HistogramBin(lower: commitDays - 40 + Double(i) * 5, upper: commitDays - 35 + Double(i) * 5,
                         share: i < 8 ? (1 - lateShare) / 8 : lateShare / 4)
        }
        return CycleResult(
            name: name,
            profit: ProfitSummary(mean: center, sd: scale * 1.8, se: scale * 1.8 / sqrt(200_000), percentiles: percentiles),
            probabilityOfLoss: 1 / (1 + exp(center / scale)),
            probabilityOfLossCI: ClosedInterval(lower: 1 / (1 + exp(center / scale)) - 0.0016,
                                                upper: 1 / (1 + exp(center / scale)) + 0.0016),
            var95: -(center + scale * log(0.05 / 0.95)), cvar95: -(center - 4.2 * scale),
            sellThrough: SellThroughSummary(mean: 0.78, p5: 0.41, p50: 0.83, p95: 1.0),
            leadTime: LeadTimeSummary(p10: commitDays - 30, p50: commitDays - 12.25, p90: commitDays + 4.5,
                                      probabilityLate: lateShare, commitDays: commitDays, histogram: ready),
            breakEven: BreakEven(units: 61_234.5, sellThrough: 0.612345, moldCost: 550_123.4, probability: 0.83),
            meanMoldCost: 308_333.3, meanReworkCost: 25_432.1,
            profitCDF: cdf, lossExceedance: Array(loss), profitHistogram: histogram(from: cdf),
            stockCurve: curve, bestStock: best, maxStockWithinTolerance: within,
            sensitivity: nil, standardErrors: HeadlineStandardErrors())
    }

    package static func result(name: String = longChineseName, cycleNames: [String] = ["traditional", chineseCycle],
                       marginal: Bool = false, withinTolerance: Bool = true) -> RunResult {
        let scenario = scenario(name: name, cycleNames: cycleNames)
        let stocks = scenario.evaluatedStocks
        var cycles = cycleNames.enumerated().map { index, cycleName in
            cycleResult(name: cycleName, offset: Double(index % 2) * 60_000, commitDays: index % 2 == 0 ? 100 : 60,
                        lateShare: index % 2 == 0 ? 0.183 : 0.032, stockLevels: stocks)
        }
        if !withinTolerance { cycles[0].maxStockWithinTolerance = nil }
        var comparisons: [CycleComparison] = []
        for i in cycleNames.indices {
            for j in cycleNames.indices where j > i {
                comparisons.append(CycleComparison(from: cycleNames[i], to: cycleNames[j],
                                                   expectedProfitDifference: 61_234.56,
                                                   ci: ClosedInterval(lower: 58_900.1, upper: 63_569.0)))
            }
        }
        let chosen = cycleNames.count > 1 ? cycleNames[1] : cycleNames[0]
        return RunResult(
            scenario: scenario, trials: 200_000, seed: 20_201_111,
            method: MethodInfo(generator: "xoshiro256++ via gsl_rng", chunkSize: 4_096, chunks: 49,
                               percentileRelativeError: 0.005),
            cycles: cycles, comparisons: comparisons,
            verdict: Verdict(cycle: chosen, decision: .goAtSmallerStock, stock: 80_000,
                             reason: .passesAtSmallerStock(
                                chosen: VerdictPoint(cycle: chosen, stock: 80_000, probabilityOfLoss: 0.137,
                                                     expectedValue: 412_345.6),
                                lowestAtPlanned: VerdictPoint(cycle: cycleNames[0], stock: 100_000,
                                                              probabilityOfLoss: 0.216, expectedValue: 398_765.4),
                                plannedStock: 100_000, tolerance: 0.2),
                             isMarginal: marginal))
    }
}
