import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// Reading a sketch: the one-pass `fractionsBelow` (the loss-exceedance curve) counts exactly
/// the values read back strictly below each threshold.
@Suite struct ValueSketchReadTests {
    @Test func fractionsBelowCountTheReadBackValuesStrictlyBelowEachThreshold() {
        var sketch = ValueSketch()
        let values: [Double] = [-5e5, -5e5, -1234.5, -1, 0, 0, 3e-7, 2, 2, 17.25, 9e4, 1e6]
        for v in values { sketch.add(v) }
        var readBack: [Double] = []
        sketch.forEachAscending { value, c in readBack += Array(repeating: value, count: Int(c)) }
        // Thresholds below, between, at and above the values read back (bucket midpoints included).
        let thresholds = ([-1e7, -5e5, -1000, 0, 1e-9, 2, 1e5, 1e6, 2e6] + readBack).sorted()
        let fractions = sketch.fractionsBelow(thresholds)
        for (t, f) in zip(thresholds, fractions) {
            let expected = Double(readBack.filter { $0 < t }.count) / Double(values.count)
            #expect(f == expected, "below \(t)")
            #expect(sketch.fractionsBelow([t]) == [expected], "below \(t), one threshold")
        }
        #expect(ValueSketch().fractionsBelow([0, 1]).allSatisfy { $0.isNaN })
    }
}
