/// Runs the trials of one chunk through `TrialLoop` into the run's consumers: `RunAccumulator`
/// (the exact totals, returned and merged in chunk order by the engine, and the worker's
/// sketches), the mold's life when the scenario has `[life]`, and the samples file when a sink is
/// given. Each combination is its own specialisation, so a consumer a run does not use costs it
/// nothing per trial.
struct ChunkRunner {
    let loop: TrialLoop

    init(plan: SimulationPlan) {
        loop = TrialLoop(plan: plan)
    }

    /// Runs chunk `c`, adding its values to `sketches` and returning its exact totals.
    func run(chunk c: Int, into sketches: inout RunSketches) -> RunTotals {
        run(chunk: c, into: &sketches, sink: nil).totals
    }

    /// Runs chunk `c`; with a sink, also returns every trial formatted by it (`text`).
    func run(chunk c: Int, into sketches: inout RunSketches, sink: TrialSink?) -> (totals: RunTotals, text: String) {
        let plan = loop.plan
        let scratch = TrialScratch(plan: plan)
        guard let lifePlan = plan.life else {
            var accumulator = RunAccumulator(plan: plan, life: NoLife(), sketches: &sketches)
            let (fault, text) = feed(chunk: c, scratch: scratch, &accumulator, sink: sink)
            return (accumulator.finish(fault: fault, life: nil, sketches: &sketches), text)
        }
        let lifeSketches = LifeSketches(taking: &sketches, cells: plan.cycles.count * plan.stocks.count,
                                        cycleCount: plan.cycles.count)
        let life = LifeChunk(plan: lifePlan, simulation: plan, chunk: c, sketches: lifeSketches)
        var accumulator = RunAccumulator(plan: plan, life: life, sketches: &sketches)
        let (fault, text) = feed(chunk: c, scratch: scratch, &accumulator, sink: sink)
        lifeSketches.giveBack(to: &sketches)
        return (accumulator.finish(fault: fault, life: accumulator.life.totals, sketches: &sketches), text)
    }

    /// Runs chunk `c` into `accumulator`, and into a `SampleRecorder` first when there is a sink.
    @inline(__always)
    private func feed<Accumulator: TrialConsumer>(chunk c: Int, scratch: TrialScratch, _ accumulator: inout Accumulator,
                                                  sink: TrialSink?) -> (fault: TrialFault?, text: String) {
        guard let sink else { return (loop.run(chunk: c, scratch: scratch, &accumulator), "") }
        var both = BothConsumers(SampleRecorder(sink: sink, plan: loop.plan), accumulator)
        let fault = loop.run(chunk: c, scratch: scratch, &both)
        accumulator = both.second
        return (fault, both.first.text)
    }
}

/// Formats every trial for the samples file (`TrialSink.line`) into the chunk's text, which the
/// engine hands to `TrialSink.write` in chunk order.
struct SampleRecorder: TrialConsumer {
    let sink: TrialSink
    private var record: TrialRecord
    private(set) var text = ""

    init(sink: TrialSink, plan: SimulationPlan) {
        self.sink = sink
        record = TrialRecord(cycleCount: plan.cycles.count, stockCount: plan.stocks.count)
    }

    mutating func add(_ trial: EvaluatedTrial) {
        record.moldCost = trial.moldCost
        record.draws = Array(trial.draws)
        record.timings = Array(trial.timings)
        record.outcomes = Array(trial.outcomes)
        sink.line(trial.index, record, &text)
    }
}
