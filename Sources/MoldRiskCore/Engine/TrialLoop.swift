/// One evaluated trial as `TrialLoop` hands it to its consumers: the trial's index in the run, the
/// mold cost it shares across cycles, each cycle's draws, and the timing and outcome of every
/// (cycle, stock) cell (index `cycle * stockCount + stock`, as in `RunTotals`). The buffers belong
/// to the loop's `TrialScratch` and hold the next trial once `add` returns: copy what you keep.
package struct EvaluatedTrial {
    package let index: Int
    package let moldCost: Double
    package let draws: UnsafeMutableBufferPointer<CycleDraws>
    package let timings: UnsafeMutableBufferPointer<Timing>
    package let outcomes: UnsafeMutableBufferPointer<Outcome>
}

/// Takes the trials of a chunk one by one from `TrialLoop` (DESIGN §8.8): the run's moments and
/// sketches, the mold's life, the samples file, the trial-by-trial values EVSI pairs, the
/// tornado's record. A consumer is a generic parameter of `TrialLoop.run`, specialised inside the
/// module, so a run that does not use one executes none of its code per trial.
package protocol TrialConsumer {
    mutating func add(_ trial: EvaluatedTrial)
}

/// Two consumers fed the same trials, `first` before `second`.
package struct BothConsumers<First: TrialConsumer, Second: TrialConsumer>: TrialConsumer {
    package var first: First
    package var second: Second

    package init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    @inline(__always)
    package mutating func add(_ trial: EvaluatedTrial) {
        first.add(trial)
        second.add(trial)
    }
}

/// The memory one worker evaluates its trials into — a trial's draws per cycle, timings and
/// outcomes per cell — allocated once and freed when the last reference goes.
package final class TrialScratch {
    let draws: UnsafeMutableBufferPointer<CycleDraws>
    let timings: UnsafeMutableBufferPointer<Timing>
    let outcomes: UnsafeMutableBufferPointer<Outcome>

    package init(cycleCount: Int, stockCount: Int) {
        draws = .allocate(capacity: cycleCount)
        draws.initialize(repeating: CycleDraws(researchDays: 0, toolingDays: 0, reworkDays: 0, reworkCost: 0,
                                               drift: 1, potentialDemand: 0))
        timings = .allocate(capacity: cycleCount * stockCount)
        timings.initialize(repeating: Timing(ready: 0, late: 0, availability: 1))
        outcomes = .allocate(capacity: cycleCount * stockCount)
        outcomes.initialize(repeating: Outcome(demand: 0, sold: 0, sellThrough: 0, profit: 0))
    }

    /// Scratch sized for `plan`.
    package convenience init(plan: SimulationPlan) {
        self.init(cycleCount: plan.cycles.count, stockCount: plan.stocks.count)
    }

    deinit {
        draws.deallocate()
        timings.deallocate()
        outcomes.deallocate()
    }
}

/// The one trial loop of the engine (DESIGN §8.8): the run, the tornado, the EVSI re-runs, the
/// lead search's runs, the stock search's sample and the generator-limit tool all evaluate their
/// trials here, with the chunk's own streams (`ChunkStreams`) and `TrialEvaluator`, and differ
/// only in the consumers they hand the trials to.
package struct TrialLoop {
    package let plan: SimulationPlan
    let evaluator: TrialEvaluator

    package init(plan: SimulationPlan) {
        self.plan = plan
        evaluator = TrialEvaluator(plan: plan)
    }

    /// Evaluates the trials of chunk `c` into `scratch` and hands each to `consumer`, in trial
    /// order. Returns the first impossible sampler input met (the earliest trial, then the first
    /// cycle); nil in every valid run.
    @inline(__always)
    package func run<Consumer: TrialConsumer>(chunk c: Int, scratch: TrialScratch,
                                             _ consumer: inout Consumer) -> TrialFault? {
        let streams = ChunkStreams(plan: plan, chunk: c)
        let cycleCount = plan.cycles.count
        var fault: TrialFault?
        for trial in plan.trialRange(ofChunk: c) {
            let moldCost = evaluator.evaluate(streams, draws: scratch.draws, timings: scratch.timings,
                                              outcomes: scratch.outcomes)
            if fault == nil {
                for k in 0..<cycleCount {
                    if let f = scratch.draws[k].fault {
                        fault = TrialFault(trial: trial, cycle: k, input: f.input, value: f.value)
                        break
                    }
                }
            }
            consumer.add(EvaluatedTrial(index: trial, moldCost: moldCost, draws: scratch.draws,
                                        timings: scratch.timings, outcomes: scratch.outcomes))
        }
        return fault
    }

    /// Draws the inputs of chunk `c`'s trials (`TrialEvaluator.drawInputs`: everything random in a
    /// trial but the binomial thinning of late signals-form demand, which needs the model's timing)
    /// into `scratch.draws` and calls `body` with each trial's mold cost and draws, in trial order.
    @inline(__always)
    package func drawInputs(chunk c: Int, scratch: TrialScratch,
                            _ body: (_ moldCost: Double, _ draws: UnsafeMutableBufferPointer<CycleDraws>) -> Void) {
        let streams = ChunkStreams(plan: plan, chunk: c)
        for _ in plan.trialRange(ofChunk: c) {
            body(evaluator.drawInputs(streams, into: scratch.draws), scratch.draws)
        }
    }
}
