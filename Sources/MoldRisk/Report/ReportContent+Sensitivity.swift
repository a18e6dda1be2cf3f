extension ReportContent {
    /// The sensitivity (tornado) table and text chart of one cycle, widest swing first, in the
    /// order `CycleResult.sensitivity` gives; nothing when sensitivity was not computed.
    static func sensitivityItems(_ cycle: CycleResult) -> [ReportItem] {
        guard !cycle.sensitivity.isEmpty else { return [] }
        let rows: [ReportTable.Row] = cycle.sensitivity.map { bar in
            .cells([inputLabel(bar.input, cycle: cycle.name),
                    Fmt.money(bar.expectedProfitAtP10), Fmt.money(bar.expectedProfitAtP90), Fmt.money(bar.swing),
                    lossPair(bar.probabilityOfLossAtP10, bar.probabilityOfLossAtP90),
                    Fmt.fixed(bar.rankCorrelation, places: 2)])
        }
        let table = ReportTable(
            title: "Sensitivity: expected profit with each input held at its P10 and its P90, widest swing first",
            columns: [
                .init(header: "Input", alignment: .left, wraps: true),
                .init(header: "At P10", alignment: .right),
                .init(header: "At P90", alignment: .right),
                .init(header: "Swing", alignment: .right),
                .init(header: "P(loss) P10/P90", alignment: .right),
                .init(header: "ρ", alignment: .right),
            ],
            rows: rows,
            notes: [
                "At P10 / At P90: expected profit with that input held at its own P10 / P90 while every "
                    + "other input varies, on the same trials; Swing: the difference; P(loss) likewise; "
                    + "ρ: rank (Spearman) correlation of the input's draws with profit.",
                "Inputs are scenario keys; keys without a table name are under [cycles.\(cycle.name)].",
            ])
        let chart = ReportChart(
            title: "Tornado: expected profit with each input at its P10 and its P90",
            kind: .tornado(cycle.sensitivity.map {
                ReportChart.TornadoRow(label: inputLabel($0.input, cycle: cycle.name),
                                       low: $0.expectedProfitAtP10, high: $0.expectedProfitAtP90)
            }, center: cycle.profit.mean),
            caption: "░ input at its P10, █ at its P90 (▓ where both reach); │ is the expected profit "
                + "\(Fmt.money(cycle.profit.mean)) with every input varying; the right column is the swing.")
        return [.table(table), .chart(chart)]
    }

    /// A key path without the cycle's own `cycles.<name>.` prefix (`cycles.traditional.research_days`
    /// → `research_days`); other keys (`mold.cost`) unchanged.
    static func inputLabel(_ input: String, cycle: String) -> String {
        let prefix = "cycles.\(cycle)."
        return input.hasPrefix(prefix) && input.count > prefix.count ? String(input.dropFirst(prefix.count)) : input
    }

    /// `12.3 / 18.4 %`.
    static func lossPair(_ a: Double, _ b: Double) -> String {
        guard a.isFinite, b.isFinite else { return Fmt.notAvailable }
        return Fmt.fixed(a * 100, places: 1) + " / " + Fmt.fixed(b * 100, places: 1) + " %"
    }
}
