/// What the preposterior analysis (DESIGN §8.2) needs of a plan: a signals-form cycle's conversion
/// posterior, and that cycle re-run alone with its conversion rate moved to another posterior.
extension SimulationPlan {
    /// Cycle k's conversion posterior Beta(α, β) as the engine draws it, or nil for a cycle in the
    /// distribution form (a test listing does not inform it).
    package func conversionPosterior(ofCycle k: Int) -> (alpha: Double, beta: Double)? {
        let cycle = cycles[k]
        return cycle.isSignals ? (cycle.posteriorAlpha, cycle.posteriorBeta) : nil
    }

    /// The plan evaluating cycle k alone on the same streams (`restricted(toCycle:)`) with its
    /// conversion rate drawn as before and moved by `coupling` (`CyclePins.conversionCoupling`).
    /// The coupling's tables must outlive every run of the plan.
    package func restricted(toCycle k: Int, conversionCoupling coupling: BetaCoupling) -> SimulationPlan {
        var plan = restricted(toCycle: k)
        plan.cycles[0].pins.conversionCoupling = coupling
        return plan
    }
}
