import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// EVSI's baseline is the best choice under the re-runs' own weighted average (issue 19 item 8):
/// 0 ≤ EVSI ≤ the perfect information's value on the same re-runs, exactly 0 when no outcome of
/// the listing changes the choice, and the re-runs give the same figures on any number of threads.
@Suite struct EVSIBaselineTests {
    /// The rinse-cup scenario at its planned stock alone: a 1,000-impression listing on a posterior
    /// of 20,000 impressions cannot change the choice (data-driven at 100,000 cups). Before the fix
    /// this printed "1,000 −¥9 ±¥10" and, on other seeds, −¥618 ± 1,230 or ¥330 above an EVPI of ¥39.
    static func oneStock(seed: UInt64) -> Scenario {
        var scenario = ScenarioSamples.rinseCups(trials: 20_000)
        scenario.seed = seed
        scenario.stockLevels = [scenario.product.stock]
        scenario.valueOfInformation = ValueOfInformationSpec(listingSizes: [1_000, 2_000], costPerImpression: 0.05)
        return scenario
    }

    @Test(arguments: [3, 5, 20201111] as [UInt64])
    func evsiIsExactlyZeroWhenNoOutcomeChangesTheChoice(seed: UInt64) throws {
        let scenario = Self.oneStock(seed: seed)
        let base = SimulationPlan(scenario: scenario)
        let values = TrialValues(base, threads: 2)
        let k = base.cycles.firstIndex { $0.cycle.name == "data_driven" }!
        for n in scenario.valueOfInformation!.listingSizes {
            let analysis = Preposterior.run(base: base, baseValues: values, cycle: k, impressions: n, maxPoints: 32, threads: 2)
            // Every outcome keeps the same best choice …
            let chosen = Set(analysis.expected.map { own in own.indices.max { own[$0] < own[$1] }! })
            #expect(chosen.count == 1)
            // … so the listing is worth nothing, exactly.
            #expect(analysis.evsi == 0, "seed \(seed), \(n) impressions: EVSI \(analysis.evsi)")
            #expect(analysis.evsiSE == 0)
        }
        let run = try MoldRiskRun.run(scenario, options: .init(threads: 2)).valueOfInformation
        #expect(run.listings.allSatisfy { $0.evsi == 0 })
        #expect(run.listings.allSatisfy { $0.evsi <= run.evpi })
    }

    /// A listing that does change the choice: EVSI > 0 (clearly, 5 SE), at most the perfect
    /// information's value on the same re-runs (exactly, up to rounding) and EVPI's within noise.
    @Test(arguments: [100, 1_000, 10_000])
    func evsiLiesBetweenZeroAndThePerfectInformationOfTheSameReruns(impressions: Int) throws {
        let scenario = ValueOfInformationTests.weakSignals(trials: 10_000)
        let base = SimulationPlan(scenario: scenario)
        let values = TrialValues(base, threads: 2)
        let analysis = Preposterior.run(base: base, baseValues: values, cycle: 0, impressions: impressions,
                                        maxPoints: 32, threads: 2)
        #expect(analysis.evsi > 5 * analysis.evsiSE, "EVSI \(analysis.evsi) ± \(analysis.evsiSE)")
        #expect(analysis.evsi <= analysis.perfectBound + 1e-9 * abs(analysis.perfectBound),
                "EVSI \(analysis.evsi) vs EVPI on the re-runs \(analysis.perfectBound)")
        let evpi = try MoldRiskRun.run(scenario, options: .init(threads: 2)).valueOfInformation
        #expect(analysis.evsi <= evpi.evpi + 4 * (analysis.evsiSE + evpi.evpiSE))
    }

    /// The re-runs run outcome points side by side on the threads; the figures do not depend on it.
    @Test func rerunsGiveTheSameFiguresOnOneThreadAndThree() {
        let scenario = ValueOfInformationTests.weakSignals(trials: 6_000, sizes: [40])
        let base = SimulationPlan(scenario: scenario)
        let values = TrialValues(base, threads: 1)
        let one = Preposterior.run(base: base, baseValues: values, cycle: 0, impressions: 40, maxPoints: 32, threads: 1)
        let three = Preposterior.run(base: base, baseValues: values, cycle: 0, impressions: 40, maxPoints: 32, threads: 3)
        #expect(one.evsi == three.evsi && one.evsiSE == three.evsiSE && one.expected == three.expected)
        #expect(one.perfectBound == three.perfectBound)
    }

    /// Progress: called once per outcome point re-run, ending at their total (at most the
    /// `RunCost.listingReruns` the work limit counts).
    @Test func progressCountsEveryRerun() throws {
        let scenario = ValueOfInformationTests.weakSignals(trials: 3_000, sizes: [10, 100])
        let seen = ProgressLog()
        let priced = try ValueOfInformation.priceListings(SimulationPlan(scenario: scenario), trials: 3_000, threads: 2) {
            seen.add($0, $1)
        }
        let points = priced!.listings.reduce(0) { $0 + $1.outcomePoints }
        let calls = seen.calls
        #expect(points > 11 && points <= RunCost.listingReruns(scenario.valueOfInformation!))
        #expect(calls.count == points)
        #expect(calls.allSatisfy { $0.total == points })
        #expect(Set(calls.map(\.done)) == Set(1...points))
    }
}

/// The (done, total) pairs a progress callback was given, from any thread.
final class ProgressLog: Sendable {
    private let log = Locked<[(done: Int, total: Int)]>([])

    func add(_ done: Int, _ total: Int) { log.withLock { $0.append((done, total)) } }

    var calls: [(done: Int, total: Int)] { log.withLock { $0 } }
}
