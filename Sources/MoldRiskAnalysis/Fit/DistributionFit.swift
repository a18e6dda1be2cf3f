import Foundation
import MoldRiskCore

/// `moldrisk fit FILE --column NAME` as data (DESIGN §8.7): every family of `FitFamily` fitted
/// to one column, each with its log-likelihood, AIC = 2k − 2 log L, and the Kolmogorov–Smirnov
/// and Anderson–Darling statistics with p-values by parametric bootstrap (`FitBootstrap`),
/// ranked by AIC (lowest first; the empirical law, which has no density, last). `best` is the
/// first of the ranking.
package struct DistributionFit: Sendable {
    /// One fitted family.
    package struct Candidate: Sendable {
        package var family: FitFamily
        package var distribution: Distribution
        /// log L and AIC; nil for the empirical law (no density).
        package var logLikelihood: Double?
        package var aic: Double?
        /// The statistics against the fitted law (0 and none for the empirical law, which is the data).
        package var fit: GoodnessOfFit?
        /// Bootstrap p-values of `fit.ks` and `fit.ad`.
        package var ksP: Double?
        package var adP: Double?
    }

    package var column: String
    /// The observations, sorted.
    package var values: [Double]
    /// Fitted families ranked by AIC; the empirical law last.
    package var candidates: [Candidate]
    /// Families not fitted, with the reason.
    package var skipped: [(family: FitFamily, reason: FitSkip)]
    /// The bootstrap's replicates and seed.
    package var bootstrap: FitBootstrap

    package var best: Candidate { candidates[0] }

    /// Fits `values` (finite, at least two distinct; the data layer checks: `FitData`).
    package init(column: String, values: [Double], bootstrap: FitBootstrap? = nil) {
        self.column = column
        self.values = values.sorted()
        let plan = bootstrap ?? FitBootstrap(observations: values.count)
        self.bootstrap = plan
        var skipped: [(FitFamily, FitSkip)] = []
        var laws: [(FitFamily, Distribution)] = []
        for family in FitFamily.allCases {
            if let reason = family.unfitReason(self.values) { skipped.append((family, reason)); continue }
            guard let law = family.fit(self.values) else { skipped.append((family, .invalidEstimate)); continue }
            // A law a scenario would refuse is not offered; the empirical law is the data, which
            // `FitData` keeps within a scenario's range.
            if family != .empirical, let problem = law.scenarioProblems.first { skipped.append((family, .refusedByScenario(problem))); continue }
            laws.append((family, law))
        }
        // The families' bootstraps are independent (one stream each): they run side by side, and
        // each result goes to its own slot, so the output does not depend on the order they finish in.
        let slots = CandidateSlots(count: laws.count)
        let sorted = self.values, tasks = laws
        DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
            slots.set(index, Self.candidate(tasks[index].0, tasks[index].1, sorted: sorted, bootstrap: plan))
        }
        let fitted = slots.values
        candidates = fitted.sorted { ($0.aic ?? .infinity) < ($1.aic ?? .infinity) }
        self.skipped = skipped
    }

    static func candidate(_ family: FitFamily, _ law: Distribution, sorted: [Double], bootstrap: FitBootstrap) -> Candidate {
        guard family != .empirical else {
            return Candidate(family: family, distribution: law, logLikelihood: nil, aic: nil, fit: nil, ksP: nil, adP: nil)
        }
        let logL = sorted.reduce(0.0) { $0 + (law.logDensity($1) ?? -.infinity) }
        let aic = 2 * Double(family.parameterCount) - 2 * logL
        let statistics = GoodnessOfFit(sorted: sorted, law: law)
        let p = bootstrap.pValues(family, law, observed: statistics, count: sorted.count)
        return Candidate(family: family, distribution: law, logLikelihood: logL.isFinite ? logL : nil,
                         aic: aic.isFinite ? aic : nil, fit: statistics, ksP: p?.ks, adP: p?.ad)
    }
}

/// One slot per family for the candidates computed side by side (`DistributionFit.init`).
private final class CandidateSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [DistributionFit.Candidate?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ candidate: DistributionFit.Candidate) {
        lock.lock()
        slots[index] = candidate
        lock.unlock()
    }

    var values: [DistributionFit.Candidate] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
