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
    ///
    /// The per-trial loop works on buffers allocated once per chunk (the trial's draws, timings and
    /// outcomes; the chunk's moments and counts) and on the worker's sketches through their buffers,
    /// so no array is checked for uniqueness or retained per value. The arithmetic and its order
    /// are those of `RunTotals`/`RunSketches` value by value, so results are bit-identical.
    func run(chunk c: Int, into sketches: inout RunSketches, sink: TrialSink?, text: inout String) -> RunTotals {
        let cycleCount = plan.cycles.count
        let stockCount = plan.stocks.count
        let cells = cycleCount * stockCount
        let planned = plan.plannedStockIndex
        let evaluator = TrialEvaluator(plan: plan)
        let streams = ChunkStreams(plan: plan, chunk: c)
        var totals = RunTotals(cycleCount: cycleCount, stockCount: stockCount)
        let pairs = totals.pairs
        var record = sink == nil ? nil : TrialRecord(cycleCount: cycleCount, stockCount: stockCount)

        let draws = Scratch<CycleDraws>(cycleCount, CycleDraws(researchDays: 0, toolingDays: 0, reworkDays: 0,
                                                               reworkCost: 0, drift: 1, potentialDemand: 0))
        let timings = Scratch<Timing>(cells, Timing(ready: 0, late: 0, availability: 1))
        let outcomes = Scratch<Outcome>(cells, Outcome(demand: 0, sold: 0, sellThrough: 0, profit: 0))
        let profit = Scratch<Moments>(cells, Moments())
        let sellThrough = Scratch<Moments>(cells, Moments())
        let losses = Scratch<Int>(cells, 0)
        let late = Scratch<Int>(cycleCount, 0)
        let reworkCost = Scratch<Moments>(cycleCount, Moments())
        let demand = Scratch<Moments>(cycleCount, Moments())
        let difference = Scratch<Moments>(pairs.count, Moments())
        let preMold = Scratch<Moments>(cycleCount, Moments())
        let regret = Scratch<Moments>(cells, Moments())
        let value = Scratch<Double>(cells, 0)
        defer {
            for s in [draws.raw, timings.raw, outcomes.raw, profit.raw, sellThrough.raw, losses.raw, late.raw,
                      reworkCost.raw, demand.raw, difference.raw, preMold.raw, regret.raw, value.raw] { s.deallocate() }
        }
        var moldCost = Moments()
        var perfect = Moments()
        var fault: TrialFault?
        var life = plan.life.map { LifeChunk(plan: $0, simulation: plan, chunk: c) }
        defer { life?.deallocate() }
        // The worker's life sketches, moved out for the loop and back after it.
        var lifeNPV = sketches.lifeNPV
        var lifePreMold = sketches.lifePreMoldNPV
        sketches.lifeNPV = []
        sketches.lifePreMoldNPV = []
        if life != nil {
            if lifeNPV.isEmpty { lifeNPV = Array(repeating: ValueSketch(), count: cells) }
            if lifePreMold.isEmpty { lifePreMold = Array(repeating: ValueSketch(), count: cycleCount) }
        }
        defer {
            sketches.lifeNPV = lifeNPV
            sketches.lifePreMoldNPV = lifePreMold
        }

        sketches.profit.withUnsafeMutableBufferPointer { profitSketches in
          sketches.preMoldProfit.withUnsafeMutableBufferPointer { preMoldSketches in
            sketches.ready.withUnsafeMutableBufferPointer { readySketches in
              sketches.demand.withUnsafeMutableBufferPointer { demandSketches in
                sketches.sellThrough.withUnsafeMutableBufferPointer { sellThroughSketches in
                    for trial in plan.trialRange(ofChunk: c) {
                        let mold = evaluator.evaluate(streams, draws: draws.buffer, timings: timings.buffer,
                                                      outcomes: outcomes.buffer)
                        if let sink {
                            record!.moldCost = mold
                            record!.draws = Array(draws.buffer)
                            record!.timings = Array(timings.buffer)
                            record!.outcomes = Array(outcomes.buffer)
                            sink.line(trial, record!, &text)
                        }
                        moldCost.add(mold)
                        for k in 0..<cycleCount {
                            if let f = draws.buffer[k].fault, fault == nil {
                                fault = TrialFault(trial: trial, cycle: k, input: f.input, value: f.value)
                            }
                            reworkCost.buffer[k].add(draws.buffer[k].reworkCost)
                            for j in 0..<stockCount {
                                let cell = k * stockCount + j
                                let outcome = outcomes.buffer[cell]
                                profit.buffer[cell].add(outcome.profit)
                                sellThrough.buffer[cell].add(outcome.sellThrough)
                                if outcome.profit < 0 { losses.buffer[cell] += 1 }
                                profitSketches[cell].add(outcome.profit)
                            }
                            let plannedCell = k * stockCount + planned
                            let timing = timings.buffer[plannedCell]
                            readySketches[k].add(timing.ready)
                            sellThroughSketches[k].add(outcomes.buffer[plannedCell].sellThrough)
                            demand.buffer[k].add(outcomes.buffer[plannedCell].demand)
                            demandSketches[k].add(outcomes.buffer[plannedCell].demand)
                            if timing.late > 0 { late.buffer[k] += 1 }
                            let beforeMold = outcomes.buffer[plannedCell].profit + mold
                            preMold.buffer[k].add(beforeMold)
                            preMoldSketches[k].add(beforeMold)
                        }
                        if life != nil {
                            lifeNPV.withUnsafeMutableBufferPointer { npv in
                                lifePreMold.withUnsafeMutableBufferPointer { preMold in
                                    life?.add(draws: draws.buffer, outcomes: outcomes.buffer, moldCost: mold,
                                              npvSketches: npv, preMoldSketches: preMold)
                                }
                            }
                        }
                        var best = 0.0
                        for cell in 0..<cells {
                            value.buffer[cell] = ChoiceValue.of(outcomes.buffer[cell], lifeNPV: life?.npv(ofCell: cell))
                            best = max(best, value.buffer[cell])
                        }
                        perfect.add(best)
                        for cell in 0..<cells { regret.buffer[cell].add(best - value.buffer[cell]) }
                        for p in pairs.indices {
                            let pair = pairs[p]
                            difference.buffer[p].add(outcomes.buffer[pair.to * stockCount + planned].profit
                                - outcomes.buffer[pair.from * stockCount + planned].profit)
                        }
                    }
                }
              }
            }
          }
        }
        totals.moldCost = moldCost
        totals.profit = Array(profit.buffer)
        totals.sellThrough = Array(sellThrough.buffer)
        totals.losses = Array(losses.buffer)
        totals.late = Array(late.buffer)
        totals.reworkCost = Array(reworkCost.buffer)
        totals.demand = Array(demand.buffer)
        totals.difference = Array(difference.buffer)
        totals.preMoldProfit = Array(preMold.buffer)
        totals.perfectInformation = perfect
        totals.perfectInformationRegret = Array(regret.buffer)
        totals.fault = fault
        totals.life = life?.totals
        return totals
    }
}

/// A fixed-size buffer of plain values for one chunk's loop, freed by its owner (`deallocate`).
private struct Scratch<Element> {
    let buffer: UnsafeMutableBufferPointer<Element>
    var raw: UnsafeMutableRawBufferPointer { UnsafeMutableRawBufferPointer(buffer) }

    init(_ count: Int, _ value: Element) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: value)
    }
}
