import MoldRiskCore

/// The mold's life (DESIGN §8.1) in a run's result: each cycle's `LifeResult` from what the
/// engine accumulated, and, with `[life]`, what the verdict and what would make it GO judge: the
/// same rule (`VerdictRule`) on the NPV instead of season 1's profit — P(NPV < 0) against the
/// tolerance and the expected NPV positive — and the firm mold quote read from the NPV before the
/// mold cost. With `seasons = 1` the NPV is season 1's profit value for value, so nothing changes.
package enum LifeAnalysis {
    /// Every cycle's life, in cycle order; nil without `[life]`.
    static func results(_ plan: SimulationPlan, _ output: SimulationOutput) -> [LifeResult]? {
        guard let lifePlan = plan.life, let totals = output.totals.life else { return nil }
        let cells = plan.cycles.count * plan.stocks.count
        guard totals.npv.count == cells, output.sketches.lifeNPV.count == cells,
              output.sketches.lifePreMoldNPV.count == plan.cycles.count else { return nil }
        return plan.cycles.indices.map { k in
            let points = plan.stocks.indices.map { point(k, $0, plan: plan, output: output, totals: totals) }
            return LifeResult(seasons: lifePlan.seasons, points: points, plannedIndex: plan.plannedStockIndex,
                              probabilityOfLossCI: points[plan.plannedStockIndex].probabilityOfLossCI,
                              tolerance: plan.scenario.maxLossProbability, trials: output.totals.trials)
        }
    }

    /// The figures of cycle k at stock j.
    static func point(_ k: Int, _ j: Int, plan: SimulationPlan, output: SimulationOutput,
                      totals: LifeTotals) -> LifeStockPoint {
        let cell = output.totals.cell(k, j)
        let trials = Double(output.totals.trials)
        let seasons = totals.seasons
        let q = output.sketches.lifeNPV[cell].quantiles([0.05, 0.50, 0.95])
        var cumulative = 0
        let paidBack = (0..<seasons).map { s -> Double in
            cumulative += totals.paidBackIn[cell * seasons + s]
            return trials > 0 ? Double(cumulative) / trials : 0
        }
        return LifeStockPoint(
            stock: plan.stocks[j], mean: totals.npv[cell].mean, se: totals.npv[cell].standardError,
            p5: q[0], p50: q[1], p95: q[2],
            probabilityOfLoss: trials > 0 ? Double(totals.losses[cell]) / trials : 0,
            probabilityOfLossCI: ConfidenceInterval.wilson(successes: totals.losses[cell], trials: output.totals.trials),
            paidBackBySeason: paidBack,
            expectedProfitBySeason: (0..<seasons).map { totals.seasonProfit[cell * seasons + $0].mean })
    }

    /// The cycle with its stock curve's expected profit, standard error, P(loss) and its interval,
    /// P5 and P95 those of the NPV: what `VerdictRule` and `ToGo` judge when the life is counted.
    /// Unchanged without a life.
    package static func judgedOnLife(_ cycle: CycleResult) -> CycleResult {
        guard let life = cycle.life, life.points.count == cycle.stockCurve.count else { return cycle }
        var judged = cycle
        judged.stockCurve = zip(cycle.stockCurve, life.points).map { point, npv in
            StockPoint(stock: point.stock, expectedValue: npv.mean, expectedValueSE: npv.se,
                       probabilityOfLoss: npv.probabilityOfLoss, probabilityOfLossCI: npv.probabilityOfLossCI,
                       p5: npv.p5, p95: npv.p95, meanSellThrough: point.meanSellThrough)
        }
        return judged
    }

    /// What the firm mold quote reads (`ToGo.moldQuote`): each cycle's NPV before the mold cost
    /// with `[life]`, else its season-1 profit before the mold cost.
    static func valueBeforeMold(_ output: SimulationOutput) -> ValueBeforeMold {
        let totals = output.totals
        if let life = totals.life, life.preMoldNPV.count == totals.preMoldProfit.count,
           output.sketches.lifePreMoldNPV.count == output.sketches.preMoldProfit.count {
            return ValueBeforeMold(moments: life.preMoldNPV, sketches: output.sketches.lifePreMoldNPV, trials: totals.trials)
        }
        return ValueBeforeMold(moments: totals.preMoldProfit, sketches: output.sketches.preMoldProfit, trials: totals.trials)
    }
}
