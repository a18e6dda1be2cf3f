import MoldRiskCore

/// Turns what the engine accumulated into the figures of DESIGN §3: profit statistics, P(loss)
/// with its Wilson interval, VaR95/CVaR95, sell-through, lead time, break-even, the risk curves,
/// the stock curve, the paired cycle comparison and the verdict with what would make it GO, from
/// the engine's output and what `MoldRiskRun.result` computed before it (`Extras`: the tornado,
/// the precision reached, the run's fault, the lead search).
package enum RunAnalysis {
    /// What the analysis takes beyond the engine's totals, each computed before it (so every
    /// value of the result is built once, from complete inputs).
    package struct Extras {
        /// Every cycle's tornado, in cycle order; nil when it was not computed.
        package var tornadoes: [CycleTornado]? = nil
        /// Every uncertain input as drawn on the tornado's trials (`Sensitivity.analyse`); empty
        /// when the tornado was not computed.
        package var inputDistributions: [InputDistribution] = []
        /// How `--precision` stopped the run; nil for a fixed number of trials.
        package var convergence: Convergence? = nil
        /// The lead search for a verdict that is not GO (`LeadSearch.lead`); nil: not searched.
        package var lead: ((_ cycle: String) -> LeadNeeded?)? = nil
        /// Every cycle's stock decision from the stock search (`StockSearch.decisions`), in cycle
        /// order; nil: read off the tabulated levels.
        package var stockDecisions: [StockDecision]? = nil
        /// The further test listings priced (`ValueOfInformation.priceListings`); nil without
        /// `[value_of_information]` or after a fault.
        package var listings: PricedListings? = nil

        package init(convergence: Convergence? = nil) { self.convergence = convergence }
    }

    /// The analysis of a finished run.
    package static func analyse(_ plan: SimulationPlan, _ output: SimulationOutput, _ extras: Extras = Extras()) -> RunResult {
        let scenario = plan.scenario
        let totals = output.totals
        let trials = totals.trials
        let tolerance = scenario.maxLossProbability
        let lives = LifeAnalysis.results(plan, output)
        var cycles = plan.cycles.indices.map { k in
            cycleResult(k, plan: plan, output: output, tornado: extras.tornadoes?[k], life: lives?[k])
        }
        let comparisons = totals.pairs.indices.map { p -> CycleComparison in
            let pair = totals.pairs[p]
            let d = totals.difference[p]
            return CycleComparison(from: cycles[pair.from].name, to: cycles[pair.to].name,
                                   expectedProfitDifference: d.mean,
                                   ci: meanInterval(plan, output) { $0.difference[p] })
        }
        // With [life] the verdict and what would make it GO judge the NPV (`LifeAnalysis`).
        let judged = (lives == nil ? cycles : cycles.map(LifeAnalysis.judgedOnLife)).enumerated().map { k, cycle in
            var judged = cycle
            judged.stockDecision = extras.stockDecisions?[k]
                ?? StockDecision.tabulated(cycle.stockCurve, tolerance: tolerance)
            return judged
        }
        for k in cycles.indices { cycles[k].stockDecision = judged[k].stockDecision }
        let verdict = VerdictRule.decide(cycles: judged, plannedStock: scenario.product.stock, tolerance: tolerance,
                                         trials: trials,
                                         // The paired differences measure season 1's profit: the NPV's only with one season.
                                         comparisons: (scenario.life?.seasons ?? 1) == 1 ? comparisons : [],
                                         intervalQuantile: intervalQuantile(plan, output)) {
            ToGo.analyse(decision: $0, cycle: $1, cycles: judged, beforeMold: LifeAnalysis.valueBeforeMold(output),
                         tolerance: tolerance, lead: extras.lead ?? { _ in nil })
        }
        var method = MethodInfo(generator: RandomStream.generatorName, chunkSize: SimulationPlan.chunkSize,
                                chunks: plan.chunkCount, percentileRelativeError: ValueSketch.relativeError)
        method.sampling = samplingInfo(plan, output)
        return RunResult(scenario: scenario, trials: trials, seed: plan.seed, method: method,
                         cycles: cycles, comparisons: comparisons, verdict: verdict,
                         convergence: extras.convergence,
                         inputDistributions: extras.inputDistributions,
                         valueOfInformation: ValueOfInformation.perfect(totals, listings: extras.listings) {
                             meanStandardError(plan, output, $0)
                         })
    }

    /// One cycle's figures, with its tornado when one was computed.
    static func cycleResult(_ k: Int, plan: SimulationPlan, output: SimulationOutput,
                            tornado: CycleTornado?, life: LifeResult? = nil) -> CycleResult {
        let scenario = plan.scenario
        let product = scenario.product
        let totals = output.totals
        let trials = totals.trials
        let planned = totals.cell(k, plan.plannedStockIndex)
        let cycle = plan.cycles[k].cycle
        let profitSketch = output.sketches.profit[planned]
        let profitMoments = totals.profit[planned]

        let stockCurve = plan.stocks.indices.map { j -> StockPoint in
            let cell = totals.cell(k, j)
            let tails = output.sketches.profit[cell].quantiles([0.05, 0.95])
            return StockPoint(stock: plan.stocks[j], expectedValue: totals.profit[cell].mean,
                              expectedValueSE: meanStandardError(plan, output) { $0.profit[cell] },
                              probabilityOfLoss: Double(totals.losses[cell]) / Double(trials),
                              probabilityOfLossCI: ConfidenceInterval.wilson(successes: totals.losses[cell], trials: trials),
                              p5: tails[0], p95: tails[1], meanSellThrough: totals.sellThrough[cell].mean)
        }
        let tolerance = scenario.maxLossProbability
        let best = stockCurve.max { a, b in a.expectedValue < b.expectedValue || (a.expectedValue == b.expectedValue && a.stock > b.stock) }!
        let withinTolerance = stockCurve.last { $0.probabilityOfLoss <= tolerance }

        let percentiles = zip(ProfitSummary.levels, profitSketch.quantiles(ProfitSummary.levels))
            .map { LevelValue(level: $0, value: $1) }
        let probabilityOfLoss = Double(totals.losses[planned]) / Double(trials)
        let sellThroughSketch = output.sketches.sellThrough[k]
        let sellThroughQ = sellThroughSketch.quantiles([0.05, 0.50, 0.95])
        let readySketch = output.sketches.ready[k]
        let readyQ = readySketch.quantiles([0.10, 0.50, 0.90])

        let demandQ = output.sketches.demand[k].quantiles([0.10, 0.90])
        let demand = DemandSummary(mean: totals.demand[k].mean,
                                   se: meanStandardError(plan, output) { $0.demand[k] },
                                   p10: demandQ[0], p90: demandQ[1])
        let meanMold = totals.moldCost.mean
        let meanRework = totals.reworkCost[k].mean
        let breakEvenUnits = (meanMold + meanRework + cycle.fixedCost
            + (product.unitCost - product.salvageValue) * product.stock) / (product.unitPrice - product.salvageValue)

        let n = Double(trials)
        let pLate = Double(totals.late[k]) / n
        let breakEvenUnitsSE = (totals.moldCost.standardError * totals.moldCost.standardError
            + totals.reworkCost[k].standardError * totals.reworkCost[k].standardError).squareRoot()
            / (product.unitPrice - product.salvageValue)
        let profitSE = meanStandardError(plan, output) { $0.profit[planned] }
        let standardErrors = HeadlineStandardErrors(
            expectedProfit: profitSE,
            probabilityOfLoss: (probabilityOfLoss * (1 - probabilityOfLoss) / n).squareRoot(),
            probabilityLate: (pLate * (1 - pLate) / n).squareRoot(),
            var95: RiskCurves.var95StandardError(profitSketch),
            cvar95: RiskCurves.cvar95StandardError(profitSketch),
            breakEvenUnits: breakEvenUnitsSE,
            breakEvenSellThrough: breakEvenUnitsSE / product.stock)
        return CycleResult(
            name: cycle.name,
            profit: ProfitSummary(mean: profitMoments.mean, sd: profitMoments.standardDeviation,
                                  se: profitSE, percentiles: percentiles),
            probabilityOfLoss: probabilityOfLoss,
            probabilityOfLossCI: stockCurve[plan.plannedStockIndex].probabilityOfLossCI,
            var95: -(percentiles.first { $0.level == 0.05 }!.value),
            cvar95: RiskCurves.cvar95(profitSketch),
            sellThrough: SellThroughSummary(mean: totals.sellThrough[planned].mean, p5: sellThroughQ[0],
                                            p50: sellThroughQ[1], p95: sellThroughQ[2]),
            leadTime: LeadTimeSummary(p10: readyQ[0], p50: readyQ[1], p90: readyQ[2],
                                      probabilityLate: pLate,
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
            maxStockWithinTolerance: withinTolerance?.stock,
            sensitivity: tornado,
            standardErrors: standardErrors,
            life: life,
            demand: demand)
    }
}
