/// The mold's life (DESIGN §8.1) in a run's result: each cycle's `LifeResult` from what the
/// engine accumulated, and, with `[life]`, the verdict and what would make it GO judged on the NPV
/// instead of season 1's profit: the same rule (`VerdictRule`), with P(NPV < 0) against the
/// tolerance and the expected NPV positive, and the firm mold quote read from the NPV before the
/// mold cost. With `seasons = 1` the NPV is season 1's profit value for value, so nothing changes.
enum LifeAnalysis {
    /// Adds the life to `result` (unchanged without `[life]`).
    static func apply(to result: inout RunResult, plan: SimulationPlan, output: SimulationOutput) {
        guard let lifePlan = plan.life, let totals = output.totals.life else { return }
        let cells = plan.cycles.count * plan.stocks.count
        guard totals.npv.count == cells, output.sketches.lifeNPV.count == cells,
              output.sketches.lifePreMoldNPV.count == plan.cycles.count else { return }
        let trials = output.totals.trials
        var intervals: [[ClosedInterval]] = []
        for k in result.cycles.indices {
            let cycleIntervals = plan.stocks.indices.map {
                ConfidenceInterval.wilson(successes: totals.losses[output.totals.cell(k, $0)], trials: trials)
            }
            intervals.append(cycleIntervals)
            result.cycles[k].life = LifeResult(
                seasons: lifePlan.seasons,
                points: plan.stocks.indices.map { point(k, $0, plan: plan, output: output, totals: totals) },
                plannedIndex: plan.plannedStockIndex,
                probabilityOfLossCI: cycleIntervals[plan.plannedStockIndex])
        }
        let judged = result.cycles.map(judgedOnLife)
        let tolerance = plan.scenario.maxLossProbability
        var verdict = VerdictRule.decide(cycles: judged, intervals: intervals, plannedStock: plan.scenario.product.stock,
                                         tolerance: tolerance)
        if lifePlan.seasons > 1 {
            verdict.reason = basis(lifePlan.life) + ": " + lowercasingFirst(verdict.reason)
        }
        var npvTotals = output.totals
        npvTotals.preMoldProfit = totals.preMoldNPV
        var npvSketches = output.sketches
        npvSketches.preMoldProfit = output.sketches.lifePreMoldNPV
        verdict.toGo = ToGo.analyse(verdict: verdict, cycles: judged, totals: npvTotals, sketches: npvSketches,
                                    tolerance: tolerance)
        result.verdict = verdict
    }

    /// "Over the mold's 4 seasons (NPV, discounted 5 % a season)": what the verdict judges.
    static func basis(_ life: Life) -> String {
        let seasons = life.seasons == 1 ? "1 season" : "\(life.seasons) seasons"
        let discount = life.discountPerSeason == 0 ? "not discounted"
            : "discounted \(Fmt.percent(life.discountPerSeason)) a season"
        return "Over the mold's \(seasons) (NPV, \(discount))"
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
            paidBackBySeason: paidBack,
            expectedProfitBySeason: (0..<seasons).map { totals.seasonProfit[cell * seasons + $0].mean })
    }

    /// The cycle with its stock curve's expected profit, standard error, P(loss), P5 and P95 those
    /// of the NPV: what `VerdictRule` and `ToGo` judge when the life is counted.
    static func judgedOnLife(_ cycle: CycleResult) -> CycleResult {
        guard let life = cycle.life, life.points.count == cycle.stockCurve.count else { return cycle }
        var judged = cycle
        judged.stockCurve = zip(cycle.stockCurve, life.points).map { point, npv in
            StockPoint(stock: point.stock, expectedProfit: npv.mean, expectedProfitSE: npv.se,
                       probabilityOfLoss: npv.probabilityOfLoss, p5: npv.p5, p95: npv.p95,
                       meanSellThrough: point.meanSellThrough)
        }
        return judged
    }

    private static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
