// moldrisk-genlimit: the benchmark's *generator limit* (bench/README.md).
//
// How fast GSL alone produces the random draws the trials of a scenario need: `DrawOnlyRun`, the
// engine with the model taken out — the same xoshiro256++ streams, samplers, chunks, worker
// layout and draw code (`TrialEvaluator.drawInputs`) — with no timing, profit, accumulation or
// analysis. moldrisk's trials/s divided by this figure is the share of the time it spends drawing.
// Binomial thinning of late signals-form demand is left out (it needs the model's timing; the
// rinse-cup scenario's data-driven cycle is almost never late at its planned stock).
//
// usage: moldrisk-genlimit SCENARIO [--trials N] [--threads T] [--seed S]
// prints one JSON object: trials, threads, seconds, trials_per_second, draws_per_trial.
// moldrisk-genlimit --inverse-cdf [--draws N]: inverse CDF against GSL sampler per family
// (InverseCDFSpeed.swift).
// moldrisk-genlimit --draw-cost [--draws N]: the work limit's per-law table (`DrawCost`) beside
// the measured cost, over a sweep of shapes (DrawCostSweep.swift).
import Dispatch
import Foundation
import MoldRiskCore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("moldrisk-genlimit: \(message)\n".utf8))
    exit(2)
}

func number(_ text: String, _ option: String) -> Int {
    guard let v = Int(text), v >= 0 else { fail("\(option): not a whole number: \(text)") }
    return v
}

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "--draw-cost" {
    let draws = args.count >= 3 && args[1] == "--draws" ? number(args[2], "--draws") : 200_000
    DrawCostSweep.run(draws: max(1, draws))
    exit(0)
}
if args.first == "--inverse-cdf" {
    let draws = args.count >= 3 && args[1] == "--draws" ? number(args[2], "--draws") : 200_000
    InverseCDFSpeed.run(draws: max(1, draws))
    exit(0)
}
var path: String?
var trials: Int?
var threads = ProcessInfo.processInfo.activeProcessorCount
var seed: UInt64?
while !args.isEmpty {
    let a = args.removeFirst()
    func value() -> String {
        guard !args.isEmpty else { fail("\(a) needs a value") }
        return args.removeFirst()
    }
    switch a {
    case "--trials": trials = number(value(), a)
    case "--threads": threads = number(value(), a)
    case "--seed": seed = UInt64(number(value(), a))
    default:
        if a.hasPrefix("-") || path != nil { fail("usage: moldrisk-genlimit SCENARIO [--trials N] [--threads T] [--seed S]") }
        path = a
    }
}
guard let path else { fail("usage: moldrisk-genlimit SCENARIO [--trials N] [--threads T] [--seed S]") }
let scenario: Scenario
do { scenario = try ScenarioLoader.load(path: path) } catch { fail("\(error)") }

let plan = SimulationPlan(scenario: scenario, trials: trials, seed: seed)
let workers = max(1, min(threads, plan.chunkCount))
let start = DispatchTime.now().uptimeNanoseconds
let checksum = DrawOnlyRun.run(plan, threads: workers)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print("""
    {"trials": \(plan.trials), "threads": \(workers), "seconds": \(seconds), \
    "trials_per_second": \(Double(plan.trials) / seconds), "draws_per_trial": \(DrawOnlyRun.drawsPerTrial(plan)), \
    "checksum": \(checksum)}
    """)
