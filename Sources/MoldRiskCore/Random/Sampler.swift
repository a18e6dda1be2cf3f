import CDraws
import CGSL
import Foundation

/// A `Distribution` compiled for drawing: parameters precomputed once per run (PERT's Beta
/// shapes, the lognormal's log-median, the empirical lookup table), then one `draw` per trial.
/// Immutable and safe to share between threads; each thread draws from its own `RandomStream`.
///
/// Methods (DESIGN §2): uniform `gsl_ran_flat`; triangular by its inverse CDF, `a + √(u(b−a)(c−a))`
/// for `u < (c−a)/(b−a)`, else `b − √((1−u)(b−a)(b−c))`; PERT `min + (max−min)·gsl_ran_beta(α, β)`
/// with `α = 1 + λ(mode−min)/(max−min)`, `β = 1 + λ(max−mode)/(max−min)`; normal
/// `mean + gsl_ran_gaussian_ziggurat(sd)`; lognormal `exp(log median + gsl_ran_gaussian_ziggurat(σ))`,
/// the exponential of the normal sampler (the same law as `gsl_ran_lognormal`, which exponentiates a
/// polar-method normal that costs three times as much here: 27.9 against 8.4 ns a draw); gamma
/// `gsl_ran_gamma(k, θ)`; beta `gsl_ran_beta`; empirical a Walker alias table (`gsl_ran_discrete`)
/// over the values, equal weights when the weight list is empty. The flat, normal, gamma and beta
/// numbers are GSL's, drawn by CDraws' inlined copies of those samplers (`moldrisk_flat`,
/// `moldrisk_normal`, `moldrisk_gamma`, `moldrisk_beta`; `DrawsMatchGSLTests`).
///
/// Properties kept (tested in `SamplerStatisticalTests` and `SamplerDegenerateTests`): each family
/// has the mean and variance of `Distribution.mean`/`.variance` and passes a KS (or χ²) test at
/// α = 1e−4; a degenerate spec (min == max, sd 0, σ 0, one distinct value) is a constant that
/// consumes no random numbers, and `isFixed == distribution.isDeterministic`.
package struct Sampler: Sendable {
    /// The draw rule: only numbers and (for `empirical`) raw pointers into a table this sampler
    /// keeps alive, so copying a `Kind` (or a `SamplerRule`) in the hot loop is a plain memory copy,
    /// with no reference counting.
    @usableFromInline
    enum Kind: Sendable, BitwiseCopyable {
        case fixed(Double)
        case uniform(min: Double, max: Double)
        case triangular(min: Double, max: Double, splitU: Double, lowScale: Double, highScale: Double)
        case pert(min: Double, width: Double, alpha: Double, beta: Double)
        case normal(mean: Double, sd: Double)
        case lognormal(zeta: Double, sigma: Double)
        case gamma(shape: Double, scale: Double)
        case beta(alpha: Double, beta: Double)
        case empirical(EmpiricalLookup)
    }

    @usableFromInline let kind: Kind
    /// Owns the empirical table `kind` points into (nil for every other family).
    private let storage: EmpiricalTable?
    /// The spec this sampler was compiled from.
    package let distribution: Distribution
    /// When set, every draw still consumes exactly the random numbers it would, but returns this
    /// value: holding one input fixed while every other draw stays the same (sensitivity analysis).
    package private(set) var pinnedValue: Double?

    /// This sampler with every draw replaced by `value`, consuming the same random numbers.
    package func pinned(to value: Double) -> Sampler {
        var copy = self
        copy.pinnedValue = value
        return copy
    }

    /// False when the spec's compiled parameters are not finite and legal (a NaN or infinite value,
    /// a shape ≤ 0, …), which validation rules out: then no GSL sampler is ever called with them
    /// (GSL's gamma and beta samplers loop forever on NaN); every draw is NaN instead, and the run
    /// fails naming the input (`SimulationPlan.samplerFault`).
    package let hasLegalParameters: Bool

    /// Compiles a validated distribution spec.
    package init(_ distribution: Distribution) {
        self.distribution = distribution
        let (kind, storage) = Self.compile(distribution)
        hasLegalParameters = kind.hasLegalParameters
        self.kind = hasLegalParameters ? kind : .fixed(.nan)
        self.storage = hasLegalParameters ? storage : nil
    }

    /// The draw rule of a spec and, for `empirical`, the table it points into.
    private static func compile(_ distribution: Distribution) -> (Kind, EmpiricalTable?) {
        let kind: Kind
        switch distribution {
        case let .fixed(v):
            kind = .fixed(v)
        case let .uniform(lo, hi):
            kind = lo == hi ? .fixed(lo) : .uniform(min: lo, max: hi)
        case let .triangular(lo, mode, hi):
            if lo == hi {
                kind = .fixed(lo)
            } else {
                kind = .triangular(min: lo, max: hi, splitU: (mode - lo) / (hi - lo),
                                   lowScale: (hi - lo) * (mode - lo), highScale: (hi - lo) * (hi - mode))
            }
        case let .pert(lo, mode, hi, lambda):
            if lo == hi {
                kind = .fixed(lo)
            } else {
                let width = hi - lo
                kind = .pert(min: lo, width: width, alpha: 1 + lambda * (mode - lo) / width,
                             beta: 1 + lambda * (hi - mode) / width)
            }
        case let .normal(mean, sd):
            kind = sd == 0 ? .fixed(mean) : .normal(mean: mean, sd: sd)
        case let .lognormal(median, sigma):
            kind = sigma == 0 ? .fixed(median) : .lognormal(zeta: log(median), sigma: sigma)
        case let .gamma(shape, scale):
            kind = .gamma(shape: shape, scale: scale)
        case let .beta(a, b):
            kind = .beta(alpha: a, beta: b)
        case let .empirical(values, weights):
            // All values equal (validation guarantees at least one value): a constant, as
            // `Distribution.isDeterministic` says. No weights means equal weights.
            if let first = values.first, values.allSatisfy({ $0 == first }) {
                kind = .fixed(first)
            } else {
                let w = Distribution.effectiveWeights(values: values, weights: weights)
                // GSL's table needs finite weights ≥ 0 with a positive sum (validated); else no table.
                guard values.allSatisfy(\.isFinite), w.allSatisfy({ $0 >= 0 && $0 < .infinity }),
                      w.reduce(0, +) > 0, w.reduce(0, +) < .infinity else { return (.fixed(.nan), nil) }
                let table = EmpiricalTable(values: values, weights: w)
                return (.empirical(table.lookup), table)
            }
        }
        return (kind, nil)
    }

    /// The draw rule alone, trivially copyable: what the engine's hot loop keeps. Valid while this
    /// sampler (or a copy of it) is alive.
    @inlinable
    package var rule: SamplerRule { SamplerRule(kind: kind, pinnedValue: pinnedValue) }

    /// True when every draw is the same number and no random number is consumed; equal to
    /// `distribution.isDeterministic`.
    package var isFixed: Bool {
        if case .fixed = kind { return true }
        return false
    }

    /// One draw (the pinned value, if any, after consuming the draw's random numbers).
    @inlinable @inline(__always)
    package func draw(_ stream: RandomStream) -> Double {
        rule.draw(stream.unowned)
    }
}

