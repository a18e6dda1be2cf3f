import MoldRiskAnalysis
import MoldRiskCore

/// The mold's life in English (DESIGN §8.1): NPV, payback, seasons.
extension EnglishStrings {
    /// "1 season" / "4 seasons".
    func seasonsWord(_ seasons: Int) -> String { seasons == 1 ? "1 season" : "\(seasons) seasons" }

    /// "not discounted" / "discounted 4.0 % a season".
    func discountWords(_ discount: Double) -> String {
        discount == 0 ? "not discounted" : "discounted \(Fmt.percent(discount)) a season"
    }

    package func lifeBasis(_ life: Life) -> String {
        "the NPV over the mold's \(seasonsWord(life.seasons)) (\(discountWords(life.discountPerSeason)); restock "
            + "\(restockWords(life.restock))): P(loss) is P(NPV < 0) and expected profit is the expected NPV"
    }

    package func judgedOnLine(_ basis: String) -> String { "Judged on " + basis + "." }

    package func lifeReason(_ reason: String, life: Life) -> String {
        guard let first = reason.first else { return reason }
        return "Over the mold's \(life.seasons) seasons (NPV, \(discountWords(life.discountPerSeason))): "
            + first.lowercased() + reason.dropFirst()
    }

    package func restockWords(_ restock: Life.Restock) -> String {
        switch restock {
        case .same: "the same stock every season"
        case .lastSold: "what sold the season before"
        }
    }

    package func lifeSummary(_ life: LifeResult) -> String {
        let p = life.planned
        let ci = life.probabilityOfLossCI
        var text = "NPV \(money(p.mean)) over \(seasonsWord(life.seasons)), "
            + "P(NPV < 0) \(Fmt.percent(p.probabilityOfLoss)) (95 % interval \(Fmt.percentRange(ci.lower, ci.upper)))"
        let paid = p.paidBackBySeason.last ?? 0
        let within = life.seasons == 1 ? "the season" : "the \(life.seasons) seasons"
        if let season = p.medianPaybackSeason {
            text += "; half the trials have paid back by season \(season)"
        } else if paid == 0 {
            text += "; no trial pays back within \(within)"
        } else {
            text += "; only \(Fmt.percent(paid)) of trials pay back within \(within)"
        }
        return text
    }

    /// "Season 1: " before the line, its first word lower-cased unless it is an acronym like P(loss).
    package func seasonOneLine(_ line: String) -> String {
        let chars = Array(line)
        guard chars.count > 1, chars[1].isLowercase else { return "Season 1: " + line }
        return "Season 1: " + chars[0].lowercased() + String(chars.dropFirst())
    }

    package var seasonOneSuffix: String { ", season 1" }

    package func lifeTableTitle(seasons: Int, discount: Double) -> String {
        "The mold's life: NPV over \(seasonsWord(seasons)) (\(discount == 0 ? "no discount" : discountWords(discount)))"
    }

    package var lifeColumns: [String] { ["Stock", "Exp. NPV", "P(NPV<0)", "P5", "P95", "Payback", "Note"] }

    package var noPayback: String { "none" }

    package func lifeTableNote(restock: Life.Restock, tolerance: Double, noGo: Bool) -> String {
        "Stock: season 1's; later seasons make " + restockWords(restock) + ". "
            + "Payback: the first season by which half the trials have paid the mold back (their discounted "
            + "cumulative profit reached 0 at or before it). The JSON and CSV reports add the NPV's P50 and standard error. P(NPV<0) is judged "
            + "against the \(Fmt.percent(tolerance)) tolerance; plan: planned stock; "
            + (noGo ? "closest: the verdict's nearest miss." : "GO: the verdict's stock.")
    }

    package func paybackTableTitle(planned: Double) -> String {
        "Payback at the planned stock of \(unitsWord(planned)), season by season"
    }

    package var paybackColumns: [String] { ["Season", "Exp. profit", "Paid back", "Share of trials paid back by this season"] }

    package var paybackTableNote: String {
        "Exp. profit: the season's own expected profit, undiscounted (season 1 carries the mold, "
            + "rework and fixed costs; later seasons the maintenance). Paid back: the share of trials whose "
            + "discounted cumulative profit reached 0 at or before this season (a trial that falls below 0 again "
            + "later still counts)."
    }

    package var demandChangeUnit: String { "× the season before" }

    package var valueJudgedLabel: String { "Value judged" }

    package func valueJudged(_ life: Life) -> String {
        "the NPV over the mold's \(seasonsWord(life.seasons)) (\(discountWords(life.discountPerSeason))), the value "
            + "the verdict judges: EVPI and EVSI are gains in expected NPV"
    }

    package func evpiSentence(_ evpi: Double, life: Life?) -> String {
        let judged = life == nil ? "profit" : "NPV"
        return "Knowing every uncertain input before deciding (cost, timing, demand) would raise the expected "
            + "\(judged) of the best choice by \(money(evpi)): no study, listing or forecast can be worth more "
            + "to this decision."
    }

    package func valueOfInformationMethod(_ value: ValueOfInformation, life: Life?) -> String {
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
        return text
    }

    package var chartPaybackTitle: String { "Payback: share of trials that have paid the mold back by each season" }
    package var chartPaybackLegend: String { "paid back by this season (planned stock)" }
    package var chartPaybackAxis: String { "paid back" }
    package var chartSeasonAxis: String { "season (1 = the season the mold is made for)" }

    package func chartPaybackPanel(cycle: String, npv: Double, lossProbability: Double) -> String {
        "\(cycle): expected NPV \(money(npv)), P(NPV < 0) " + Fmt.percent(lossProbability)
    }

    package func chartPaybackSeries(cycle: String) -> String { "\(cycle): paid back by season" }

    package func chartPaybackNote(restock: Life.Restock?) -> String {
        "Each bar is the share of trials whose discounted cumulative profit reached 0 at or before that "
            + "season (later losses do not undo it), at the planned stock. Season 1 carries the mold; later seasons restock "
            + (restock.map(restockWords) ?? "") + "."
    }
}
