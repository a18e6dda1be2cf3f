import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// No conversion of a computed `Double` to an integer can trap.
@Suite struct IntClampingTests {
    @Test func conversionClampsAndNeverTraps() {
        let r = 0...9
        #expect(Int(truncating: 3.9, clampedTo: r) == 3)
        #expect(Int(truncating: -0.5, clampedTo: r) == 0)
        #expect(Int(truncating: 4e25, clampedTo: r) == 9)
        #expect(Int(truncating: .infinity, clampedTo: r) == 9)
        #expect(Int(truncating: -.infinity, clampedTo: r) == 0)
        #expect(Int(truncating: .nan, clampedTo: r) == 0)
        #expect(Int(truncating: 1e300, clampedTo: 0...Int.max) == Int.max)
        #expect(Int(truncating: -1e300, clampedTo: Int.min...0) == Int.min)
    }

    /// The probe's case: 998 of 1,000 profits the same, 2 far away, a range of a hair's width
    /// (the P0.5–P99.5 of the report's histogram): `Int((value - lower) / width)` overflowed.
    @Test func histogramOverATinyRangeWithAFarValueDoesNotTrap() {
        var sketch = ValueSketch()
        for _ in 0..<998 { sketch.add(5) }
        sketch.add(-1e12)
        sketch.add(-1e12)
        let bins = sketch.histogram(bins: 40, lower: 5 - 1e-12, upper: 5 + 1e-12)
        #expect(bins.count == 40)
        #expect(bins[0].share == 0.002)
        #expect(bins[20].share == 0.998)
        let wide = sketch.histogram(bins: 10, lower: -1e308, upper: 1e308)
        #expect(abs(wide.map(\.share).reduce(0, +) - 1) < 1e-12)
    }

    @Test func quantileOfANaNLevelDoesNotTrap() {
        var sketch = ValueSketch()
        for v in [1.0, 2, 3] { sketch.add(v) }
        #expect(sketch.quantiles([.nan, -1, 2]).allSatisfy { (1...3).contains($0) })
    }
}
