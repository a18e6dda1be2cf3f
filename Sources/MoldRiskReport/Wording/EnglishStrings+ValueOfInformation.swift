import MoldRiskAnalysis
import MoldRiskCore

/// The value-of-information block in English (DESIGN §8.2).
extension EnglishStrings {
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
}
