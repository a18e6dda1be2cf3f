import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The sensitivity tables (continuous inputs, then yes/no events) and the text tornado of one
    /// cycle, in the order `CycleTornado.bars` gives; nothing when sensitivity was not computed,
    /// and one sentence saying so when it was and the cycle has no uncertain input.
    static func sensitivityItems(_ cycle: CycleResult, words: any ReportStrings) -> [ReportItem] {
        guard let tornado = cycle.sensitivity else { return [] }
        let centre = tornado.baseline
        let trials = Fmt.units(Double(tornado.trials))
        guard !tornado.bars.isEmpty else {
            return [.paragraph(words.noTornado(cycle: cycle.name, centre: centre, trials: trials))]
        }
        let inputs = tornado.bars.filter { !$0.isEvent }
        let events = tornado.bars.filter(\.isEvent)
        let say = words.phrase
        var items: [ReportItem] = []
        if !inputs.isEmpty {
            items.append(.table(sensitivityTable(
                inputs, cycle: cycle,
                title: say(.sensitivityTitle),
                headers: (say(.atP10), say(.atP90), say(.lossP10P90)),
                notes: [words.sensitivityNote(trials: trials, centre: centre)], words: words)))
        }
        if !events.isEmpty {
            items.append(.table(sensitivityTable(
                events, cycle: cycle,
                title: say(.eventsTitle),
                headers: (say(.never), say(.always), say(.lossNeverAlways)),
                notes: [say(.eventsNote)], words: words)))
        }
        let chart = ReportChart(
            title: say(.tornadoTitle),
            kind: .tornado(tornado.bars.map { bar in
                ReportChart.TornadoRow(label: inputLabel(bar.input, words: words), detail: heldLabel(bar, words: words),
                                       group: bar.isEvent ? say(.eventGroupTitle) : nil,
                                       low: bar.expectedProfitAtP10, high: bar.expectedProfitAtP90)
            }, center: centre),
            caption: words.tornadoCaption(centre: centre, trials: trials))
        return items + [.chart(chart), .table(contributionTable(tornado.bars, cycle: cycle, words: words))]
    }

    /// Contribution to variance beside the tornado: each input's rank correlation with profit and
    /// its share of the variance (squared rank correlations normalised to 100 %), largest first.
    static func contributionTable(_ bars: [SensitivityBar], cycle: CycleResult, words: any ReportStrings) -> ReportTable {
        ReportTable(
            title: words.contributionTitle,
            columns: [
                .init(header: words.phrase(.inputColumn), alignment: .left, wraps: true),
                .init(header: words.phrase(.rankColumn), alignment: .right),
                .init(header: words.contributionColumn, alignment: .right),
            ],
            rows: ContributionChart.ordered(bars).map { bar in
                .cells([inputLabel(bar.input, words: words), Fmt.fixed(bar.rankCorrelation, places: 2),
                        Fmt.fixed(bar.varianceContribution * 100, places: 1) + " %"])
            },
            notes: [words.contributionNote])
    }

    /// The heading of the yes/no events in the English tornado.
    static var eventGroupTitle: String { EnglishStrings().phrase(.eventGroupTitle) }

    static func sensitivityTable(_ bars: [SensitivityBar], cycle: CycleResult, title: String,
                                 headers: (String, String, String), notes: [String],
                                 words: any ReportStrings) -> ReportTable {
        let say = words.phrase
        return ReportTable(
            title: title,
            columns: [
                .init(header: say(.inputColumn), alignment: .left, wraps: true),
                .init(header: headers.0, alignment: .right),
                .init(header: headers.1, alignment: .right),
                .init(header: say(.swingColumn), alignment: .right),
                .init(header: headers.2, alignment: .right),
                .init(header: say(.rankColumn), alignment: .right),
            ],
            rows: bars.map { bar in
                .cells([inputLabel(bar.input, words: words) + "\n  " + heldLabel(bar, words: words),
                        words.money(bar.expectedProfitAtP10), words.money(bar.expectedProfitAtP90), words.money(bar.swing),
                        lossPair(bar.probabilityOfLossAtP10, bar.probabilityOfLossAtP90),
                        Fmt.fixed(bar.rankCorrelation, places: 2)])
            },
            notes: notes)
    }

    /// What a bar holds, for its label: `¥212,000 → ¥498,000` (P10 → P90 in the input's unit),
    /// or for an event `rework, 35 % chance: never / always`.
    static func heldLabel(_ bar: SensitivityBar, words: any ReportStrings = EnglishStrings()) -> String {
        switch bar.held {
        case let .event(probability):
            return words.heldEvent(inputLabel(bar.input, words: words), chance: chancePercent(probability))
        case let .input(unit, atP10, atP90):
            switch unit {
            case .yuan: return words.money(atP10) + " → " + words.money(atP90)
            case .days: return Fmt.fixed(atP10, places: 1) + " → " + words.days(atP90)
            case .units: return Fmt.units(atP10) + " → " + words.unitsWord(atP90)
            case .visitors: return Fmt.units(atP10) + " → " + Fmt.units(atP90) + words.phrase(.visitorsSuffix)
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

    /// A random input in words (`mold cost`, `research days`): its key path without the cycle's
    /// own `cycles.<name>.` table (`cycles.traditional.research_days` → `research_days`,
    /// `cycles."fast track".demand.units` → `demand.units`), named by `words`.
    static func inputLabel(_ input: TOMLPath, words: any ReportStrings) -> String {
        var components = input.components
        if case .key("cycles")? = components.first, components.count > 2 { components.removeFirst(2) }
        return words.inputName(TOMLPath(components: components).description)
    }

    /// `12.3 / 18.4 %`.
    static func lossPair(_ a: Double, _ b: Double) -> String {
        guard a.isFinite, b.isFinite else { return Fmt.notAvailable }
        return Fmt.fixed(a * 100, places: 1) + " / " + Fmt.fixed(b * 100, places: 1) + " %"
    }
}
