extension SimulationPlan {
    /// The first pinned value (tornado hold) that is not finite, described by where it is, or nil.
    /// The quantiles behind pins are finite for every validated scenario (`Quantile`); this is the
    /// guard that keeps a non-finite one from reaching a sampler unnoticed.
    func nonFinitePin() -> String? {
        func check(_ value: Double?, _ what: String) -> String? {
            guard let value, !value.isFinite else { return nil }
            return "\(what) is held at \(value)"
        }
        if let fault = check(moldCost.pinnedValue, "mold.cost") { return fault }
        for c in cycles {
            let base = TOMLPath.root.key("cycles").key(c.cycle.name)
            let held: [(Double?, String)] = [
                (c.research.pinnedValue, "research_days"), (c.tooling.pinnedValue, "mold_days"),
                (c.reworkDays.pinnedValue, "rework_days"), (c.reworkCost.pinnedValue, "rework_cost"),
                (c.demandOrVisitors.pinnedValue, "demand"), (c.pins.conversion, "demand.conversion"),
                (c.pins.driftZ, "demand.drift_per_30_days (its normal draw)"),
            ]
            for (value, key) in held {
                if let fault = check(value, "\(base).\(key)") { return fault }
            }
        }
        return nil
    }
}
