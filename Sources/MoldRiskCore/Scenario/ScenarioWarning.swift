/// Something in a valid scenario that is probably not what its author meant: the scenario runs,
/// but `check` and `run` say so (a line starting `warning:`; the exit status stays 0).
package struct ScenarioWarning: Sendable, Equatable {
    /// The key path the warning is about (`cycles.traditional.commit_days_before_window`).
    package var keyPath: String
    /// What is odd, in one line.
    package var message: String

    package init(keyPath: String, message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    /// `warning: <file>: <key.path>: <message>`.
    package func line(file: String) -> String {
        "warning: \(file): \(keyPath): \(message)"
    }
}

extension Scenario {
    /// The warnings about this scenario, cycle by cycle in file order: a cycle that can never
    /// be on time, or always is; `rework_days` / `rework_cost` that can never apply because
    /// `rework_probability` is 0; then a stratified sampling method run in fewer than
    /// `SamplingMethod.minimumChunks` chunks (`trials`: the run's, `--trials` overriding
    /// `scenario.trials`). A pure function of the scenario (a value left at its default of 0 is
    /// indistinguishable from a 0 written in the file, and is not warned about).
    package func warnings(trials: Int? = nil) -> [ScenarioWarning] {
        cycles.flatMap { timingWarnings($0) + reworkWarnings($0) } + samplingWarnings(trials: trials ?? self.trials)
    }

    /// The warnings of `scenario.trials` as the file gives it (`warnings(trials:)`).
    package var warnings: [ScenarioWarning] { warnings() }

    /// Latin hypercube or Sobol in fewer than `SamplingMethod.minimumChunks` chunks: the report
    /// then takes independent trials' standard errors (issue 25 item 12).
    func samplingWarnings(trials: Int) -> [ScenarioWarning] {
        let chunks = (trials + SimulationPlan.chunkSize - 1) / SimulationPlan.chunkSize
        guard sampling.isStratified, chunks < SamplingMethod.minimumChunks else { return [] }
        let needed = SamplingMethod.minimumChunks * SimulationPlan.chunkSize
        return [ScenarioWarning(keyPath: "scenario.sampling", message: "\(sampling.rawValue) with "
            + "\(Fmt.group(String(trials))) trials runs in \(chunks) chunk\(chunks == 1 ? "" : "s") of at most "
            + "\(Fmt.group(String(SimulationPlan.chunkSize))): below \(SamplingMethod.minimumChunks) chunks the spread "
            + "of the chunk means is no guide, so the report's standard errors are those of independent trials "
            + "(an upper bound: the method's gain is not shown); use at least \(Fmt.group(String(needed))) trials")]
    }

    /// The ready time's range from the supports (DESIGN §1: ready = research + tooling + rework
    /// days + production; the engine counts negative day draws as 0): the shortest takes rework
    /// only when it is certain, the longest whenever it can happen. Warns when even the
    /// shortest exceeds the lead, or the longest (finite only for bounded families) is within it.
    func timingWarnings(_ cycle: Cycle) -> [ScenarioWarning] {
        let research = cycle.researchDays.support.clampedAtZero
        let tooling = cycle.moldDays.support.clampedAtZero
        let rework = cycle.reworkDays.support.clampedAtZero
        let production = TrialModel.productionDays(stock: product.stock, capacityPerDay: mold.capacityPerDay)
        // Rework days in the shortest and the longest ready time; nil when they do not count.
        let shortestRework = cycle.reworkProbability == 1 ? rework.lower : nil
        let longestRework = cycle.reworkProbability > 0 ? rework.upper : nil
        let shortest = research.lower + tooling.lower + (shortestRework ?? 0) + production
        let longest = research.upper + tooling.upper + (longestRework ?? 0) + production
        let lead = cycle.commitDaysBeforeWindow
        /// `55 days (research 30 days + mold 20 days + production 5 days) and the lead is 10 days`.
        func readyAgainstLead(_ total: Double, _ researchDays: Double, _ moldDays: Double, _ reworkDays: Double?) -> String {
            var terms = ["research \(Self.daysText(researchDays))", "mold \(Self.daysText(moldDays))"]
            if let reworkDays { terms.append("rework \(Self.daysText(reworkDays))") }
            terms.append("production \(Self.daysText(production))")
            return "\(Self.daysText(total)) (\(terms.joined(separator: " + "))) and the lead is \(Self.daysText(lead))"
        }
        let path = cyclePath(cycle, "commit_days_before_window")
        if shortest > lead {
            let ready = readyAgainstLead(shortest, research.lower, tooling.lower, shortestRework)
            return [ScenarioWarning(keyPath: path, message: "cycle \(cycle.name) can never be on time: "
                + "its shortest possible ready time is \(ready); every trial is late")]
        }
        if longest <= lead {
            let ready = readyAgainstLead(longest, research.upper, tooling.upper, longestRework)
            return [ScenarioWarning(keyPath: path, message: "cycle \(cycle.name) is always on time: "
                + "its longest possible ready time is \(ready); lateness plays no part in its risk")]
        }
        return []
    }

    /// `rework_days` and `rework_cost` other than 0 when `rework_probability` is 0.
    func reworkWarnings(_ cycle: Cycle) -> [ScenarioWarning] {
        guard cycle.reworkProbability == 0 else { return [] }
        return [("rework_days", cycle.reworkDays), ("rework_cost", cycle.reworkCost)]
            .filter { $0.1 != .fixed(0) }
            .map { key, _ in
                ScenarioWarning(keyPath: cyclePath(cycle, key),
                                message: "given, but rework_probability is 0, so it never applies "
                                    + "(set rework_probability, or remove \(key))")
            }
    }

    private func cyclePath(_ cycle: Cycle, _ key: String) -> String {
        TOMLPath.cycle(cycle.name).key(key).description
    }

    /// `29 days`, `6.67 days`: days rounded to 2 decimals, whole numbers without decimals.
    static func daysText(_ days: Double) -> String {
        guard days.isFinite else { return "unbounded" }
        return Fmt.exact((days * 100).rounded() / 100) + " days"
    }
}
