import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The value-of-information block (DESIGN §8.2), at the end of section 3: EVPI always; with
    /// `[value_of_information]`, per signals-form cycle the table n → EVSI, cost, net value and the
    /// best size in plain words. With `[life]` it says that it values the NPV over the mold's life,
    /// the value the verdict judges (`ChoiceValue`).
    static func valueOfInformationItems(_ result: RunResult, words: any ReportStrings) -> [ReportItem] {
        let value = result.valueOfInformation
        let say = words.phrase
        var items: [ReportItem] = [.heading(level: 2, text: say(.valueOfInformationTitle))]
        items.append(.table(facts(nil, [
            (say(.evpiLabel), words.expectedProfitWithError(mean: value.evpi, se: value.evpiSE)),
        ] + (result.scenario.life.map { [(words.valueJudgedLabel, words.valueJudged($0))] } ?? []), words: words)))
        items.append(.paragraph(words.evpiSentence(value.evpi, life: result.scenario.life)))
        guard let spec = value.spec else { return items }   // the analyst's hint is in the appendix
        let cycles = result.scenario.cycles.filter(isSignals).map(\.name)
        for name in cycles {
            let rows = value.listings.filter { $0.cycle == name }
            items.append(.table(ReportTable(
                title: words.listingTableTitle(cycle: name, costPerImpression: spec.costPerImpression),
                columns: [
                    .init(header: say(.impressionsColumn), alignment: .right),
                    .init(header: say(.evsiColumn), alignment: .right),
                    .init(header: say(.evsiErrorColumn), alignment: .right),
                    .init(header: say(.listingCostColumn), alignment: .right),
                    .init(header: say(.netValueColumn), alignment: .right),
                ],
                rows: rows.map { l in
                    .cells([Fmt.units(Double(l.impressions)), words.money(l.evsi), words.money(l.evsiSE),
                            words.money(l.cost), words.money(l.netValue)])
                },
                notes: [say(.evsiNote)])))
            if let best = value.bestListing(forCycle: name) {
                items.append(.paragraph(words.bestListing(best)))
            }
        }
        for name in value.cyclesWithoutSignals {
            items.append(.paragraph(words.noListingValue(cycle: name)))
        }
        return items
    }

    /// True for a cycle whose demand is in the signals form (a test listing informs it).
    static func isSignals(_ cycle: Cycle) -> Bool {
        if case .signals = cycle.demand.source { return true }
        return false
    }

    /// The method row of the value of information.
    static func valueOfInformationMethod(_ value: ValueOfInformation, life: Life?,
                                         words: any ReportStrings) -> (String, String) {
        (words.phrase(.valueOfInformationLabel), words.valueOfInformationMethod(value, life: life))
    }
}

extension ReportWording {
    /// True when a listing's net gain is within two standard errors of its EVSI: break-even, in
    /// every language.
    static func isWithinTwoErrors(_ best: ListingValue) -> Bool {
        best.netValue < 2 * best.evsiSE
    }
}
