import MoldRiskCore

/// The risk curves and tail figures read from a profit sketch.
enum RiskCurves {
    /// Probability levels of the S-curve points: 0, 0.5 %, 1 %, 2 %, …, 98 %, 99 %, 99.5 %, 1.
    static let cdfLevels: [Double] = [0, 0.005] + (1...99).map { Double($0) / 100 } + [0.995, 1]

    /// The profit S-curve: (P_q of profit, q) at `cdfLevels`.
    static func profitCDF(_ sketch: ValueSketch) -> [CurvePoint] {
        zip(sketch.quantiles(cdfLevels), cdfLevels).map { CurvePoint(x: $0, probability: $1) }
    }

    /// The loss-exceedance curve P(loss > x) at 41 evenly spaced losses from 0 to the largest loss;
    /// the point at 0 is the exact P(loss). A run with no loss gives the single point (0, 0).
    static func lossExceedance(_ sketch: ValueSketch, probabilityOfLoss: Double) -> [CurvePoint] {
        let largestLoss = -sketch.minimum
        guard largestLoss > 0, probabilityOfLoss > 0 else { return [CurvePoint(x: 0, probability: 0)] }
        let steps = 40
        let losses = (0...steps).map { largestLoss * Double($0) / Double(steps) }
        // P(profit < −x) for every x in one pass; thresholds ascending = losses descending.
        let below = Array(sketch.fractionsBelow(losses.reversed().map { -$0 }).reversed())
        return losses.indices.map { i in
            CurvePoint(x: losses[i], probability: i == 0 ? probabilityOfLoss : min(probabilityOfLoss, below[i]))
        }
    }

    /// Conditional value at risk: −(mean of the worst ⌈5 %·n⌉ profits).
    static func cvar95(_ sketch: ValueSketch) -> Double {
        -sketch.lowerTailMean(count: tailCount(sketch))
    }

    /// ⌈5 %·n⌉, the trials in the 5 % tail.
    static func tailCount(_ sketch: ValueSketch) -> UInt64 {
        UInt64(Int(truncating: (0.05 * Double(sketch.count) - 1e-9).rounded(.up), clampedTo: 1...Int.max))
    }

    /// Standard error of VaR95 = −P5: √(0.05·0.95/n) / f(P5), f(P5) ≈ 0.02 / (P6 − P4).
    static func var95StandardError(_ sketch: ValueSketch) -> Double {
        let q = sketch.quantiles([0.04, 0.06])
        let n = Double(sketch.count)
        return (0.05 * 0.95 / n).squareRoot() * (q[1] - q[0]) / 0.02
    }

    /// Standard error of CVaR95: √((Var(tail) + 0.95·(P5 − tail mean)²) / (0.05·n)).
    static func cvar95StandardError(_ sketch: ValueSketch) -> Double {
        let tail = sketch.lowerTailMoments(count: tailCount(sketch))
        let p5 = sketch.quantile(0.05)
        let n = Double(sketch.count)
        return ((tail.variance + 0.95 * (p5 - tail.mean) * (p5 - tail.mean)) / (0.05 * n)).squareRoot()
    }

    /// Histogram of profit over [P0.5, P99.5] (the end bins hold the tails).
    static func profitHistogram(_ sketch: ValueSketch, bins: Int = 24) -> [HistogramBin] {
        let range = sketch.quantiles([0.005, 0.995])
        return sketch.histogram(bins: bins, lower: range[0], upper: range[1])
    }
}
