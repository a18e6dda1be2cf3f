import Foundation
import MoldRiskCore

/// What the charts of `moldrisk fit --charts` draw, computed here so that the renderer computes
/// no statistics: the histogram of the observations with each fitted law's probability per band,
/// and the quantile–quantile points of each law.
extension DistributionFit {
    /// One fitted law's curve over the histogram: (x, density × band width) on a grid.
    package struct DensityCurve: Sendable {
        package var family: FitFamily
        package var points: [DensityPoint]
    }

    /// One law's QQ points: (the law's quantile at (i − ½)/n, the i-th smallest observation).
    package struct QQSeries: Sendable {
        package var family: FitFamily
        package var points: [(expected: Double, observed: Double)]
    }

    /// The histogram: about √n bands (5 to 40) of equal width over the data's range.
    package var histogram: [HistogramBin] {
        guard let lo = values.first, let hi = values.last, hi > lo else { return [] }
        let count = min(40, max(5, Int(Double(values.count).squareRoot().rounded())))
        let width = (hi - lo) / Double(count)
        guard width > 0, width.isFinite else { return [] }
        var counts = [Double](repeating: 0, count: count)
        for x in values {
            let band = (x - lo) / width
            let index = band.isFinite ? min(count - 1, max(0, Int(band))) : count - 1
            counts[index] += 1
        }
        return counts.indices.map {
            HistogramBin(lower: lo + Double($0) * width, upper: $0 == count - 1 ? hi : lo + Double($0 + 1) * width,
                         share: counts[$0] / Double(values.count))
        }
    }

    /// Each parametric law's density times the band width, on 120 points across the histogram.
    package func densityCurves(bandWidth: Double) -> [DensityCurve] {
        guard let lo = values.first, let hi = values.last, hi > lo else { return [] }
        return candidates.compactMap { candidate in
            guard candidate.family != .empirical else { return nil }
            let points = (0...120).compactMap { i -> DensityPoint? in
                let x = lo + (hi - lo) * Double(i) / 120
                guard let d = candidate.distribution.density(x), d.isFinite else { return nil }
                return DensityPoint(x: x, density: d * bandWidth)
            }
            return DensityCurve(family: candidate.family, points: points)
        }
    }

    /// The QQ points of each parametric law, at most `maxPoints` evenly spread ranks.
    package func qqSeries(maxPoints: Int = 200) -> [QQSeries] {
        let n = values.count
        let step = max(1, Int((Double(n) / Double(maxPoints)).rounded(.up)))
        let ranks = Array(stride(from: 0, to: n, by: step)) + (n > 0 && (n - 1) % step != 0 ? [n - 1] : [])
        return candidates.compactMap { candidate in
            guard candidate.family != .empirical else { return nil }
            let points = ranks.map { i in
                (candidate.distribution.quantile((Double(i) + 0.5) / Double(n)), values[i])
            }
            return QQSeries(family: candidate.family, points: points)
        }
    }
}
