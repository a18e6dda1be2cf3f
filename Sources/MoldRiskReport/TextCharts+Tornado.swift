import MoldRiskAnalysis
import MoldRiskCore

extension TextCharts {
    /// Widest label column of a text tornado; longer labels are cut with `…`.
    static let tornadoLabelWidth = 25

    /// A text tornado: per row `label ░░░░│████ swing`, the plot centred on `center` (the
    /// tornado's baseline) and scaled so the farthest bar end reaches the edge. Cells between the
    /// centre and the P10 result are `░`, between the centre and the P90 result `█`, both `▓`.
    /// When rows have a `detail` (the values held), each row is two lines: `label  detail`, then
    /// the bar across the whole width (a long title wraps, never cut). A row's `group` heading is printed above its group's first
    /// row. Under the rows, an axis with the money at both ends and at the centre.
    static func tornado(_ rows: [ReportChart.TornadoRow], center: Double, width: Int,
                        words: any ReportStrings = EnglishStrings()) -> [String] {
        guard !rows.isEmpty, center.isFinite else { return [] }
        let twoLine = rows.contains { $0.detail != nil }
        let labelWidth = twoLine ? 1 : min(tornadoLabelWidth, rows.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let swings = rows.map { words.money(($0.high - $0.low).magnitude) }
        let swingWidth = max(5, swings.map(DisplayWidth.of).max() ?? 0)
        var plotWidth = max(11, width - labelWidth - 1 - 1 - 1 - swingWidth)
        if plotWidth % 2 == 0 { plotWidth -= 1 }   // odd: the centre is a whole column
        let half = plotWidth / 2
        let reach = rows.flatMap { [$0.low, $0.high] }.filter(\.isFinite).map { ($0 - center).magnitude }.max() ?? 0
        let range = reach > 0 ? reach : 1

        /// Column of a value: the centre column for `center`, the outer columns at ± `range`.
        func column(_ value: Double) -> Int {
            guard value.isFinite else { return half }
            return half + Int(truncating: ((value - center) / range * Double(half)).rounded(), clampedTo: -half...half)
        }
        func covers(_ value: Double, _ i: Int) -> Bool {
            let end = column(value)
            return i == half ? false : (end > half ? (half < i && i <= end) : (end <= i && i < half))
        }

        var lines: [String] = []
        var group: String? = nil
        for (row, swing) in zip(rows, swings) {
            if row.group != group, let heading = row.group { lines += DisplayWidth.wrap(heading, width: width) }
            group = row.group
            if twoLine {
                let title = row.detail.map { row.label + "  " + $0 } ?? row.label
                lines += DisplayWidth.wrap(title, width: width)
            }
            let cells = (0..<plotWidth).map { i -> String in
                if i == half { return "│" }
                switch (covers(row.low, i), covers(row.high, i)) {
                case (true, true): return "▓"
                case (true, false): return "░"
                case (false, true): return "█"
                case (false, false): return " "
                }
            }.joined()
            lines.append(trimTrailing(DisplayWidth.pad(twoLine ? "" : row.label, to: labelWidth) + " " + cells + " "
                                      + DisplayWidth.pad(swing, to: swingWidth, alignRight: true)))
        }
        let indent = String(repeating: " ", count: labelWidth + 1)
        var rule = Array(repeating: "─", count: plotWidth)
        rule[0] = "├"; rule[half] = "┼"; rule[plotWidth - 1] = "┤"
        lines.append(indent + rule.joined())
        var ticks = TickRow(width: plotWidth + swingWidth + 1)
        let left = words.money(center - range), middle = words.money(center), right = words.money(center + range)
        let (leftWidth, middleWidth, rightWidth) = (DisplayWidth.of(left), DisplayWidth.of(middle), DisplayWidth.of(right))
        ticks.place(left, at: 0)
        ticks.place(right, at: plotWidth - rightWidth)
        let middleStart = half - middleWidth / 2
        if middleStart > leftWidth && middleStart + middleWidth < plotWidth - rightWidth { ticks.place(middle, at: middleStart) }
        lines.append(trimTrailing(indent + ticks.text))
        return lines
    }
}
