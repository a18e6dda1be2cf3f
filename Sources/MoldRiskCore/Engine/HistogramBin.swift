/// One bar of a histogram: the count of trials with a value in [lower, upper).
package struct HistogramBin: Sendable, Equatable {
    package var lower: Double
    package var upper: Double
    /// Share of all trials in this bin (the bins sum to 1).
    package var share: Double
    package init(lower: Double, upper: Double, share: Double) {
        self.lower = lower
        self.upper = upper
        self.share = share
    }
}
