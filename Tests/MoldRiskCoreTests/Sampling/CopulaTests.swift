import CGSL
import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// The copula's parts: the semi-definite Cholesky factor, the minimal conflict search, the
/// stratified uniforms and the compiled inverse CDF.
@Suite struct CopulaTests {
    @Test func choleskyReproducesTheMatrix() throws {
        let a = [1, 0.5, -0.3, 0.5, 1, 0.2, -0.3, 0.2, 1]
        let l = try #require(CholeskyFactor(a, size: 3)).lower
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + l[i * 3 + $1] * l[j * 3 + $1] }
                #expect(abs(product - a[i * 3 + j]) < 1e-14)
            }
        }
    }

    @Test func choleskyAcceptsSingularSemiDefiniteAndRefusesIndefinite() {
        // b = a (ρ = 1), c correlated 0.5 with both: semi-definite.
        #expect(CholeskyFactor([1, 1, 0.5, 1, 1, 0.5, 0.5, 0.5, 1], size: 3) != nil)
        // b = a but c correlated 0.5 with a and −0.5 with b: impossible.
        #expect(CholeskyFactor([1, 1, 0.5, 1, 1, -0.5, 0.5, -0.5, 1], size: 3) == nil)
        #expect(CholeskyFactor([1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1], size: 3) == nil)
        #expect(CholeskyFactor([1, .nan, .nan, 1], size: 2) == nil)
    }

    @Test func conflictSearchKeepsOnlyTheEntriesNeeded() {
        func spec(_ a: RandomInput, _ b: RandomInput, _ r: Double) -> CorrelationSpec {
            CorrelationSpec(first: a, second: b, paths: [], rank: r)
        }
        let specs = [spec(.moldCost, .research(cycle: 0), 0.9), spec(.tooling(cycle: 0), .demand(cycle: 0), 0.3),
                     spec(.moldCost, .reworkCost(cycle: 0), 0.9), spec(.research(cycle: 0), .reworkCost(cycle: 0), -0.9),
                     spec(.demand(cycle: 0), .drift(cycle: 0), 0.2)]
        // 0.9 and 0.9 through one input already conflict with the implicit 0 of the third pair:
        // {2, 3} (with mold cost ~ research 0), then, without 3, {0, 2}.
        #expect(CorrelationSpec.conflicts(specs) == [
            CorrelationSpec.Conflict(entry: 2, with: [0]),
            CorrelationSpec.Conflict(entry: 3, with: [2]),
        ])
        #expect(CorrelationSpec.conflicts([specs[0], specs[1], specs[4]]).isEmpty)
    }

    @Test func normalCorrelationIsPearsonsIdentity() {
        #expect(CorrelationSpec.normalCorrelation(rank: 0) == 0)
        #expect(abs(CorrelationSpec.normalCorrelation(rank: 1) - 1) < 1e-15)
        #expect(abs(CorrelationSpec.normalCorrelation(rank: -0.5) + 2 * sin(Double.pi / 12)) < 1e-15)
    }

    @Test func latinHypercubePutsOneValueInEachStratumOfEveryColumn() {
        let n = 997, width = 3
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * width)
        defer { values.deallocate() }
        let stream = RandomStream(seed: 5)
        withExtendedLifetime(stream) { StratifiedUniforms.latinHypercube(values, rows: n, width: width, stream: stream.unowned) }
        for d in 0..<width {
            let strata = (0..<n).map { Int(values[$0 * width + d] * Double(n)) }
            #expect(Set(strata) == Set(0..<n), "column \(d)")
        }
        // Columns are permuted independently: not the same order.
        #expect((0..<n).map { values[$0 * width] } != (0..<n).map { values[$0 * width + 1] })
    }

    @Test func shiftedSobolPointsAreInTheUnitCubeAndBalanced() {
        let n = 4096, width = 5
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * width)
        defer { values.deallocate() }
        let stream = RandomStream(seed: 9)
        withExtendedLifetime(stream) { StratifiedUniforms.sobol(values, rows: n, width: width, stream: stream.unowned) }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        for d in 0..<width {
            // A shifted Sobol net of 2¹² points: each column's mean is ½ far more closely than the
            // 1/√(12n) ≈ 0.0045 of independent uniforms.
            let mean = (0..<n).reduce(0.0) { $0 + values[$1 * width + d] } / Double(n)
            #expect(abs(mean - 0.5) < 1e-3, "column \(d): \(mean)")
        }
    }

    @Test func copulaKeepsEachColumnUniform() {
        let n = 20_000
        let copula = GaussianCopula(columns: [0, 1], normalCorrelations: [1, 0.7, 0.7, 1])!
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * 3)
        defer { values.deallocate() }
        let stream = RandomStream(seed: 3)
        withExtendedLifetime(stream) { StratifiedUniforms.random(values, stream: stream.unowned) }
        copula.apply(to: values, rows: n, width: 3)
        for d in 0..<3 {
            expectKolmogorovSmirnov((0..<n).map { values[$0 * 3 + d] }, cdf: { min(1, max(0, $0)) })
        }
    }

    @Test func inverseCDFIsFiniteAtEveryUniformForEveryFamily() {
        let specs: [Distribution] = [
            .uniform(min: 1, max: 2), .triangular(min: 0, mode: 0, max: 5), .pert(min: 1, mode: 3, max: 10, lambda: 4),
            .normal(mean: 5, sd: 2), .lognormal(median: 80_000, sigma: 0.6), .gamma(shape: 1e-3, scale: 2),
            .gamma(shape: 1e7, scale: 1), .beta(alpha: 1e-3, beta: 1e5), .empirical(values: [3, 1, 2, 2], weights: [1, 0, 2, 1]),
            .fixed(7),
        ]
        for spec in specs {
            let inverse = InverseCDF(spec)
            for u in [0, 1e-300, 1e-12, 0.3, 0.5, 0.9, 1 - 1e-16, 1] {
                let x = inverse.value(at: u)
                #expect(x.isFinite, "\(spec) at \(u)")
                #expect(x >= spec.quantile(0) && x <= spec.quantile(1), "\(spec) at \(u): \(x) outside the support")
                guard u >= 1e-6, u <= 1 - 1e-6 else { continue }
                if inverse.isPolynomial {
                    // UNU.RAN's PINV: the same quantile to its u-error (`PINVInverseTests`).
                    #expect(abs(spec.cdf(x) - u) <= 1e-10, "\(spec) at \(u): u-error \(abs(spec.cdf(x) - u))")
                    continue
                }
                // The same quantile to rounding: closed forms and GSL's inverse against `Quantile`'s
                // checked answer (which may search to a neighbouring Double).
                let q = spec.quantile(u)
                #expect(x == q || abs(x - q) <= 1e-12 * max(abs(q), 1e-300), "\(spec) at \(u): \(x) vs \(q)")
            }
        }
    }

    @Test func triangularInverseKeepsItsPrecisionNearAModeAtTheEnd() {
        // mode = min: x = w·(1 − √(1 − u)) ≈ w·u/2 for small u (relative error u/4).
        let inverse = InverseCDF(.triangular(min: 0, mode: 0, max: 5))
        for u in [1e-12, 1e-9, 1e-6] {
            let exact = 5 * u / (1 + (1 - u).squareRoot())
            #expect(abs(inverse.value(at: u) - exact) <= 1e-14 * exact, "u \(u): \(inverse.value(at: u)) vs \(exact)")
        }
        // mode = max: the lower piece, lo + √(u·w²).
        #expect(InverseCDF(.triangular(min: 0, mode: 5, max: 5)).value(at: 0.25) == 2.5)
    }

    @Test func empiricalInverseMatchesItsDefinition() {
        let spec = Distribution.empirical(values: [5, 1, 3, 1, 9], weights: [1, 1, 2, 0, 1])
        let inverse = InverseCDF(spec)
        // Sorted: 1 (w 1 + 0), 3 (2), 5 (1), 9 (1); cumulative 1, 1, 3, 4, 5 of 5.
        #expect(inverse.value(at: 0) == 1)
        #expect(inverse.value(at: 0.2) == 1)
        #expect(inverse.value(at: 0.21) == 3)
        #expect(inverse.value(at: 0.6) == 3)
        #expect(inverse.value(at: 0.61) == 5)
        #expect(inverse.value(at: 1) == 9)
    }
}
