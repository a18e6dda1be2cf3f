
/// The engine with the model taken out: the same chunks, streams, worker layout and draw code
/// (`TrialLoop.drawInputs`), but no timing, profit, accumulation or analysis. How fast it
/// runs is the benchmark's *generator limit* (`bench/README.md`): the rate at which GSL
/// and the samplers alone produce the random numbers the scenario's trials need, so that the
/// engine's throughput divided by it is the share of its time spent drawing.
///
/// Left out: the binomial thinning of late signals-form demand, which needs the model's timing.
package enum DrawOnlyRun {
    /// Draws every trial of `plan` on `threads` workers and returns a checksum of the draws (the
    /// sum of every mold cost and cycle draw, so the work cannot be optimised away).
    package static func run(_ plan: SimulationPlan, threads: Int) -> Double {
        let loop = TrialLoop(plan: plan)
        let total = Locked(0.0)
        Simulation.forEachWorker(0..<plan.chunkCount, threads: threads) { workerChunks in
            let scratch = TrialScratch(plan: plan)
            var sum = 0.0
            for c in workerChunks {
                loop.drawInputs(chunk: c, scratch: scratch) { moldCost, draws in
                    sum += moldCost
                    for d in draws {
                        sum += d.researchDays + d.toolingDays + d.reworkDays + d.reworkCost + d.drift
                            + d.potentialDemand
                    }
                }
            }
            let workerSum = sum
            total.withLock { $0 += workerSum }
        }
        return total.withLock { $0 }
    }

    /// How many random variates one trial of `plan` draws when nobody is late (what `run` draws
    /// per trial): the mold cost, then per cycle research, tooling, [rework's uniform, days, cost],
    /// [drift's z], demand or visitors, and in the signals form the Beta conversion (two gammas,
    /// counted as one draw) and the Poisson count. Fixed inputs draw nothing.
    package static func drawsPerTrial(_ plan: SimulationPlan) -> Int {
        var n = plan.moldCost.isFixed ? 0 : 1
        for cycle in plan.cycles {
            n += (cycle.research.isFixed ? 0 : 1) + (cycle.tooling.isFixed ? 0 : 1)
            if cycle.cycle.reworkProbability > 0 {
                n += 1 + (cycle.reworkDays.isFixed ? 0 : 1) + (cycle.reworkCost.isFixed ? 0 : 1)
            }
            if cycle.cycle.demand.driftPer30Days > 0 { n += 1 }
            n += cycle.demandOrVisitors.isFixed ? 0 : 1
            if cycle.isSignals { n += 2 }
        }
        return n
    }
}
