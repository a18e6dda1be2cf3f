extension Int {
    /// `x` truncated toward zero, as `Int(x)`, but clamped to `range` first, so it never traps:
    /// NaN and anything at or below the lower bound give `range.lowerBound`, anything at or above
    /// the upper bound (+∞, 1e300) gives `range.upperBound`. Every conversion of a computed
    /// `Double` to an integer in moldrisk goes through it.
    package init(truncating x: Double, clampedTo range: ClosedRange<Int>) {
        if !(x > Double(range.lowerBound)) {
            self = range.lowerBound
        } else if !(x < Double(range.upperBound)) {
            self = range.upperBound
        } else {
            self = Int(x)
        }
    }
}
