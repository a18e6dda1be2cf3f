/// One bar of a histogram: the count of trials with a value in [lower, upper).
public struct HistogramBin: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    /// Share of all trials in this bin (the bins sum to 1).
    public var share: Double
    public init(lower: Double, upper: Double, share: Double) {
        self.lower = lower
        self.upper = upper
        self.share = share
    }
}
