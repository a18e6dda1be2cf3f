/// Turns what the engine accumulated into the figures of DESIGN §3: profit statistics, P(loss)
/// with its Wilson interval, VaR95/CVaR95, sell-through, lead time, break-even, the risk curves,
/// the stock curve, the paired cycle comparison and the verdict with what would make it GO (the
/// lead needed is added by `LeadSearch`, which re-runs the engine).
public enum RunAnalysis {
    /// The analysis of a finished run.
    public static func analyse(_ plan: SimulationPlan, _ output: SimulationOutput) -> RunResult {
        let scenario = plan.scenario
        let totals = output.totals
        let trials = totals.trials
        let tolerance = scenario.maxLossProbability
        var intervals: [[ClosedInterval]] = []
        let cycles = plan.cycles.indices.map { k -> CycleResult in
            let (result, cycleIntervals) = cycleResult(k, plan: plan, output: output)
            intervals.append(cycleIntervals)
            return result
        }
        let comparisons = totals.pairs.indices.map { p -> CycleComparison in
            let pair = totals.pairs[p]
            let d = totals.difference[p]
            return CycleComparison(from: cycles[pair.from].name, to: cycles[pair.to].name,
                                   expectedProfitDifference: d.mean,
                                   ci: ConfidenceInterval.normal(mean: d.mean, standardError: d.standardError))
        }
        var verdict = VerdictRule.decide(cycles: cycles, intervals: intervals,
                                         plannedStock: scenario.product.stock, tolerance: tolerance)
        verdict.toGo = ToGo.analyse(verdict: verdict, cycles: cycles, totals: totals, sketches: output.sketches,
                                    tolerance: tolerance)
        let method = MethodInfo(generator: RandomStream.generatorName, chunkSize: SimulationPlan.chunkSize,
                                chunks: plan.chunkCount, percentileRelativeError: ValueSketch.relativeError)
        var result = RunResult(scenario: scenario, trials: trials, seed: plan.seed, method: method,
                               cycles: cycles, comparisons: comparisons, verdict: verdict)
        applySampling(to: &result, plan: plan, output: output)
        return result
    }

    /// One cycle's figures, and the Wilson interval of P(loss) at each evaluated stock.
    static func cycleResult(_ k: Int, plan: SimulationPlan, output: SimulationOutput)
        -> (CycleResult, [ClosedInterval]) {
        let scenario = plan.scenario
        let product = scenario.product
        let totals = output.totals
        let trials = totals.trials
        let planned = totals.cell(k, plan.plannedStockIndex)
        let cycle = plan.cycles[k].cycle
        let profitSketch = output.sketches.profit[planned]
        let profitMoments = totals.profit[planned]

        let intervals = plan.stocks.indices.map {
            ConfidenceInterval.wilson(successes: totals.losses[totals.cell(k, $0)], trials: trials)
        }
        let stockCurve = plan.stocks.indices.map { j -> StockPoint in
            let cell = totals.cell(k, j)
            let tails = output.sketches.profit[cell].quantiles([0.05, 0.95])
            return StockPoint(stock: plan.stocks[j], expectedProfit: totals.profit[cell].mean,
                              expectedProfitSE: totals.profit[cell].standardError,
                              probabilityOfLoss: Double(totals.losses[cell]) / Double(trials),
                              p5: tails[0], p95: tails[1], meanSellThrough: totals.sellThrough[cell].mean)
        }
        let tolerance = scenario.maxLossProbability
        let best = stockCurve.max { a, b in a.expectedProfit < b.expectedProfit || (a.expectedProfit == b.expectedProfit && a.stock > b.stock) }!
        let withinTolerance = stockCurve.last { $0.probabilityOfLoss <= tolerance }

        let percentiles = zip(ProfitSummary.levels, profitSketch.quantiles(ProfitSummary.levels))
            .map { LevelValue(level: $0, value: $1) }
        let probabilityOfLoss = Double(totals.losses[planned]) / Double(trials)
        let sellThroughSketch = output.sketches.sellThrough[k]
        let sellThroughQ = sellThroughSketch.quantiles([0.05, 0.50, 0.95])
        let readySketch = output.sketches.ready[k]
        let readyQ = readySketch.quantiles([0.10, 0.50, 0.90])

        let meanMold = totals.moldCost.mean
        let meanRework = totals.reworkCost[k].mean
        let breakEvenUnits = (meanMold + meanRework + cycle.fixedCost
            + (product.unitCost - product.salvageValue) * product.stock) / (product.unitPrice - product.salvageValue)

        let result = CycleResult(
            name: cycle.name,
            profit: ProfitSummary(mean: profitMoments.mean, sd: profitMoments.standardDeviation,
                                  se: profitMoments.standardError, percentiles: percentiles),
            probabilityOfLoss: probabilityOfLoss,
            probabilityOfLossCI: intervals[plan.plannedStockIndex],
            var95: -(percentiles.first { $0.level == 0.05 }!.value),
            cvar95: RiskCurves.cvar95(profitSketch),
            sellThrough: SellThroughSummary(mean: totals.sellThrough[planned].mean, p5: sellThroughQ[0],
                                            p50: sellThroughQ[1], p95: sellThroughQ[2]),
            leadTime: LeadTimeSummary(p10: readyQ[0], p50: readyQ[1], p90: readyQ[2],
                                      probabilityLate: Double(totals.late[k]) / Double(trials),
                                      commitDays: cycle.commitDaysBeforeWindow,
                                      histogram: LeadTimeHistogram.bins(readySketch, deadline: cycle.commitDaysBeforeWindow,
                                                                        lateTrials: totals.late[k])),
            breakEven: BreakEven(units: breakEvenUnits, sellThrough: breakEvenUnits / product.stock,
                                 moldCost: profitMoments.mean + meanMold,
                                 probability: 1 - probabilityOfLoss),
            meanMoldCost: meanMold,
            meanReworkCost: meanRework,
            profitCDF: RiskCurves.profitCDF(profitSketch),
            lossExceedance: RiskCurves.lossExceedance(profitSketch, probabilityOfLoss: probabilityOfLoss),
            profitHistogram: RiskCurves.profitHistogram(profitSketch),
            stockCurve: stockCurve,
            bestStock: best.stock,
            maxStockWithinTolerance: withinTolerance?.stock)
        var withErrors = result
        let n = Double(trials)
        let pLate = result.leadTime.probabilityLate
        let breakEvenUnitsSE = (totals.moldCost.standardError * totals.moldCost.standardError
            + totals.reworkCost[k].standardError * totals.reworkCost[k].standardError).squareRoot()
            / (product.unitPrice - product.salvageValue)
        withErrors.standardErrors = HeadlineStandardErrors(
            expectedProfit: profitMoments.standardError,
            probabilityOfLoss: (probabilityOfLoss * (1 - probabilityOfLoss) / n).squareRoot(),
            probabilityLate: (pLate * (1 - pLate) / n).squareRoot(),
            var95: RiskCurves.var95StandardError(profitSketch),
            cvar95: RiskCurves.cvar95StandardError(profitSketch),
            breakEvenUnits: breakEvenUnitsSE,
            breakEvenSellThrough: breakEvenUnitsSE / product.stock)
        return (withErrors, intervals)
    }
}
