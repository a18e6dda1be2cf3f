import MoldRiskAnalysis
import MoldRiskCore

extension ReportContent {
    /// The value-of-information block (DESIGN §8.2), at the end of section 3: EVPI always; with
    /// `[value_of_information]`, per signals-form cycle the table n → EVSI, cost, net value and the
    /// best size in plain words. With `[life]` it says that it values the NPV over the mold's life,
    /// the value the verdict judges (`ChoiceValue`).
    static func valueOfInformationItems(_ result: RunResult) -> [ReportItem] {
        let value = result.valueOfInformation
        var items: [ReportItem] = [.heading(level: 2, text: "Value of information")]
        let basis = ReportWording.valueOfInformationBasis(result.scenario)
        items.append(.table(facts(nil, [
            ("EVPI", "\(Fmt.money(value.evpi)) (standard error \(Fmt.money(value.evpiSE)))"),
        ] + (basis.map { [("Value judged", $0)] } ?? []))))
        items.append(.paragraph(ReportWording.evpi(value.evpi, judged: result.scenario.life == nil ? "profit" : "NPV")))
        guard let spec = value.spec else {
            if result.scenario.cycles.contains(where: isSignals) {
                items.append(.paragraph("Add a [value_of_information] table to price a further test listing "
                    + "(EVSI): what more platform data would be worth to this decision."))
            }
            return items
        }
        let cycles = result.scenario.cycles.filter(isSignals).map(\.name)
        for name in cycles {
            let rows = value.listings.filter { $0.cycle == name }
            items.append(.table(ReportTable(
                title: "\(name): a further test listing (\(Fmt.exactMoney(spec.costPerImpression)) an impression)",
                columns: [
                    .init(header: "Impressions", alignment: .right),
                    .init(header: "EVSI", alignment: .right),
                    .init(header: "± SE", alignment: .right),
                    .init(header: "Cost", alignment: .right),
                    .init(header: "Net value", alignment: .right),
                ],
                rows: rows.map { l in
                    .cells([Fmt.units(Double(l.impressions)), Fmt.money(l.evsi), Fmt.money(l.evsiSE),
                            Fmt.money(l.cost), Fmt.money(l.netValue)])
                },
                notes: ["EVSI: the expected value of the listing's orders to this decision (choice of cycle, "
                        + "stock, or no mold); net value: EVSI minus the listing's cost."])))
            if let best = value.bestListing(forCycle: name) {
                items.append(.paragraph(ReportWording.bestListing(best, evpi: value.evpi)))
            }
        }
        for name in value.cyclesWithoutSignals {
            items.append(.paragraph("\(name) has its demand in the distribution form: a test listing does not "
                + "inform it, so it has no EVSI."))
        }
        return items
    }

    /// True for a cycle whose demand is in the signals form (a test listing informs it).
    static func isSignals(_ cycle: Cycle) -> Bool {
        if case .signals = cycle.demand.source { return true }
        return false
    }

    /// The method row of the value of information.
    static func valueOfInformationMethod(_ value: ValueOfInformation, life: Life? = nil) -> (String, String) {
        let judged = life == nil ? "profit" : "NPV over the mold's life"
        var text = "EVPI = E[max(0, best choice's \(judged) with everything known)] − max(0, best expected \(judged)), "
            + "exact on the trials run, standard error from the per-trial regret"
        if value.spec != nil {
            text += "; EVSI by preposterior analysis: the listing's orders k follow the Beta-binomial predictive "
                + "(every k when few, else \(value.maxOutcomePoints) strata of equal probability at their mean k), "
                + "the cycle re-run on the first \(Fmt.units(Double(value.listingTrials))) trials with its "
                + "conversion rate at the same quantile of the posterior after k (common random numbers); "
                + "standard error from the per-trial values of the choices made"
        }
        return ("Value of information", text)
    }
}

extension ReportWording {
    /// With `[life]`, what the value of information values: "the NPV over the mold's 4 seasons
    /// (discounted 4.0 % a season), the value the verdict judges"; nil without it.
    static func valueOfInformationBasis(_ scenario: Scenario) -> String? {
        guard let life = scenario.life else { return nil }
        let seasons = life.seasons == 1 ? "1 season" : "\(life.seasons) seasons"
        let discount = life.discountPerSeason == 0 ? "not discounted"
            : "discounted \(Fmt.percent(life.discountPerSeason)) a season"
        return "the NPV over the mold's \(seasons) (\(discount)), the value the verdict judges: EVPI and EVSI "
            + "are gains in expected NPV"
    }

    /// What EVPI means, in a sentence; `judged` names the value ("profit", or "NPV" with `[life]`).
    static func evpi(_ evpi: Double, judged: String = "profit") -> String {
        "Knowing every uncertain input before deciding (cost, timing, demand) would raise the expected "
            + "\(judged) of the best choice by \(Fmt.money(evpi)): no study, listing or forecast can be worth more "
            + "to this decision."
    }

    /// The best further listing in plain words: "a further 20,000-impression test listing is worth ¥X …".
    static func bestListing(_ best: ListingValue, evpi: Double) -> String {
        let size = "\(Fmt.units(Double(best.impressions)))-impression"
        let worth = "worth \(Fmt.money(best.evsi)) to this decision (standard error \(Fmt.money(best.evsiSE))); "
            + "it costs \(Fmt.money(best.cost))"
        if best.netValue > 0 {
            let close = best.netValue < 2 * best.evsiSE
                ? " The gain is within two standard errors of zero: treat the listing as break-even." : ""
            return "For \(best.cycle), the best size is a further \(size) test listing: it is \(worth), "
                + "a net gain of \(Fmt.money(best.netValue))." + close
        }
        return "For \(best.cycle), no listing size pays for itself: even the best, a further \(size) test "
            + "listing, is \(worth). The data in hand already settles the decision."
    }
}
