import Synchronization

/// Every trial's value of every choice (`ChoiceValue.of`, per cell `cycle * stockCount + stock`;
/// the NPV over the mold's life with `[life]`, its seasons drawn as the engine draws them)
/// for a plan, kept trial by trial rather than summarised: the preposterior analysis (DESIGN §8.2)
/// pairs runs under different posteriors trial by trial, for its sums and its standard errors.
///
/// The chunks run on `threads` workers with the engine's own streams and evaluator; each trial's
/// values are written at that trial's place, so the array is the same for any thread count.
package struct TrialValues: Sendable {
    /// Trial-major: trial t's value of cell c at `t * cells + c`.
    package var values: [Double]
    package let cells: Int
    /// The first impossible sampler input met (earliest trial); nil in every valid run.
    package var fault: TrialFault?

    package var trials: Int { cells > 0 ? values.count / cells : 0 }

    /// Trial t's value of cell c.
    package subscript(trial t: Int, cell c: Int) -> Double { values[t * cells + c] }

    /// Runs every trial of `plan`.
    package init(_ plan: SimulationPlan, threads: Int) {
        let cycleCount = plan.cycles.count
        let cells = cycleCount * plan.stocks.count
        self.cells = cells
        var values = [Double](repeating: 0, count: plan.trials * cells)
        let faults = Mutex<[TrialFault]>([])
        let evaluator = TrialEvaluator(plan: plan)
        values.withUnsafeMutableBufferPointer { all in
            nonisolated(unsafe) let out = all
            Simulation.forEachWorker(0..<plan.chunkCount, threads: threads) { workerChunks in
                let zero = CycleDraws(researchDays: 0, toolingDays: 0, reworkDays: 0, reworkCost: 0, drift: 1,
                                      potentialDemand: 0)
                let draws = UnsafeMutableBufferPointer<CycleDraws>.allocate(capacity: cycleCount)
                let timings = UnsafeMutableBufferPointer<Timing>.allocate(capacity: cells)
                let outcomes = UnsafeMutableBufferPointer<Outcome>.allocate(capacity: cells)
                draws.initialize(repeating: zero)
                timings.initialize(repeating: Timing(ready: 0, late: 0, availability: 1))
                outcomes.initialize(repeating: Outcome(demand: 0, sold: 0, sellThrough: 0, profit: 0))
                defer {
                    draws.deallocate()
                    timings.deallocate()
                    outcomes.deallocate()
                }
                for c in workerChunks {
                    let streams = ChunkStreams(plan: plan, chunk: c)
                    var life = plan.life.map { LifeChunk(plan: $0, simulation: plan, chunk: c) }
                    defer { life?.deallocate() }
                    for trial in plan.trialRange(ofChunk: c) {
                        let mold = evaluator.evaluate(streams, draws: draws, timings: timings, outcomes: outcomes)
                        life?.add(draws: draws, outcomes: outcomes, moldCost: mold, npvSketches: nil, preMoldSketches: nil)
                        for cell in 0..<cells {
                            out[trial * cells + cell] = ChoiceValue.of(outcomes[cell], lifeNPV: life?.npv(ofCell: cell))
                        }
                        for k in 0..<cycleCount {
                            if let f = draws[k].fault {
                                faults.withLock {
                                    $0.append(TrialFault(trial: trial, cycle: k, input: f.input, value: f.value))
                                }
                            }
                        }
                    }
                }
            }
        }
        self.values = values
        fault = faults.withLock { $0.min { $0.trial < $1.trial } }
    }

    /// The mean value of cell c over the trials, summed in trial order.
    package func mean(cell c: Int) -> Double {
        let n = trials
        guard n > 0 else { return 0 }
        var sum = 0.0
        for t in 0..<n { sum += values[t * cells + c] }
        return sum / Double(n)
    }
}
