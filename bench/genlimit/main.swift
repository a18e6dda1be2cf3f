// moldrisk-genlimit: the benchmark's *generator limit* (bench/README.md, issue 5).
//
// How fast GSL alone — the same xoshiro256++ `RandomStream`s, the same `Sampler`s and
// `gsl_ran_*` calls, the same chunking and thread layout as the engine — produces exactly the
// random draws one trial of a scenario needs, with no model, no accumulation and no analysis.
// moldrisk's trials/s divided by this figure is the share of the time the engine spends drawing.
//
// Per trial: the mold cost from the shared stream; per cycle, from its own stream: research,
// tooling, [rework: the Bernoulli uniform, days, cost], [drift's standard normal], then demand
// (units; or visitors, the Beta conversion and the Poisson count at mean visitors·conversion).
// Binomial thinning of late signals-form demand is left out (the rinse-cup scenario's
// data-driven cycle is never late at its planned stock).
//
// usage: moldrisk-genlimit SCENARIO [--trials N] [--threads T] [--seed S]
// prints one JSON object: trials, threads, seconds, trials_per_second, draws_per_trial.
import Dispatch
import Foundation
import MoldRisk
import Synchronization

struct CycleSamplers: Sendable {
    let research: Sampler
    let tooling: Sampler
    let reworkProbability: Double
    let reworkDays: Sampler
    let reworkCost: Sampler
    let drift: Bool
    let demandOrVisitors: Sampler
    let posterior: (alpha: Double, beta: Double)?

    init(_ cycle: Cycle) {
        research = Sampler(cycle.researchDays)
        tooling = Sampler(cycle.moldDays)
        reworkProbability = cycle.reworkProbability
        reworkDays = Sampler(cycle.reworkDays)
        reworkCost = Sampler(cycle.reworkCost)
        drift = cycle.demand.driftPer30Days > 0
        switch cycle.demand.source {
        case let .units(units):
            demandOrVisitors = Sampler(units)
            posterior = nil
        case let .signals(signals):
            demandOrVisitors = Sampler(signals.visitors)
            posterior = signals.posterior
        }
    }

    /// Number of random variates one trial of this cycle draws.
    var drawsPerTrial: Int {
        var n = 0
        for s in [research, tooling] where !s.isFixed { n += 1 }
        if reworkProbability > 0 { n += 1 + (reworkDays.isFixed ? 0 : 1) + (reworkCost.isFixed ? 0 : 1) }
        if drift { n += 1 }
        n += demandOrVisitors.isFixed ? 0 : 1
        if posterior != nil { n += 2 }
        return n
    }

    @inline(__always)
    func draw(_ stream: RandomStream) -> Double {
        var sink = research.draw(stream) + tooling.draw(stream)
        if reworkProbability > 0 {
            sink += stream.uniform() + reworkDays.draw(stream) + reworkCost.draw(stream)
        }
        if drift { sink += stream.standardNormal() }
        let demand = demandOrVisitors.draw(stream)
        if let posterior {
            let conversion = stream.beta(posterior.alpha, posterior.beta)
            sink += stream.poisson(mean: max(0, demand) * conversion)
        } else {
            sink += demand
        }
        return sink
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("moldrisk-genlimit: \(message)\n".utf8))
    exit(2)
}

func number(_ text: String, _ option: String) -> Int {
    guard let v = Int(text), v >= 0 else { fail("\(option): not a whole number: \(text)") }
    return v
}

var args = Array(CommandLine.arguments.dropFirst())
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

let n = trials ?? scenario.trials
let runSeed = seed ?? scenario.seed
let mold = Sampler(scenario.mold.cost)
let cycles = scenario.cycles.map(CycleSamplers.init)
let chunkSize = SimulationPlan.chunkSize
let chunkCount = (n + chunkSize - 1) / chunkSize
let workers = max(1, min(threads, chunkCount))
let total = Mutex(0.0)

let start = DispatchTime.now().uptimeNanoseconds
DispatchQueue.concurrentPerform(iterations: workers) { w in
    var sink = 0.0
    for c in stride(from: w, to: chunkCount, by: workers) {
        let shared = RandomStream(runSeed: runSeed, chunk: c, role: 0)
        let streams = cycles.indices.map { RandomStream(runSeed: runSeed, chunk: c, role: $0 + 1) }
        let count = min(n, (c + 1) * chunkSize) - c * chunkSize
        for _ in 0..<count {
            sink += mold.draw(shared)
            for k in cycles.indices { sink += cycles[k].draw(streams[k]) }
        }
    }
    let s = sink
    total.withLock { $0 += s }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let draws = (mold.isFixed ? 0 : 1) + cycles.reduce(0) { $0 + $1.drawsPerTrial }
print("""
    {"trials": \(n), "threads": \(workers), "seconds": \(seconds), \
    "trials_per_second": \(Double(n) / seconds), "draws_per_trial": \(draws), \
    "checksum": \(total.withLock { $0 })}
    """)
