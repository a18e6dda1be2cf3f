import Testing
@testable import MoldRiskCore

/// Runs trials through the engine's own code path (`TrialEvaluator` on chunk 0's streams), one
/// trial at a time, so per-trial properties see exactly what `ChunkRunner` accumulates.
package enum TrialWalk {
    /// Calls `body(t, record)` for the first `count` trials of `plan` (chunk 0; count ≤ chunk size).
    package static func trials(of plan: SimulationPlan, count: Int, _ body: (Int, TrialRecord) -> Void) {
        let evaluator = TrialEvaluator(plan: plan)
        let streams = ChunkStreams(plan: plan, chunk: 0)
        var record = TrialRecord(cycleCount: plan.cycles.count, stockCount: plan.stocks.count)
        for t in 0..<min(count, SimulationPlan.chunkSize) {
            evaluator.evaluate(streams, into: &record)
            body(t, record)
        }
    }

    /// Calls `body(t, a, b)` for the first `count` trials of two plans drawn from identically
    /// seeded streams: the common-random-numbers pairing of two variants of a scenario.
    package static func pairedTrials(_ planA: SimulationPlan, _ planB: SimulationPlan, count: Int,
                             _ body: (Int, TrialRecord, TrialRecord) -> Void) {
        precondition(planA.seed == planB.seed && planA.stocks == planB.stocks
            && planA.cycles.count == planB.cycles.count)
        let evaluatorA = TrialEvaluator(plan: planA), evaluatorB = TrialEvaluator(plan: planB)
        let streamsA = ChunkStreams(plan: planA, chunk: 0), streamsB = ChunkStreams(plan: planB, chunk: 0)
        var a = TrialRecord(cycleCount: planA.cycles.count, stockCount: planA.stocks.count)
        var b = a
        for t in 0..<min(count, SimulationPlan.chunkSize) {
            evaluatorA.evaluate(streamsA, into: &a)
            evaluatorB.evaluate(streamsB, into: &b)
            body(t, a, b)
        }
    }
}

/// Collects the violations of a property over many trials and reports them as one issue (the
/// count and the first few), so a failing property does not print thousands of lines.
package struct Violations {
    private(set) var count = 0
    private var first: [String] = []

    package init() {}

    /// Records `message` unless `condition` holds.
    package mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        count += 1
        if first.count < 3 { first.append(message()) }
    }

    /// Fails the current test (once) if anything was recorded.
    package func expectNone(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(count == 0, "\(what): \(count) violation(s), first: \(first.joined(separator: " | "))",
                sourceLocation: sourceLocation)
    }
}

/// Tolerances for comparisons that are exact in real arithmetic.
package enum Tolerance {
    /// Relative precision of identities that only suffer floating-point rounding.
    package static let rounding = 1e-9

    /// |a − b| ≤ rounding · (magnitude + 1), magnitude being the size of the terms involved.
    package static func equal(_ a: Double, _ b: Double, magnitude: Double) -> Bool {
        abs(a - b) <= rounding * (abs(magnitude) + 1)
    }
}

extension DistributionSupport {
    /// `x` lies in the support, up to rounding relative to `magnitude`.
    package func contains(_ x: Double, magnitude: Double) -> Bool {
        x >= lower - Tolerance.rounding * (abs(magnitude) + 1) && x <= upper + Tolerance.rounding * (abs(magnitude) + 1)
    }
}

extension Distribution {
    /// The same family moved by `delta` (every draw, made with the same random numbers, moves by
    /// `delta` up to rounding), or nil for the families that have no location parameter.
    package func shifted(by delta: Double) -> Distribution? {
        switch self {
        case let .fixed(v): .fixed(v + delta)
        case let .uniform(lo, hi): .uniform(min: lo + delta, max: hi + delta)
        case let .triangular(lo, m, hi): .triangular(min: lo + delta, mode: m + delta, max: hi + delta)
        case let .pert(lo, m, hi, l): .pert(min: lo + delta, mode: m + delta, max: hi + delta, lambda: l)
        case let .normal(m, sd): .normal(mean: m + delta, sd: sd)
        case let .empirical(values, w): .empirical(values: values.map { $0 + delta }, weights: w)
        case .lognormal, .gamma, .beta: nil
        }
    }

    /// The same family with every draw scaled by `factor` (> 0), made with the same random numbers
    /// (the sampler consumes the same uniforms). For a non-negative quantity and factor < 1 every
    /// draw, clamped at 0, is no larger. Beta has no scale parameter and is returned unchanged.
    package func scaled(by factor: Double) -> Distribution {
        let f = factor
        return switch self {
        case let .fixed(v): .fixed(v * f)
        case let .uniform(lo, hi): .uniform(min: lo * f, max: hi * f)
        case let .triangular(lo, m, hi): .triangular(min: lo * f, mode: m * f, max: hi * f)
        case let .pert(lo, m, hi, l): .pert(min: lo * f, mode: m * f, max: hi * f, lambda: l)
        case let .normal(m, sd): .normal(mean: m * f, sd: sd * f)
        case let .lognormal(m, s): .lognormal(median: m * f, sigma: s)
        case let .gamma(k, t): .gamma(shape: k, scale: t * f)
        case .beta: self
        case let .empirical(values, w): .empirical(values: values.map { $0 * f }, weights: w)
        }
    }
}

extension Scenario {
    /// The scenario with each cycle changed by `change`.
    package func mappingCycles(_ change: (inout Cycle) -> Void) -> Scenario {
        var copy = self
        for k in copy.cycles.indices { change(&copy.cycles[k]) }
        return copy
    }
}

/// The namespace of the property-based suites, so `swift test --filter Properties` runs them all.
///
/// Shrinking: the per-trial suites (`PerTrialInvariantTests`, `CommonRandomNumberTests`) shrink a
/// failure to a small scenario by default (their bodies take milliseconds; a shrink takes one to
/// two minutes). The run-level suites do not: each shrink candidate is a whole run plus analysis,
/// and shrinking ~100 knobs took over ten minutes. To shrink a run-level failure, add
/// `.shrinking` and the `.fixedSeed(…)` the failure printed to that test.
@Suite package enum Properties {}
