/// `[life]` (optional, DESIGN §8.1): the seasons the mold serves and how they unfold.
extension ScenarioParser {
    /// The life, `.some(nil)` when the file has no `[life]`, `nil` when it is unusable (recorded).
    /// `seasons` is required in the table; the other keys default to no change in demand,
    /// restocking what sold the season before, no maintenance and no discount.
    func life() -> Life?? {
        guard let node = root["life"] else { return .some(nil) }
        guard let table = node.table("a table (the mold's life over several seasons)") else { return nil }
        table.rejectUnknownKeys(allowed: ScenarioSchema.life)
        let defaults = ScenarioSchema.Defaults.self
        let seasons: Int64? = table.required("seasons").flatMap { $0.integer(in: ScenarioRanges.seasons) }
        let change = table.distribution("demand_change", in: ScenarioRanges.demandChange, default: .fixed(1))
        let maintenance = table.distribution("maintenance_per_season", in: ScenarioRanges.money, default: .fixed(0))
        let discount = table.number("discount_per_season", in: ScenarioRanges.share, default: defaults.discountPerSeason)
        let restock = self.restock(table)
        guard let seasons, let change, let maintenance, let discount, let restock else { return nil }
        return .some(Life(seasons: Int(seasons), demandChange: change, restock: restock,
                          maintenancePerSeason: maintenance, discountPerSeason: discount))
    }

    /// `life.restock`: "last_sold" (default, DESIGN §8.4: a factory makes again what sold) or "same".
    private func restock(_ table: TableReader) -> Life.Restock? {
        guard let node = table["restock"] else { return .lastSold }
        guard let text = node.string() else { return nil }
        if let restock = Life.Restock(rawValue: text) { return restock }
        var message = "unknown restock rule \(TOMLQuoting.inMessage(text))"
        if let suggestion = KeySuggestion.closest(to: text, among: Life.Restock.allCases.map(\.rawValue)) {
            message += " (did you mean \(TOMLQuoting.inMessage(suggestion))?)"
        }
        log.add(node.path, message + "; known: \(TOMLQuoting.inMessage(Life.Restock.same.rawValue)) (the planned "
            + "stock every season), \(TOMLQuoting.inMessage(Life.Restock.lastSold.rawValue)) (make what sold the season before)")
        return nil
    }
}
