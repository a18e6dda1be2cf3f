
/// Every trial's value of every choice (`ChoiceValue.of`, per cell `cycle * stockCount + stock`;
/// the NPV over the mold's life with `[life]`, its seasons drawn as the engine draws them)
/// for a plan, kept trial by trial rather than summarised: the preposterior analysis (DESIGN §8.2)
/// pairs runs under different posteriors trial by trial, for its sums and its standard errors.
///
/// The chunks run through the engine's own `TrialLoop` on `threads` workers; each trial's values
/// are written at that trial's place, so the array is the same for any thread count.
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
        let cells = plan.cycles.count * plan.stocks.count
        self.cells = cells
        var values = [Double](repeating: 0, count: plan.trials * cells)
        let faults = Locked<[TrialFault]>([])
        let loop = TrialLoop(plan: plan)
        values.withUnsafeMutableBufferPointer { all in
            nonisolated(unsafe) let out = all
            Simulation.forEachWorker(0..<plan.chunkCount, threads: threads) { workerChunks in
                let scratch = TrialScratch(plan: plan)
                for c in workerChunks {
                    let fault: TrialFault?
                    if let life = plan.life {
                        var recorder = ChoiceValueRecorder(
                            out: out, cells: cells, life: LifeChunk(plan: life, simulation: plan, chunk: c, sketches: nil))
                        fault = loop.run(chunk: c, scratch: scratch, &recorder)
                    } else {
                        var recorder = ChoiceValueRecorder(out: out, cells: cells, life: NoLife())
                        fault = loop.run(chunk: c, scratch: scratch, &recorder)
                    }
                    if let fault { faults.withLock { $0.append(fault) } }
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

/// Writes each trial's value of every cell at the trial's place in `TrialValues`' array.
private struct ChoiceValueRecorder<Life: LifeValuation>: TrialConsumer {
    let out: UnsafeMutableBufferPointer<Double>
    let cells: Int
    var life: Life

    @inline(__always)
    mutating func add(_ trial: EvaluatedTrial) {
        life.add(trial)
        for cell in 0..<cells {
            out[trial.index * cells + cell] = ChoiceValue.of(trial.outcomes[cell], lifeNPV: life.npv(ofCell: cell))
        }
    }
}
