import Dispatch
import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// `InverseCDF` by UNU.RAN's PINV for PERT, gamma and beta (DESIGN §8.8): the u-error
/// |P(X ≤ x) − u| ≤ 1e−10 against the exact CDFs (`IncompleteBeta`, `IncompleteGamma`) over a grid
/// of laws and of u reaching 1e−12 into both tails, the fallback to the exact `Quantile` where PINV
/// cannot, the ends u = 0 and 1, and one table shared by threads.
///
/// Reference: scipy's `scipy.stats.sampling.NumericalInversePolynomial(dist, u_resolution=1e-10)`
/// is the same method (UNU.RAN's PINV). Cross-checked by hand with scipy 1.17.1 and mpmath
/// (40 digits) for a few laws: e.g. for `stats.beta(1101, 18901)`,
/// `NumericalInversePolynomial(dist, u_resolution=1e-10).u_error(100_000)` reports a maximum
/// u-error of 8e−11; `ppf(0.5)` = 0.055029665556… here as there.
@Suite struct PINVInverseTests {
    /// u over the whole interval and far into both tails.
    static let us: [Double] = {
        let lowerTail: [Double] = [1e-12, 1e-10, 1e-9, 1e-7, 1e-6, 1e-4, 1e-3]
        let body: [Double] = (1...999).map { Double($0) / 1000 }
        let upperTail: [Double] = lowerTail.reversed().map { 1 - $0 }
        return lowerTail + body + upperTail
    }()

    /// Beta shapes: every pair of {0.5, 1, 2.5, 30}, conversion posteriors as sharp as a test
    /// listing gives (1,100 orders of 20,000 impressions on a flat prior, and sharper), the
    /// extremes the scenario accepts (shapes up to 1e5, a posterior up to 2e5).
    static let betaShapes: [(Double, Double)] = {
        let small: [Double] = [0.5, 1, 2.5, 30]
        let pairs: [(Double, Double)] = small.flatMap { a in small.map { b in (a, b) } }
        let sharp: [(Double, Double)] = [
            (1_101, 18_901), (1_102, 18_902), (12, 400), (5_001, 45_001), (100_000, 100_000), (100_001, 200_000),
            (1, 100_000), (100_000, 1), (0.2, 5), (5, 0.2), (0.1, 0.1),
        ]
        return pairs + sharp
    }()

    /// Gamma shapes from 0.3 to 1e4 (and 1e7, the largest accepted).
    static let gammaShapes: [Double] = [0.3, 0.5, 1, 2, 3.7, 10, 100, 1e3, 1e4, 1e7]