extension Sampler.Kind {
    /// Finite parameters in the family's domain (what GSL's samplers need to return).
    var hasLegalParameters: Bool {
        switch self {
        case let .fixed(v): v.isFinite
        case let .uniform(lo, hi): lo.isFinite && hi.isFinite && lo <= hi
        case let .triangular(lo, hi, splitU, lowScale, highScale):
            lo.isFinite && hi.isFinite && lo <= hi && splitU.isFinite && lowScale.isFinite && highScale.isFinite
        case let .pert(lo, width, a, b): lo.isFinite && width.isFinite && a > 0 && a < .infinity && b > 0 && b < .infinity
        case let .normal(mean, sd): mean.isFinite && sd >= 0 && sd < .infinity
        case let .lognormal(zeta, sigma): zeta.isFinite && sigma >= 0 && sigma < .infinity
        case let .gamma(shape, scale): shape > 0 && shape < .infinity && scale.isFinite
        case let .beta(a, b): a > 0 && a < .infinity && b > 0 && b < .infinity
        case .empirical: true
        }
    }
}

/// A `Sampler`'s draw rule without the spec it came from: numbers only (and raw pointers into an
/// empirical table its sampler owns), so the hot loop copies and reads it with no reference
/// counting. Draws exactly what `Sampler.draw` draws, from the same random numbers.
@frozen
package struct SamplerRule: Sendable, BitwiseCopyable {
    @usableFromInline let kind: Sampler.Kind
    @usableFromInline let pinnedValue: Double?

    @inlinable
    init(kind: Sampler.Kind, pinnedValue: Double?) {
        self.kind = kind
        self.pinnedValue = pinnedValue
    }

    /// One draw (the pinned value, if any, after consuming the draw's random numbers).
    @inlinable @inline(__always)
    package func draw(_ stream: UnownedStream) -> Double {
        let value = drawFromDistribution(stream.rng)
        return pinnedValue ?? value
    }

    @inlinable @inline(__always)
    func drawFromDistribution(_ rng: UnsafeMutablePointer<gsl_rng>) -> Double {
        switch kind {
        case let .fixed(v):
            return v
        case let .uniform(lo, hi):
            return moldrisk_flat(rng, lo, hi)
        case let .triangular(lo, hi, splitU, lowScale, highScale):
            let u = moldrisk_xoshiro256pp_uniform(rng)
            return u < splitU ? lo + (u * lowScale).squareRoot() : hi - ((1 - u) * highScale).squareRoot()
        case let .pert(lo, width, a, b):
            return lo + width * moldrisk_beta(rng, a, b)
        case let .normal(mean, sd):
            return mean + moldrisk_normal(rng, sd)
        case let .lognormal(zeta, sigma):
            return Foundation.exp(zeta + moldrisk_normal(rng, sigma))
        case let .gamma(shape, scale):
            return moldrisk_gamma(rng, shape, scale)
        case let .beta(a, b):
            return moldrisk_beta(rng, a, b)
        case let .empirical(table):
            return table.draw(rng)
        }
    }
}

