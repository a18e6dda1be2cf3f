/// Runs the trials of one chunk: seeds the chunk's streams (role 0 for the shared mold cost,
/// role k + 1 for cycle k, so changing one cycle never moves another's draws), draws every
/// trial's inputs once and evaluates every cycle and stock level on them (common random numbers).
struct ChunkRunner {
    let plan: SimulationPlan

    /// Runs chunk `c`, adding its values to `sketches` and returning its exact totals.
    func run(chunk c: Int, into sketches: inout RunSketches) -> RunTotals {
        let cycleCount = plan.cycles.count
        let stockCount = plan.stocks.count
        let planned = plan.plannedStockIndex
        let product = plan.scenario.product
        let window = plan.scenario.window
        var totals = RunTotals(cycleCount: cycleCount, stockCount: stockCount)
        let shared = RandomStream(runSeed: plan.seed, chunk: c, role: 0)
        let streams = (0..<cycleCount).map { RandomStream(runSeed: plan.seed, chunk: c, role: $0 + 1) }
        var plannedProfit = [Double](repeating: 0, count: cycleCount)

        for _ in plan.trialRange(ofChunk: c) {
            let moldCost = max(0, plan.moldCost.draw(shared))
            totals.moldCost.add(moldCost)
            for k in 0..<cycleCount {
                let cyclePlan = plan.cycles[k]
                let cycle = cyclePlan.cycle
                let stream = streams[k]
                let draws = TrialSampler.draw(cyclePlan, from: stream)
                totals.reworkCost[k].add(draws.reworkCost)
                for j in 0..<stockCount {
                    let stock = plan.stocks[j]
                    let timing = TrialModel.timing(draws: draws, productionDays: cyclePlan.productionDays[j],
                                                   commitDays: cycle.commitDaysBeforeWindow, window: window)
                    let demand = TrialSampler.shelfDemand(draws, availability: timing.availability,
                                                          isSignals: cyclePlan.isSignals, stream: stream)
                    let outcome = TrialModel.outcome(product: product, stock: stock, demand: demand,
                                                     moldCost: moldCost, reworkCost: draws.reworkCost,
                                                     fixedCost: cycle.fixedCost)
                    let cell = totals.cell(k, j)
                    totals.profit[cell].add(outcome.profit)
                    totals.sellThrough[cell].add(outcome.sellThrough)
                    if outcome.profit < 0 { totals.losses[cell] += 1 }
                    sketches.profit[cell].add(outcome.profit)
                    if j == planned {
                        plannedProfit[k] = outcome.profit
                        sketches.ready[k].add(timing.ready)
                        sketches.sellThrough[k].add(outcome.sellThrough)
                        if timing.late > 0 { totals.late[k] += 1 }
                    }
                }
            }
            for p in totals.pairs.indices {
                let pair = totals.pairs[p]
                totals.difference[p].add(plannedProfit[pair.to] - plannedProfit[pair.from])
            }
        }
        return totals
    }
}
