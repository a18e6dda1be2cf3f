extension SimulationPlan {
    /// The first pinned value (tornado hold) that is not finite, described by where it is, or nil.
    /// The quantiles behind pins are finite for every validated scenario (`Quantile`); this is the
    /// guard that keeps a non-finite one from reaching a sampler unnoticed.
    package func nonFinitePin() -> String? {
        func check(_ value: Double?, _ what: String) -> String? {
            guard let value, !value.isFinite else { return nil }
            return "\(what) is held at \(value)"
        }
        if let fault = check(moldCost.pinnedValue, "mold.cost") { return fault }
        for c in cycles {
            let base = TOMLPath.cycle(c.cycle.name)
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

    /// The first input whose sampler has parameters GSL cannot take (`Sampler.hasLegalParameters`,
    /// or a Beta posterior that is not finite and positive), by key path, or nil. Validation rules
    /// these out; the plan draws NaN (or, for the posterior, Beta(1, 1)) in their place so that
    /// no GSL sampler ever receives them, and the run fails with this message.
    package func samplerFault() -> String? {
        func check(_ sampler: Sampler, _ path: String) -> String? {
            sampler.hasLegalParameters ? nil
                : "\(path): the \(sampler.distribution.familyName) parameters are not finite numbers a sampler can take"
        }
        if let fault = check(moldCost, "mold.cost") ?? life?.samplerFault() { return fault }
        for c in cycles {
            let base = TOMLPath.cycle(c.cycle.name)
            let samplers: [(Sampler, String)] = [
                (c.research, "research_days"), (c.tooling, "mold_days"), (c.reworkDays, "rework_days"),
                (c.reworkCost, "rework_cost"), (c.demandOrVisitors, c.isSignals ? "demand.event_impressions" : "demand.units"),
            ]
            for (sampler, key) in samplers {
                if let fault = check(sampler, "\(base).\(key)") { return fault }
            }
            if !c.hasLegalPosterior {
                return "\(base).demand: the conversion posterior (prior_alpha + orders, prior_beta + impressions − orders) "
                    + "is not a pair of finite positive numbers"
            }
        }
        return nil
    }
}
