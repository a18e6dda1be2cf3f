import MoldRiskAnalysis
import MoldRiskCore

/// Charts drawn with block characters for fixed-width text: horizontal histogram bars with
/// eighth-block ends (▏▎▍▌▋▊▉█) and a filled S-curve (▁▂▃▄▅▆▇█). Every line is at most the given
/// display width. Charts only place the points they are given; the S-curve samples the curve by
/// linear interpolation between its points, one sample per column.
enum TextCharts {
    /// Most bars a histogram shows; more bins are merged in equal consecutive groups.
    static let maxBars = 16
    static let sCurveHeight = 10

    private static let partialBlocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let columnBlocks = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func lines(for chart: ReportChart, width: Int, words: any ReportStrings = EnglishStrings()) -> [String] {
        switch chart.kind {
        case let .histogram(bins, axis, flagFrom, flagLabel):
            return histogram(bins, axis: axis, flagFrom: flagFrom, flagLabel: flagLabel, width: width, words: words)
        case let .sCurve(points):
            return sCurve(points, width: width, words: words)
        case let .tornado(rows, center):
            return tornado(rows, center: center, width: width, words: words)
        }
    }

    static func axisLabel(_ value: Double, _ axis: ReportChart.Axis, words: any ReportStrings) -> String {
        switch axis {
        case .money: words.money(value)
        case .days: Fmt.fixed(value, places: 1)
        }
    }

    /// Bins merged into at most `maxBars` consecutive groups (shares added), for display only. With
    /// `keepEdge`, bins starting before it and bins starting at or after it are merged apart, so no
    /// bar straddles that edge (the lead-time chart's deadline: a bar is wholly on time or late).
    static func displayBins(_ bins: [HistogramBin], keepEdge: Double? = nil) -> [HistogramBin] {
        guard bins.count > maxBars else { return bins }
        let split = keepEdge.flatMap { edge in bins.firstIndex { $0.lower >= edge } } ?? bins.count
        let sides = [bins[..<split], bins[split...]].filter { !$0.isEmpty }
        // Σ ⌈side / group⌉ ≤ (bins + sides·(group − 1)) / group ≤ maxBars.
        let room = maxBars - (sides.count - 1) * 2
        let group = (bins.count - (sides.count - 1) * 2 + room - 1) / room
        return sides.flatMap { side in
            stride(from: side.startIndex, to: side.endIndex, by: group).map { start in
                let slice = side[start..<min(start + group, side.endIndex)]
                return HistogramBin(lower: slice.first!.lower, upper: slice.last!.upper,
                                    share: slice.reduce(0) { $0 + $1.share })
            }
        }
    }

    /// One bar per bin: `lower-edge │█████▌   12.3 % late`, then the upper edge of the last bin.
    static func histogram(_ rawBins: [HistogramBin], axis: ReportChart.Axis, flagFrom: Double?,
                          flagLabel: String, width: Int, words: any ReportStrings) -> [String] {
        let bins = displayBins(rawBins, keepEdge: flagFrom)
        guard let last = bins.last else { return [] }
        let labels = bins.map { axisLabel($0.lower, axis, words: words) }
        let endLabel = axisLabel(last.upper, axis, words: words)
        let labelWidth = (labels + [endLabel]).map(DisplayWidth.of).max() ?? 0
        let flagWidth = flagLabel.isEmpty ? 0 : 1 + DisplayWidth.of(flagLabel)
        let percentWidth = 7
        let barWidth = max(1, width - labelWidth - 2 - 1 - percentWidth - flagWidth)
        let maxShare = bins.map(\.share).max() ?? 0

        var lines: [String] = []
        for (bin, label) in zip(bins, labels) {
            let fraction = maxShare > 0 && bin.share.isFinite ? max(0, bin.share) / maxShare : 0
            let eighths = Int(truncating: (fraction * Double(barWidth) * 8).rounded(), clampedTo: 0...(barWidth * 8))
            let bar = String(repeating: "█", count: eighths / 8) + partialBlocks[eighths % 8]
            var line = DisplayWidth.pad(label, to: labelWidth, alignRight: true) + " │"
                + DisplayWidth.pad(bar, to: barWidth) + " "
                + DisplayWidth.pad(Fmt.percent(bin.share), to: percentWidth, alignRight: true)
            if let flagFrom, bin.lower >= flagFrom { line += " " + flagLabel }
            lines.append(line)
        }
        lines.append(DisplayWidth.pad(endLabel, to: labelWidth, alignRight: true) + " ╵")
        return lines.map { trimTrailing($0) }
    }

    /// The profit S-curve as a filled area: column height = P(profit ≤ x) at the column's profit.
    static func sCurve(_ points: [CurvePoint], width: Int, words: any ReportStrings) -> [String] {
        let curve = points.filter { $0.x.isFinite && $0.probability.isFinite }
        guard let first = curve.first, let last = curve.last, last.x > first.x else {
            return curve.map { "P(profit ≤ \(words.money($0.x))) = \(Fmt.percent($0.probability))" }
        }
        let labelWidth = 5
        let plotWidth = max(10, width - labelWidth - 2)
        let span = last.x - first.x
        let heights: [Int] = (0..<plotWidth).map { column in
            let x = first.x + (Double(column) + 0.5) * span / Double(plotWidth)
            let p = min(1, max(0, interpolate(curve, at: x)))
            return Int(truncating: (p * Double(sCurveHeight) * 8).rounded(), clampedTo: 0...(sCurveHeight * 8))
        }

        var lines: [String] = []
        for row in 0..<sCurveHeight {
            let bottom = (sCurveHeight - 1 - row) * 8
            let label: String
            if row == 0 { label = "100 %" } else if row == sCurveHeight / 2 { label = "50 %" } else { label = "" }
            let axis = label.isEmpty ? "│" : "┤"
            let cells = heights.map { columnBlocks[min(8, max(0, $0 - bottom))] }.joined()
            lines.append(DisplayWidth.pad(label, to: labelWidth, alignRight: true) + " " + axis + cells)
        }

        var zeroColumn: Int?
        if first.x < 0 && last.x > 0 {
            zeroColumn = Int(truncating: (-first.x) / span * Double(plotWidth), clampedTo: 0...(plotWidth - 1))
        }
        var axisCells = Array(repeating: "─", count: plotWidth)
        if let zeroColumn { axisCells[zeroColumn] = "┬" }
        lines.append(DisplayWidth.pad("0 %", to: labelWidth, alignRight: true) + " └" + axisCells.joined())

        var ticks = TickRow(width: plotWidth)
        let left = words.money(first.x)
        let right = words.money(last.x)
        _ = ticks.place(left, at: 0, clear: true)
        _ = ticks.place(right, at: plotWidth - DisplayWidth.of(right), clear: true)
        if let zeroColumn { _ = ticks.place(words.money(0), at: zeroColumn, clear: true) }
        lines.append(String(repeating: " ", count: labelWidth + 2) + ticks.text)
        return lines.map { trimTrailing($0) }
    }

    /// P at `x` by linear interpolation between the curve's points (flat beyond its ends).
    static func interpolate(_ curve: [CurvePoint], at x: Double) -> Double {
        guard let upperIndex = curve.firstIndex(where: { $0.x >= x }) else { return curve.last?.probability ?? 0 }
        if upperIndex == 0 { return curve[0].probability }
        let a = curve[upperIndex - 1], b = curve[upperIndex]
        guard b.x > a.x else { return b.probability }
        return a.probability + (b.probability - a.probability) * (x - a.x) / (b.x - a.x)
    }

    static func trimTrailing(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