    /// The PERTs of the example scenarios (mold costs, λ = 4) and the steepest λ accepted.
    static let perts: [Distribution] = [
        .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4),   // rinse-cups.toml
        .pert(min: 650_000, mode: 820_000, max: 1_300_000, lambda: 4), // office-chair.toml
        .pert(min: 380_000, mode: 620_000, max: 1_200_000, lambda: 4), // storage-box.toml
        .pert(min: 0, mode: 0, max: 10, lambda: 4), .pert(min: 0, mode: 1, max: 10, lambda: 1_000),
    ]

    /// The largest u-error of `inverse` over `us` beyond what the Doubles around each x allow, in
    /// the standard law's coordinate `y(x)`.
    static func worstExcess<Law: QuantileLaw>(_ inverse: InverseCDF, _ law: Law, y: (Double) -> Double) -> (excess: Double, u: Double) {
        var worst = (excess: -Double.infinity, u: 0.0)
        for u in us {
            let x = y(inverse.value(at: u))
            let excess = PINVQuantile.uError(law, at: x, u: u) - PINVQuantile.roundingAllowance(law, at: x)
            if excess > worst.excess { worst = (excess, u) }
        }
        return worst
    }

    /// The grid's Betas whose PINV set-up fails its check (a pole at 0 PINV resolves badly, see
    /// `PINVQuantile`): 3 of the 27, which keep the exact quantile.
    static let betaFallbacks: Set<Double> = [0.5 * 0.5, 0.2 * 5, 0.1 * 0.1]

    @Test(arguments: betaShapes.indices)
    func betaUErrorIsWithinTheResolution(_ i: Int) {
        let (a, b) = Self.betaShapes[i]
        let spec = Distribution.beta(alpha: a, beta: b)
        let inverse = InverseCDF(spec)
        let fallsBack = a < 1 && Self.betaFallbacks.contains(a * b)
        #expect(inverse.isPolynomial == !fallsBack, "Beta(\(a), \(b)): PINV \(inverse.isPolynomial)")
        if fallsBack { #expect(Self.us.allSatisfy { inverse.value(at: $0) == spec.quantile($0) }) }
        let worst = Self.worstExcess(inverse, BetaLaw(a: a, b: b)) { $0 }
        #expect(worst.excess <= PINVQuantile.uErrorBound, "Beta(\(a), \(b)): u-error \(worst.excess) at u = \(worst.u)")
    }

    @Test(arguments: gammaShapes)
    func gammaUErrorIsWithinTheResolution(_ shape: Double) {
        let scale = 3.5
        let inverse = InverseCDF(.gamma(shape: shape, scale: scale))
        #expect(inverse.isPolynomial, "Gamma(\(shape)) fell back to the exact quantile")
        let worst = Self.worstExcess(inverse, GammaLaw(shape: shape)) { $0 / scale }
        #expect(worst.excess <= PINVQuantile.uErrorBound, "Gamma(\(shape)): u-error \(worst.excess) at u = \(worst.u)")
    }

    @Test(arguments: perts.indices)
    func pertUErrorIsWithinTheResolution(_ i: Int) throws {
        guard case let .pert(lo, mode, hi, lambda) = Self.perts[i] else { throw CancellationError() }
        let (a, b) = Distribution.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
        let inverse = InverseCDF(Self.perts[i])
        #expect(inverse.isPolynomial)
        // In the Beta's coordinate: (x − min)/(max − min) rounds by an ulp, a u-error of density·1e−16.
        let worst = Self.worstExcess(inverse, BetaLaw(a: a, b: b)) { ($0 - lo) / (hi - lo) }
        #expect(worst.excess <= PINVQuantile.uErrorBound, "\(Self.perts[i]): u-error \(worst.excess) at u = \(worst.u)")
    }

    /// Where PINV's set-up fails (shapes near the accepted minimum 1e−3), the input keeps the exact
    /// quantile: measured here, 3 of these 5 laws fall back and 2 use PINV (within the bound).
    @Test func extremeShapesFallBackToTheExactQuantile() {
        let extremes: [(Distribution, usesPINV: Bool)] = [
            (.gamma(shape: 1e-3, scale: 2), false), (.gamma(shape: 0.01, scale: 1), false),
            (.beta(alpha: 1e-3, beta: 1e-3), false), (.beta(alpha: 1e-3, beta: 1e5), false),
            (.gamma(shape: 0.1, scale: 1), true),
        ]
        var fallbacks = 0
        for (spec, usesPINV) in extremes {
            let inverse = InverseCDF(spec)
            #expect(inverse.isPolynomial == usesPINV, "\(spec)")
            if !inverse.isPolynomial { fallbacks += 1 }
            for u in [0, 1e-12, 1e-6, 0.3, 0.5, 0.9, 1 - 1e-9, 1] {
                let x = inverse.value(at: u)
                #expect(x.isFinite, "\(spec) at \(u)")
                if !inverse.isPolynomial { #expect(x == spec.quantile(u), "\(spec) at \(u)") }
            }
        }
        #expect(fallbacks == 4)
    }

    /// u = 0 and 1 give the support's ends as `Distribution.quantile` does; u is clamped; NaN only for NaN.
    @Test func endsAndClampingAreTheExactQuantiles() {
        let specs: [Distribution] = [.beta(alpha: 2, beta: 5), .gamma(shape: 2, scale: 3), .gamma(shape: 1e4, scale: 0.5),
                                     Self.perts[0], .beta(alpha: 1_101, beta: 18_901)]
        for spec in specs {
            let inverse = InverseCDF(spec)
            #expect(inverse.isPolynomial)
            #expect(inverse.value(at: 0) == spec.quantile(0), "\(spec)")
            #expect(inverse.value(at: 1) == spec.quantile(1), "\(spec)")
            #expect(inverse.value(at: -0.5) == spec.quantile(0))
            #expect(inverse.value(at: 7) == spec.quantile(1))
            #expect(inverse.value(at: .nan).isNaN)
            for u in [1e-300, 1e-17, 1 - 1e-16] {
                let x = inverse.value(at: u)
                #expect(x.isFinite && x >= spec.quantile(0) && x <= spec.quantile(1), "\(spec) at \(u): \(x)")
            }
        }
    }

    /// One table serves every thread: the same values from eight threads at once as from one.
    @Test func threadsShareOneTable() {
        let inverse = InverseCDF(.beta(alpha: 1_101, beta: 18_901))
        let serial = Self.us.map { inverse.value(at: $0) }
        let results = UnsafeMutableBufferPointer<Double>.allocate(capacity: 8 * Self.us.count)
        defer { results.deallocate() }
        nonisolated(unsafe) let out = results
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            let mine = InverseCDF(.beta(alpha: 1_101, beta: 18_901))  // the cached table, shared
            for (i, u) in Self.us.enumerated() { out[t * Self.us.count + i] = (t % 2 == 0 ? inverse : mine).value(at: u) }
        }
        for t in 0..<8 { #expect(Array(results[(t * Self.us.count)..<((t + 1) * Self.us.count)]) == serial) }
    }

    /// More laws than the cache holds (EVSI's re-runs ask for one posterior each): the evicted
    /// tables are freed, those still in use stay valid, and nothing deadlocks (an eviction freed
    /// tables under the cache's lock, whose `deinit` takes it again: a crash seen in a run).
    @Test func cacheEvictionFreesTablesSafely() {
        let kept = InverseCDF(.beta(alpha: 3, beta: 7))
        let before = kept.value(at: 0.3)
        for k in 0..<(2 * PINVTable.cacheLimit + 3) {
            let inverse = InverseCDF(.beta(alpha: 100 + Double(k), beta: 900))
            #expect(inverse.isPolynomial)
        }
        #expect(kept.value(at: 0.3) == before)
        #expect(InverseCDF(.beta(alpha: 3, beta: 7)).value(at: 0.3) == before)
    }

    /// UNU.RAN is silenced: a failing set-up writes no `unuran.log` into the working folder.
    @Test func aFailedSetUpWritesNoLogFile() {
        let log = FileManager.default.currentDirectoryPath + "/unuran.log"
        let existed = FileManager.default.fileExists(atPath: log)
        #expect(!InverseCDF(.beta(alpha: 2e-3, beta: 3e-3)).isPolynomial)
        #expect(FileManager.default.fileExists(atPath: log) == existed)
    }
}
