import MoldRiskCore

/// The histogram of the ready day for the lead-time chart, with a bin edge on the deadline
/// (`commit_days_before_window`) so that a bar is wholly on time or wholly late, and the late
/// bars' shares adding up to the engine's exact P(late).
///
/// About `bins` bars of one width span the ready days from the minimum to the maximum; when the
/// deadline lies in that span the edges are shifted onto it (up to `bins + 2` bars). Values come
/// from the sketch (within `ValueSketch.relativeError`), so a few trials within that error of the
/// deadline can be read back on the wrong side of it: their counts are moved across the edge, from
/// the bars nearest to it, until the late bars hold exactly the engine's late count.
enum LeadTimeHistogram {
    static let bins = 20

    static func bins(_ sketch: ValueSketch, deadline: Double, lateTrials: Int) -> [HistogramBin] {
        let lo = sketch.minimum, hi = sketch.maximum
        guard sketch.count > 0, lo.isFinite, hi.isFinite else { return [] }
        let total = Double(sketch.count)
        let width = (hi - lo) / Double(bins)
        guard hi > lo, width > 0, width.isFinite else {   // one value: one bar, on its side of the deadline
            let lower = deadline.isFinite && lo <= deadline ? lo - 0.5 : lo
            return [HistogramBin(lower: lower, upper: lower + 1, share: 1)]
        }
        guard deadline.isFinite, lo <= deadline, deadline < hi else {
            var counts = [UInt64](repeating: 0, count: bins)
            sketch.forEachAscending { value, c in counts[index(value - lo, width: width, count: bins)] += c }
            return counts.indices.map {
                HistogramBin(lower: lo + Double($0) * width, upper: lo + Double($0 + 1) * width, share: Double(counts[$0]) / total)
            }
        }
        // On time: bars (deadline − (i + 1)·width, deadline − i·width], i = 0 nearest the deadline;
        // late: [deadline + i·width, deadline + (i + 1)·width).
        let onTimeBars = max(1, Int(((deadline - lo) / width).rounded(.up)))
        let lateBars = max(1, Int(((hi - deadline) / width).rounded(.up)))
        var onTime = [UInt64](repeating: 0, count: onTimeBars)
        var late = [UInt64](repeating: 0, count: lateBars)
        sketch.forEachAscending { value, c in
            if value > deadline {
                late[index(value - deadline, width: width, count: lateBars)] += c
            } else {
                onTime[index(deadline - value, width: width, count: onTimeBars)] += c
            }
        }
        let exactLate = UInt64(max(0, min(lateTrials, Int(sketch.count))))
        let readLate = late.reduce(0, +)
        if exactLate > readLate {
            move(exactLate - readLate, from: &onTime, to: &late)
        } else if readLate > exactLate {
            move(readLate - exactLate, from: &late, to: &onTime)
        }
        let onTimeBins = onTime.indices.reversed().map {
            HistogramBin(lower: deadline - Double($0 + 1) * width, upper: deadline - Double($0) * width,
                         share: Double(onTime[$0]) / total)
        }
        let lateBins = late.indices.map {
            HistogramBin(lower: deadline + Double($0) * width, upper: deadline + Double($0 + 1) * width,
                         share: Double(late[$0]) / total)
        }
        return onTimeBins + lateBins
    }

    /// The bar of a value `offset` past a side's edge (0 nearest the edge), clamped to the side's bars.
    static func index(_ offset: Double, width: Double, count: Int) -> Int {
        let i = (offset / width).rounded(.down)
        return i >= Double(count - 1) ? count - 1 : (i > 0 ? Int(i) : 0)
    }

    /// Moves `n` counts from the bars of `source` nearest the edge to the bar of `target` nearest it.
    static func move(_ n: UInt64, from source: inout [UInt64], to target: inout [UInt64]) {
        var left = n
        for i in source.indices where left > 0 {
            let take = min(left, source[i])
            source[i] -= take
            target[0] += take
            left -= take
        }
    }
}
