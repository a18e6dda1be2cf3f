import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The sensitivity tables (continuous inputs, then yes/no events) and the text tornado of one
    /// cycle, in the order `CycleTornado.bars` gives; nothing when sensitivity was not computed,
    /// and one sentence saying so when it was and the cycle has no uncertain input.
    static func sensitivityItems(_ cycle: CycleResult) -> [ReportItem] {
        guard let tornado = cycle.sensitivity else { return [] }
        let centre = tornado.baseline
        let trials = Fmt.units(Double(tornado.trials))
        guard !tornado.bars.isEmpty else {
            return [.paragraph("Sensitivity: no input of \(cycle.name) is uncertain, so there is no tornado: "
                + "its expected profit is \(Fmt.money(centre)) on the \(trials) trials whatever input is held.")]
        }
        let inputs = tornado.bars.filter { !$0.isEvent }
        let events = tornado.bars.filter(\.isEvent)
        var items: [ReportItem] = []
        if !inputs.isEmpty {
            items.append(.table(sensitivityTable(
                inputs, cycle: cycle,
                title: "Sensitivity: expected profit with each input held at its P10 and its P90, widest swing first",
                headers: ("At P10", "At P90", "P(loss) P10/P90"),
                notes: ["Input: the scenario key (what --set takes) and the values it is held at, P10 → P90. "
                    + "At P10 / At P90: expected profit with that input held at its own P10 / P90 while every "
                    + "other input varies, on the same \(trials) trials, whose expected profit with every input "
                    + "varying is \(Fmt.money(centre)); Swing: the difference; P(loss) likewise; "
                    + "ρ: rank (Spearman) correlation of the input's draws with profit."])))
        }
        if !events.isEmpty {
            items.append(.table(sensitivityTable(
                events, cycle: cycle,
                title: "Yes/no events: expected profit if the event never and if it always happens",
                headers: ("Never", "Always", "P(loss) never/always"),
                notes: ["Never / Always: expected profit with the event forced off / on in every trial while "
                    + "every other input varies, on the same trials; the scenario's chance lies between."])))
        }
        let chart = ReportChart(
            title: "Tornado: expected profit with each input at its P10 and its P90",
            kind: .tornado(tornado.bars.map { bar in
                ReportChart.TornadoRow(label: inputLabel(bar.input, cycle: cycle.name), detail: heldLabel(bar),
                                       group: bar.isEvent ? eventGroupTitle : nil,
                                       low: bar.expectedProfitAtP10, high: bar.expectedProfitAtP90)
            }, center: centre),
            caption: "░ input at its P10 (event: never), █ at its P90 (event: always), ▓ where both reach; "
                + "│ is the expected profit \(Fmt.money(centre)) with every input varying, on the same "
                + "\(trials) trials; the right column is the swing. "
                + "Keys without a table name are under [\(TOMLPath.cycle(cycle.name))].")
        return items + [.chart(chart)]
    }

    /// The heading of the yes/no events in a tornado.
    static let eventGroupTitle = "Yes/no events, held never (░) and always (█):"

    static func sensitivityTable(_ bars: [SensitivityBar], cycle: CycleResult, title: String,
                                 headers: (String, String, String), notes: [String]) -> ReportTable {
        ReportTable(
            title: title,
            columns: [
                .init(header: "Input", alignment: .left, wraps: true),
                .init(header: headers.0, alignment: .right),
                .init(header: headers.1, alignment: .right),
                .init(header: "Swing", alignment: .right),
                .init(header: headers.2, alignment: .right),
                .init(header: "ρ", alignment: .right),
            ],
            rows: bars.map { bar in
                .cells([inputLabel(bar.input, cycle: cycle.name) + "\n  " + heldLabel(bar),
                        Fmt.money(bar.expectedProfitAtP10), Fmt.money(bar.expectedProfitAtP90), Fmt.money(bar.swing),
                        lossPair(bar.probabilityOfLossAtP10, bar.probabilityOfLossAtP90),
                        Fmt.fixed(bar.rankCorrelation, places: 2)])
            },
            notes: notes + ["Keys without a table name are under [\(TOMLPath.cycle(cycle.name))]."])
    }

    /// What a bar holds, for its label: `¥212,000 → ¥498,000` (P10 → P90 in the input's unit),
    /// or for an event `rework, 35 % chance: never / always`.
    static func heldLabel(_ bar: SensitivityBar) -> String {
        switch bar.held {
        case let .event(probability):
            let key = bar.input.lastKey ?? bar.input.description
            let name = key.hasSuffix("_probability") ? String(key.dropLast("_probability".count)) : key
            return "\(name), \(chancePercent(probability)) chance: never / always"
        case let .input(unit, atP10, atP90):
            switch unit {
            case .yuan: return Fmt.money(atP10) + " → " + Fmt.money(atP90)
            case .days: return Fmt.fixed(atP10, places: 1) + " → " + Fmt.days(atP90)
            case .units: return Fmt.units(atP10) + " → " + Fmt.unitsWord(atP90)
            case .visitors: return Fmt.units(atP10) + " → " + Fmt.units(atP90) + " visitors"
            case .probability: return Fmt.fixed(atP10 * 100, places: 2) + " → " + Fmt.fixed(atP90 * 100, places: 2) + " %"
            case .factor: return "×" + Fmt.fixed(atP10, places: 2) + " → ×" + Fmt.fixed(atP90, places: 2)
            }
        }
    }

    /// An event's probability as a percent without a needless `.0`: `0.35` → `35 %`, `0.125` → `12.5 %`.
    static func chancePercent(_ p: Double) -> String {
        let text = Fmt.fixed(p * 100, places: 1)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + " %"
    }

    /// A key path without the cycle's own `cycles.<name>.` table, compared part by part
    /// (`cycles.traditional.research_days` → `research_days`, `cycles."fast track".demand.units`
    /// → `demand.units`); other keys (`mold.cost`) whole.
    static func inputLabel(_ input: TOMLPath, cycle: String) -> String {
        (input.relative(to: TOMLPath.cycle(cycle)) ?? input).description
    }

    /// `12.3 / 18.4 %`.
    static func lossPair(_ a: Double, _ b: Double) -> String {
        guard a.isFinite, b.isFinite else { return Fmt.notAvailable }
        return Fmt.fixed(a * 100, places: 1) + " / " + Fmt.fixed(b * 100, places: 1) + " %"
    }
}