/// Raw pointers into an `EmpiricalTable` (values and GSL's alias table), valid while the table lives.
@frozen @usableFromInline
struct EmpiricalLookup: @unchecked Sendable, BitwiseCopyable {
    @usableFromInline let values: UnsafePointer<Double>
    @usableFromInline let table: UnsafePointer<gsl_ran_discrete_t>

    @usableFromInline
    init(values: UnsafePointer<Double>, table: UnsafePointer<gsl_ran_discrete_t>) {
        self.values = values
        self.table = table
    }

    @inlinable @inline(__always)
    func draw(_ rng: UnsafeMutablePointer<gsl_rng>) -> Double {
        values[Int(gsl_ran_discrete(rng, table))]
    }
}

/// GSL's Walker alias table (`gsl_ran_discrete_t`) over observed values, owned and freed here.
/// Read-only after construction, so it may be shared between threads.
final class EmpiricalTable: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<Double>
    private let table: UnsafeMutablePointer<gsl_ran_discrete_t>

    init(values: [Double], weights: [Double]) {
        GSLSetup.ensure()
        let copy = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
        _ = copy.initialize(from: values)
        self.values = copy
        guard let table = weights.withUnsafeBufferPointer({ gsl_ran_discrete_preproc($0.count, $0.baseAddress) }) else {
            fatalError("moldrisk: GSL could not build the empirical table (weights were validated)")
        }
        self.table = table
    }

    deinit {
        gsl_ran_discrete_free(table)
        values.deallocate()
    }

    /// Pointers for drawing; valid while this table lives.
    var lookup: EmpiricalLookup { EmpiricalLookup(values: UnsafePointer(values.baseAddress!), table: table) }
}
