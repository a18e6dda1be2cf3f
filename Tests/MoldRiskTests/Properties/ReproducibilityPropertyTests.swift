import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

extension Properties {
    /// Same scenario and seed ⇒ the same result, whatever the thread count or the grouping of chunks.
    @Suite(TestTimeLimit.minutes(20)) struct ReproducibilityPropertyTests {
        /// Generated scenarios with 2–3 chunks of trials (chunk size 10 000), so that threads and
        /// chunk merging matter.
        static var multiChunk: Generator<GeneratedScenario, some SendableSequenceType> {
            zip(ScenarioGen.any, Gen.int(in: 10_001...20_000)).map { generated, trials in
                var scenario = generated.scenario
                scenario.trials = trials
                return GeneratedScenario(scenario)
            }
        }

        /// Running the same scenario with the same seed twice gives identical `RunResult`s.
        @Test func sameSeedGivesAnIdenticalResult() async {
            await propertyCheck(count: 40, input: ScenarioGen.any) { generated in
                let first = try MoldRiskRun.run(generated.scenario, threads: 2)
                let second = try MoldRiskRun.run(generated.scenario, threads: 2)
                #expect(first == second, "two runs with seed \(generated.scenario.seed) differ")
            }
        }

        /// 1, 2 and 3 threads give identical results.
        @Test func threadCountDoesNotChangeTheResult() async {
            await propertyCheck(count: 3, input: Self.multiChunk) { generated in
                let one = try MoldRiskRun.run(generated.scenario, threads: 1)
                #expect(one == (try MoldRiskRun.run(generated.scenario, threads: 2)), "1 vs 2 threads differ")
                #expect(one == (try MoldRiskRun.run(generated.scenario, threads: 3)), "1 vs 3 threads differ")
            }
        }

        /// Merging the accumulators (`RunTotals`, `RunSketches`) of chunks 0..<m and of m..<n, in
        /// that order, equals the whole run of `Simulation.run`, for every split point m: the counts
        /// (losses, late, trials) and the sketches exactly; the floating-point moments to 1e-12
        /// relative, because Chan's merge is not associative in floating point (the whole run folds
        /// chunk by chunk, ((c0 + c1) + c2), the halves group c0 + (c1 + c2)). Folding the second
        /// half onto the first chunk by chunk — the engine's own order — is exact.
        @Test func mergingTwoHalvesEqualsTheWholeRun() async {
            await propertyCheck(count: 3, input: Self.multiChunk) { generated in
                let plan = SimulationPlan(scenario: generated.scenario)
                let whole = Simulation.run(plan, threads: 2)
                let runner = ChunkRunner(plan: plan)
                let empty = (RunTotals(cycleCount: plan.cycles.count, stockCount: plan.stocks.count),
                             RunSketches(cycleCount: plan.cycles.count, stockCount: plan.stocks.count))
                let chunks = (0..<plan.chunkCount).map { c -> (RunTotals, RunSketches) in
                    var sketches = empty.1
                    let totals = runner.run(chunk: c, into: &sketches)
                    return (totals, sketches)
                }
                func folded(_ range: Range<Int>, onto start: (RunTotals, RunSketches)) -> (RunTotals, RunSketches) {
                    chunks[range].reduce(into: start) { acc, chunk in
                        acc.0.merge(chunk.0)
                        acc.1.merge(chunk.1)
                    }
                }
                for m in 1..<plan.chunkCount {
                    let first = folded(0..<m, onto: empty)
                    let second = folded(m..<plan.chunkCount, onto: empty)
                    var (totals, sketches) = first
                    totals.merge(second.0)
                    sketches.merge(second.1)
                    #expect(totals.losses == whole.totals.losses && totals.late == whole.totals.late
                            && totals.trials == whole.totals.trials, "counts of halves split at chunk \(m) ≠ whole run")
                    #expect(totals.isClose(to: whole.totals), "moments of halves split at chunk \(m) ≠ whole run to 1e-12")
                    #expect(sketches == whole.sketches, "sketches of halves split at chunk \(m) ≠ whole run")
                    #expect(folded(m..<plan.chunkCount, onto: first).0 == whole.totals,
                            "first \(m) chunks then the rest chunk by chunk ≠ whole run")
                }
            }
        }
    }
}

extension Moments {
    /// Same count; mean and Σ(x − mean)² equal to `relative` of their size.
    func isClose(to other: Moments, relative: Double = 1e-12) -> Bool {
        count == other.count
            && abs(mean - other.mean) <= relative * (abs(mean) + (m2 / Double(max(count, 1))).squareRoot() + 1)
            && abs(m2 - other.m2) <= relative * (abs(m2) + 1)
    }
}

extension RunTotals {
    /// Every moment close to the other's (`Moments.isClose`).
    func isClose(to other: RunTotals) -> Bool {
        func close(_ a: [Moments], _ b: [Moments]) -> Bool { zip(a, b).allSatisfy { $0.isClose(to: $1) } }
        return close(profit, other.profit) && close(sellThrough, other.sellThrough) && close(reworkCost, other.reworkCost)
            && moldCost.isClose(to: other.moldCost) && close(difference, other.difference)
    }
}
