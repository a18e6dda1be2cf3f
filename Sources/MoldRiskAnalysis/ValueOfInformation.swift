import MoldRiskCore

/// What knowing more is worth to the decision (DESIGN §8.2). The decision is the choice of a
/// cycle and a stock level, or no mold at all (worth 0); each choice is valued by `ChoiceValue`.
///
/// - EVPI, the expected value of perfect information: E[max(0, max_{c,s} value_{c,s})] −
///   max(0, max_{c,s} E[value_{c,s}]), exact on the trials run. It is computed as the mean of the
///   per-trial regret max(0, max value) − value of the choice that is best without information
///   (`RunTotals.perfectInformationRegret`; the perfect-information value itself when not making
///   the mold is best), so its standard error is that mean's: sd/√n, or from the chunk means'
///   spread under Latin hypercube or Sobol sampling, like expected profit's.
/// - EVSI, the expected value of sample information of a further test listing of n impressions,
///   per signals-form cycle (`ValueOfInformation+Listings.swift`).
package struct ValueOfInformation: Sendable, Equatable {
    /// EVPI in yuan (≥ 0).
    package var evpi: Double
    /// Standard error of `evpi`.
    package var evpiSE: Double
    /// The further test listings priced (`[value_of_information]`), per signals-form cycle in cycle
    /// order, listing sizes ascending; empty without the section.
    package var listings: [ListingValue] = []
    /// Trials each preposterior re-run used; 0 when no listing was priced.
    package var listingTrials = 0
    /// The outcome points per listing at most (`ValueOfInformation.maxPoints`); 0 when none was priced.
    package var maxOutcomePoints = 0
    /// `[value_of_information]` as read; nil without the section.
    package var spec: ValueOfInformationSpec?
    /// Cycles in the distribution form: a test listing tells them nothing, so they have no EVSI.
    package var cyclesWithoutSignals: [String] = []

    package init(evpi: Double, evpiSE: Double, listings priced: PricedListings? = nil) {
        self.evpi = evpi
        self.evpiSE = evpiSE
        if let priced {
            listings = priced.listings
            listingTrials = priced.trials
            maxOutcomePoints = priced.maxOutcomePoints
            spec = priced.spec
            cyclesWithoutSignals = priced.cyclesWithoutSignals
        }
    }

    /// EVPI and its standard error from a run's totals (see the type's description), with the
    /// listings priced before the analysis. `standardError` gives the standard error of the mean
    /// it is handed a way to read from the totals (`RunAnalysis.meanStandardError`: the chunk
    /// means' spread under stratified sampling, DESIGN §8.3); by default sd/√n.
    package static func perfect(_ totals: RunTotals, listings: PricedListings? = nil,
                                standardError: (((RunTotals) -> Moments) -> Double)? = nil)
        -> ValueOfInformation {
        var best: (cell: Int, value: Double)?
        for cell in totals.profit.indices {
            let value = ChoiceValue.expected(totals, cell: cell)
            if value > (best?.value ?? 0) { best = (cell, value) }
        }
        let pick: (RunTotals) -> Moments = { t in best.map { t.perfectInformationRegret[$0.cell] } ?? t.perfectInformation }
        let moments = pick(totals)
        return ValueOfInformation(evpi: moments.mean, evpiSE: standardError?(pick) ?? moments.standardError,
                                  listings: listings)
    }

    /// The listing with the largest net value (EVSI − cost) for cycle `name`, if any was priced.
    package func bestListing(forCycle name: String) -> ListingValue? {
        listings.filter { $0.cycle == name }.max { a, b in a.netValue < b.netValue || (a.netValue == b.netValue && a.impressions > b.impressions) }
    }
}

/// The further test listings of `[value_of_information]` priced for a run
/// (`ValueOfInformation.priceListings`), before the analysis builds the result.
package struct PricedListings: Sendable, Equatable {
    package var spec: ValueOfInformationSpec
    /// Per signals-form cycle in cycle order, sizes ascending.
    package var listings: [ListingValue] = []
    /// Trials each preposterior re-run used.
    package var trials: Int
    /// The outcome points per listing at most.
    package var maxOutcomePoints: Int
    /// Cycles in the distribution form (no EVSI).
    package var cyclesWithoutSignals: [String]
}

/// The worth of one further test listing to the decision.
package struct ListingValue: Sendable, Equatable {
    /// The signals-form cycle whose conversion rate the listing measures.
    package var cycle: String
    /// Impressions bought.
    package var impressions: Int
    /// EVSI in yuan: Σ_k w_k V_k − max(0, max E[value]).
    package var evsi: Double
    /// Standard error of `evsi` (see `Preposterior`).
    package var evsiSE: Double
    /// impressions × cost_per_impression, in yuan.
    package var cost: Double
    /// Outcome points the predictive was summarised by.
    package var outcomePoints: Int

    package init(cycle: String, impressions: Int, evsi: Double, evsiSE: Double, cost: Double, outcomePoints: Int) {
        self.cycle = cycle
        self.impressions = impressions
        self.evsi = evsi
        self.evsiSE = evsiSE
        self.cost = cost
        self.outcomePoints = outcomePoints
    }

    /// EVSI − cost: what buying the listing adds to the decision's expected value.
    package var netValue: Double { evsi - cost }
}
