/// Runs the trials of one chunk with `TrialEvaluator` and accumulates them: exact totals for
/// the chunk (returned, merged in chunk order by the engine) and values into the worker's sketches.
struct ChunkRunner {
    let plan: SimulationPlan

    /// Runs chunk `c`, adding its values to `sketches` and returning its exact totals.
    func run(chunk c: Int, into sketches: inout RunSketches) -> RunTotals {
        var unused = ""
        return run(chunk: c, into: &sketches, sink: nil, text: &unused)
    }

    /// Runs chunk `c`; with a sink, also formats every trial into `text`.
    func run(chunk c: Int, into sketches: inout RunSketches, sink: TrialSink?, text: inout String) -> RunTotals {
        let cycleCount = plan.cycles.count
        let stockCount = plan.stocks.count
        let planned = plan.plannedStockIndex
        let evaluator = TrialEvaluator(plan: plan)
        let streams = ChunkStreams(plan: plan, chunk: c)
        var totals = RunTotals(cycleCount: cycleCount, stockCount: stockCount)
        var record = TrialRecord(cycleCount: cycleCount, stockCount: stockCount)

        for trial in plan.trialRange(ofChunk: c) {
            evaluator.evaluate(streams, into: &record)
            sink?.line(trial, record, &text)
            totals.moldCost.add(record.moldCost)
            for k in 0..<cycleCount {
                totals.reworkCost[k].add(record.draws[k].reworkCost)
                for j in 0..<stockCount {
                    let cell = k * stockCount + j
                    let outcome = record.outcomes[cell]
                    totals.profit[cell].add(outcome.profit)
                    totals.sellThrough[cell].add(outcome.sellThrough)
                    if outcome.profit < 0 { totals.losses[cell] += 1 }
                    sketches.profit[cell].add(outcome.profit)
                }
                let plannedCell = k * stockCount + planned
                let timing = record.timings[plannedCell]
                sketches.ready[k].add(timing.ready)
                sketches.sellThrough[k].add(record.outcomes[plannedCell].sellThrough)
                if timing.late > 0 { totals.late[k] += 1 }
            }
            for p in totals.pairs.indices {
                let pair = totals.pairs[p]
                totals.difference[p].add(record.outcomes[pair.to * stockCount + planned].profit
                    - record.outcomes[pair.from * stockCount + planned].profit)
            }
        }
        return totals
    }
}
