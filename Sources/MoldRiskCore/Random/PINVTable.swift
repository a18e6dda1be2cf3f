import CUnuran
import Foundation

/// UNU.RAN's PINV (polynomial interpolation of the inverse CDF; the method of
/// `scipy.stats.sampling.NumericalInversePolynomial`) set up for one standard law, Beta(a, b) or
/// Gamma(shape, 1), once per law and process: `PINVTable.beta`/`gamma` look it up in a process-wide
/// cache, so a plan, a chunk or a re-run that asks for the same law again pays nothing (a set-up
/// costs 0.3–100 ms, about 0.5 s for the shapes where it fails). Its `quantile` is what
/// `InverseCDF` evaluates per draw.
///
/// The set-up uses UNU.RAN's own Beta and Gamma (PDF, derivative, mode; domain [0, 1] or [0, ∞),
/// whose right tail PINV cuts where its probability is below the resolution) with
/// `u_resolution` = `resolution`, then checks the result against the exact CDF at
/// `PINVQuantile.checkPoints`; it is nil (the caller keeps the exact `Quantile`) when PINV fails
/// (shapes near 1e−3, both Beta shapes below ~0.02) or misses the bound at a checked point.
/// A Beta with b < 1 also gets the generator of its mirror Beta(b, a) (see `PINVQuantile`).
///
/// UNU.RAN keeps global state (its error number, default URNG, message stream), so every call
/// other than evaluation runs under `lock`; its messages are silenced before the first set-up
/// (error handler off, debugging off, the message stream /dev/null), so it prints nothing and
/// never creates its log file `unuran.log` in the working folder. A generator must carry a URNG;
/// its is one that evaluation never samples (`moldrisk_unuran_unused_urng`).
///
/// `@unchecked Sendable`: the generator pointers are set once in `init`, never changed, only read
/// by `unur_pinv_eval_approxinvcdf` (which reads the guide table and the interval nodes and
/// coefficients; UNU.RAN's `pinv_sample.c`: no write, no call of the URNG, and no error path for
/// u in (0, 1)), so one table serves every worker thread at once; they are freed in `deinit`, when
/// no one holds the table any more.
package final class PINVTable: @unchecked Sendable {
    /// The u-resolution asked of PINV: a tenth of the 1e−10 that `InverseCDF` promises, because
    /// PINV's error control is an estimate (asked for 1e−10, its u-error reached 2e−10 near a
    /// Beta's pole at 0, Beta(0.5, 30); at 1e−11 the largest measured is 2e−11).
    static let resolution = 1e-11
    /// Cached laws at most; beyond it the cache starts afresh (a law still in use stays alive).
    static let cacheLimit = 64

    /// The evaluation view of the generators below.
    let quantile: PINVQuantile
    /// The standard law's value at u = 1 (Beta 1; Gamma the exact `Quantile`'s finite end).
    let upperEnd: Double
    /// The generators (`UNUR_GEN *`) owned, one or two.
    private let generators: [OpaquePointer]

    private init(quantile: PINVQuantile, upperEnd: Double, generators: [OpaquePointer]) {
        self.quantile = quantile
        self.upperEnd = upperEnd
        self.generators = generators
    }

    deinit {
        let generators = self.generators
        Self.lock.withLock { _ in generators.forEach { unur_free($0) } }
    }

    /// The table of Beta(a, b), a, b > 0, or nil (see the type).
    static func beta(_ a: Double, _ b: Double) -> PINVTable? { table(for: Law(family: .beta, a: a, b: b)) }

    /// The table of Gamma(shape, scale 1), shape > 0, or nil (see the type).
    static func gamma(_ shape: Double) -> PINVTable? { table(for: Law(family: .gamma, a: shape, b: 1)) }

    // MARK: - Set-up and cache

    private enum Family: Hashable { case beta, gamma }

    private struct Law: Hashable {
        let family: Family
        let a: Double
        let b: Double
    }

    /// A cached set-up: its table, or nil when it failed (not tried again).
    private struct Entry { let table: PINVTable? }

    /// Serialises UNU.RAN's set-up and frees (its global state) and guards the cache.
    private static let lock = Locked<[Law: Entry]>([:])

    /// UNU.RAN's global settings, applied once before the first set-up (a Swift global initialiser
    /// runs exactly once, thread-safe).
    private static let configured: Bool = {
        unur_set_error_handler_off()
        unur_set_default_debug(moldrisk_unuran_debug_off())
        if let sink = fopen("/dev/null", "w") { unur_set_stream(sink) }
        unur_set_default_urng(moldrisk_unuran_unused_urng())
        return true
    }()

    private static func table(for law: Law) -> PINVTable? {
        _ = configured
        // An evicted cache is released after the lock: a table freed there takes the lock in `deinit`.
        let (table, evicted) = lock.withLock { cache -> (PINVTable?, [Law: Entry]) in
            if let entry = cache[law] { return (entry.table, [:]) }
            let table = make(law)
            var evicted: [Law: Entry] = [:]
            if cache.count >= cacheLimit { swap(&evicted, &cache) }
            cache[law] = Entry(table: table)
            return (table, evicted)
        }
        withExtendedLifetime(evicted) {}
        return table
    }

    /// Sets up and checks `law` (under the lock).
    private static func make(_ law: Law) -> PINVTable? {
        switch law.family {
        case .gamma:
            guard let generator = generator(law) else { return nil }
            let quantile = PINVQuantile(lower: generator, lowerMirrored: false, upper: generator, upperMirrored: false)
            return checked(quantile, GammaLaw(shape: law.a), upperEnd: Quantile.standardGamma(1, shape: law.a),
                           generators: [generator])
        case .beta:
            let (a, b) = (law.a, law.b)
            // Q_{a,b}(u) = 1 − Q_{b,a}(1 − u) where b < 1: for every u when a ≥ 1, for u > ½ when a < 1.
            let direct = b >= 1 || a < 1 ? generator(law) : nil
            let mirror = b < 1 ? (a == b ? direct : generator(Law(family: .beta, a: b, b: a))) : nil
            let owned = Array(Set([direct, mirror].compactMap { $0 }))
            guard let low = direct ?? mirror, let high = mirror ?? direct else {
                owned.forEach { unur_free($0) }
                return nil
            }
            let quantile = PINVQuantile(lower: low, lowerMirrored: direct == nil, upper: high,
                                        upperMirrored: mirror != nil)
            return checked(quantile, BetaLaw(a: a, b: b), upperEnd: 1, generators: owned)
        }
    }

    /// The table, if `quantile` passes the check at `PINVQuantile.checkPoints`; else frees `generators`.
    private static func checked<Exact: QuantileLaw>(_ quantile: PINVQuantile, _ exact: Exact, upperEnd: Double,
                                                    generators: [OpaquePointer]) -> PINVTable? {
        if quantile.passesCheck(exact) {
            return PINVTable(quantile: quantile, upperEnd: upperEnd, generators: generators)
        }
        generators.forEach { unur_free($0) }
        return nil
    }

    /// One PINV generator for `law` (under the lock), nil where UNU.RAN's set-up fails.
    private static func generator(_ law: Law) -> OpaquePointer? {
        var parameters = [law.a, law.b]
        let distribution = parameters.withUnsafeMutableBufferPointer { p -> OpaquePointer? in
            switch law.family {
            case .beta: unur_distr_beta(p.baseAddress, 2)
            case .gamma: unur_distr_gamma(p.baseAddress, 1)
            }
        }
        guard let distribution else { return nil }
        defer { unur_distr_free(distribution) }
        guard let parameterObject = unur_pinv_new(distribution) else { return nil }
        guard Int(unur_pinv_set_u_resolution(parameterObject, resolution)) == UNUR_SUCCESS else {
            unur_par_free(parameterObject)
            return nil
        }
        // unur_init consumes the parameter object, also when it fails; the generator holds its own
        // copy of the distribution.
        return unur_init(parameterObject)
    }
}
