// moldrisk-genlimit: the benchmark's *generator limit* (bench/README.md, issue 5).
//
// How fast GSL alone — the same xoshiro256++ `RandomStream`s, the same `Sampler`s and
// `gsl_ran_*` calls, the same chunking and thread layout as the engine — produces exactly the
// random draws one trial of a scenario needs, with no model, no accumulation and no analysis.
// moldrisk's trials/s divided by this figure is the share of the time the engine spends drawing.
//
// Per trial: the mold cost from the shared stream; per cycle, from its own stream: research,
// tooling, [rework: the Bernoulli uniform, days, cost], [drift's standard normal], then demand
// (units; or visitors, the Beta conversion, and the Poisson count at mean visitors·conversion from
// the cycle's noise stream, as the engine does).
// Binomial thinning of late signals-form demand is left out (the rinse-cup scenario's
// data-driven cycle is never late at its planned stock).
//
// usage: moldrisk-genlimit SCENARIO [--trials N] [--threads T] [--seed S]
// prints one JSON object: trials, threads, seconds, trials_per_second, draws_per_trial.
import Dispatch
import Foundation
import MoldRisk
import Synchronization

/// One cycle's samplers as trivially copyable `SamplerRule`s (the samplers stay alive in `owners`).
struct CycleSamplers: Sendable {
    let research: SamplerRule
    let tooling: SamplerRule
    let reworkProbability: Double
    let reworkDays: SamplerRule
    let reworkCost: SamplerRule
    let drift: Bool
    let demandOrVisitors: SamplerRule
    let posterior: (alpha: Double, beta: Double)?
    let fixed: [Bool]

    init(_ cycle: Cycle, owners: inout [Sampler]) {
        let demand: Sampler
        switch cycle.demand.source {
        case let .units(units):
            demand = Sampler(units)
            posterior = nil
        case let .signals(signals):
            demand = Sampler(signals.visitors)
            posterior = signals.posterior
        }
        let samplers = [Sampler(cycle.researchDays), Sampler(cycle.moldDays), Sampler(cycle.reworkDays),
                        Sampler(cycle.reworkCost), demand]
        owners += samplers
        fixed = samplers.map(\.isFixed)
        research = samplers[0].rule
        tooling = samplers[1].rule
        reworkDays = samplers[2].rule
        reworkCost = samplers[3].rule
        demandOrVisitors = samplers[4].rule
        reworkProbability = cycle.reworkProbability
        drift = cycle.demand.driftPer30Days > 0
    }

    /// Number of random variates one trial of this cycle draws.
    var drawsPerTrial: Int {
        var n = (fixed[0] ? 0 : 1) + (fixed[1] ? 0 : 1)
        if reworkProbability > 0 { n += 1 + (fixed[2] ? 0 : 1) + (fixed[3] ? 0 : 1) }
        if drift { n += 1 }
        n += fixed[4] ? 0 : 1
        if posterior != nil { n += 2 }
        return n
    }

    @inline(__always)
    func draw(_ stream: RandomStream, noise: RandomStream) -> Double {
        var sink = research.draw(stream) + tooling.draw(stream)
        if reworkProbability > 0 {
            sink += stream.uniform() + reworkDays.draw(stream) + reworkCost.draw(stream)
        }
        if drift { sink += stream.standardNormal() }
        let demand = demandOrVisitors.draw(stream)
        if let posterior {
            let conversion = stream.beta(posterior.alpha, posterior.beta)
            sink += noise.poisson(mean: max(0, demand) * conversion)
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
let moldSampler = Sampler(scenario.mold.cost)
let mold = moldSampler.rule
var owners: [Sampler] = []
let cycles = scenario.cycles.map { CycleSamplers($0, owners: &owners) }
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
        // The engine's noise streams (ChunkStreams.noiseRole): the Poisson count draws from its own.
        let noise = cycles.indices.map { RandomStream(runSeed: runSeed, chunk: c, role: (1 << 32) + $0 + 1) }
        let count = min(n, (c + 1) * chunkSize) - c * chunkSize
        for _ in 0..<count {
            sink += mold.draw(shared)
            for k in cycles.indices { sink += cycles[k].draw(streams[k], noise: noise[k]) }
        }
    }
    let s = sink
    total.withLock { $0 += s }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let draws = (moldSampler.isFixed ? 0 : 1) + cycles.reduce(0) { $0 + $1.drawsPerTrial }
print("""
    {"trials": \(n), "threads": \(workers), "seconds": \(seconds), \
    "trials_per_second": \(Double(n) / seconds), "draws_per_trial": \(draws), \
    "checksum": \(total.withLock { $0 })}
    """)
