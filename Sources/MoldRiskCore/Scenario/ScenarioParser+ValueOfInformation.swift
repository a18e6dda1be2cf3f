extension ScenarioParser {
    /// `[value_of_information]` (optional table; when present, both keys are required). nil when
    /// the file leaves it out, or when a value is unusable (recorded in `log`, so no scenario is built).
    func valueOfInformation() -> ValueOfInformationSpec? {
        guard root["value_of_information"] != nil,
              let table = section("value_of_information", allowed: ScenarioSchema.valueOfInformation, required: false)
        else { return nil }
        let cost = table.required("cost_per_impression").flatMap { $0.number(in: ScenarioRanges.costPerImpression) }
        guard let node = table.required("listing_sizes"),
              let elements = node.array("an array of listing sizes (whole numbers of impressions)") else { return nil }
        let limits = ScenarioRanges.Limits.self
        if elements.isEmpty {
            log.add(node.path, "must not be empty")
            return nil
        }
        if elements.count > limits.listingSizes {
            log.add(node.path, "has \(elements.count) listing sizes: at most \(limits.listingSizes)")
            return nil
        }
        let sizes = elements.map { $0.number(in: ScenarioRanges.listingImpressions) }
        let good = sizes.compactMap { $0 }
        guard good.count == sizes.count, let cost else { return nil }
        return ValueOfInformationSpec(listingSizes: Array(Set(good.map { Int($0) })).sorted(), costPerImpression: cost)
    }
}
