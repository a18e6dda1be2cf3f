/// `[value_of_information]` (DESIGN §8.2, optional): the further test listings whose worth to the
/// decision a run prices (EVSI, for every signals-form cycle), and what an impression costs.
package struct ValueOfInformationSpec: Sendable, Equatable {
    /// Impressions of each further test listing considered: whole, at least 1, at most
    /// `ScenarioRanges.Limits.listingImpressions`; ascending, without duplicates.
    package var listingSizes: [Int]
    /// Yuan per impression bought (≥ 0): a listing of n impressions costs n times this.
    package var costPerImpression: Double

    package init(listingSizes: [Int], costPerImpression: Double) {
        self.listingSizes = listingSizes
        self.costPerImpression = costPerImpression
    }
}
