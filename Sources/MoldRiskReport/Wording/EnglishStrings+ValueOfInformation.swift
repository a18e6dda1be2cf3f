import MoldRiskAnalysis
import MoldRiskCore

/// The value-of-information block in English (DESIGN §8.2).
extension EnglishStrings {
    package func evpiSentence(_ evpi: Double) -> String {
        "Knowing every uncertain input before deciding (cost, timing, demand) would raise the expected "
            + "profit of the best choice by \(money(evpi)): no study, listing or forecast can be worth more "
            + "to this decision."
    }

    package func listingTableTitle(cycle: String, costPerImpression: Double) -> String {
        "\(cycle): a further test listing (\(exactMoney(costPerImpression)) an impression)"
    }

    package func bestListing(_ best: ListingValue) -> String {
        let size = "\(Fmt.units(Double(best.impressions)))-impression"
        let worth = "worth \(money(best.evsi)) to this decision (standard error \(money(best.evsiSE))); "
            + "it costs \(money(best.cost))"
        if best.netValue > 0 {
            let close = ReportWording.isWithinTwoErrors(best)
                ? " The gain is within two standard errors of zero: treat the listing as break-even." : ""
            return "For \(best.cycle), the best size is a further \(size) test listing: it is \(worth), "
                + "a net gain of \(money(best.netValue))." + close
        }
        return "For \(best.cycle), no listing size pays for itself: even the best, a further \(size) test "
            + "listing, is \(worth). The data in hand already settles the decision."
    }

    package func noListingValue(cycle: String) -> String {
        "\(cycle) has its demand in the distribution form: a test listing does not inform it, so it has no EVSI."
    }

    package func valueOfInformationMethod(_ value: ValueOfInformation) -> String {
        var text = "EVPI = E[max(0, best choice's profit with everything known)] − max(0, best expected profit), "
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
}
