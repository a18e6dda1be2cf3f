import MoldRiskCore

extension RunResult {
    /// The result with every cycle called what a report in `language` calls it: its `label`
    /// (DESIGN §8.6), else its key. Every place a result names a cycle is renamed (the cycles,
    /// comparisons, verdict and its reason, what would make it GO, the listings, the scenario's
    /// cycles), so the renderers print labels without knowing about them. JSON and CSV use the
    /// result as computed (keys). Apply it once, to the result as computed.
    package func labelled(in language: ReportLanguage) -> RunResult {
        var names: [String: String] = [:]
        for cycle in scenario.cycles where cycle.label != nil {
            names[cycle.name] = cycle.displayName(in: language)
        }
        guard !names.isEmpty else { return self }
        func shown(_ key: String) -> String { names[key] ?? key }
        func shown(_ point: VerdictPoint) -> VerdictPoint {
            var point = point
            point.cycle = shown(point.cycle)
            return point
        }
        var copy = self
        copy.scenario = scenario.labellingCycles(in: language)
        for index in copy.cycles.indices { copy.cycles[index].name = shown(copy.cycles[index].name) }
        for index in copy.comparisons.indices {
            copy.comparisons[index].from = shown(copy.comparisons[index].from)
            copy.comparisons[index].to = shown(copy.comparisons[index].to)
        }
        copy.verdict.cycle = shown(verdict.cycle)
        switch verdict.reason {
        case let .passesAtPlannedStock(chosen, tolerance):
            copy.verdict.reason = .passesAtPlannedStock(chosen: shown(chosen), tolerance: tolerance)
        case let .passesAtSmallerStock(chosen, lowest, planned, tolerance):
            copy.verdict.reason = .passesAtSmallerStock(chosen: shown(chosen), lowestAtPlanned: shown(lowest),
                                                        plannedStock: planned, tolerance: tolerance)
        case let .failsEverywhere(closest, smaller, planned, tolerance):
            copy.verdict.reason = .failsEverywhere(closest: shown(closest), closestSmaller: smaller.map(shown),
                                                   plannedStock: planned, tolerance: tolerance)
        }
        if let choice = verdict.choice {
            copy.verdict.choice?.chosen = shown(choice.chosen)
            copy.verdict.choice?.other = shown(choice.other)
        }
        copy.verdict.toGo?.cycle = shown(verdict.toGo?.cycle ?? "")
        copy.verdict.toGo?.moldQuote?.cycle = shown(verdict.toGo?.moldQuote?.cycle ?? "")
        for index in copy.valueOfInformation.listings.indices {
            copy.valueOfInformation.listings[index].cycle = shown(copy.valueOfInformation.listings[index].cycle)
        }
        copy.valueOfInformation.cyclesWithoutSignals = valueOfInformation.cyclesWithoutSignals.map(shown)
        return copy
    }
}
