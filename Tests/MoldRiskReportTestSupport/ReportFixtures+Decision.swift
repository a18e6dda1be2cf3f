import Foundation
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport

/// The decision-analysis parts of a fixture: tornado bars, a `--precision` convergence
/// and `--set` overrides, on top of `ReportFixtures.result`.
extension ReportFixtures {
    /// A computed tornado on 50,000 trials centred on `center`, with the bars of `sensitivity`.
    package static func tornado(cycle name: String, center: Double, signals: Bool) -> CycleTornado {
        CycleTornado(baseline: center, trials: 50_000, bars: sensitivity(cycle: name, center: center, signals: signals))
    }

    /// Sensitivity bars for a cycle whose tornado centre is `center`: continuous inputs widest
    /// swing first, each with the values it is held at, then the rework event; the cycle's own
    /// inputs under `cycles.<name>.` and the shared mold cost under `mold.cost`; each with its
    /// contribution to variance.
    package static func sensitivity(cycle name: String, center: Double, signals: Bool) -> [SensitivityBar] {
        let own = TOMLPath.cycle(name)
        typealias Spec = (TOMLPath, SensitivityBar.Held, Double, Double, Double, Double, Double)
        let mold: Spec = ("mold.cost", .input(unit: .yuan, atP10: 212_000, atP90: 498_000), 70_000, -95_000, 0.07, 0.16, -0.41)
        let specs: [Spec] = signals
            ? [(own.appending("demand.visitors"), .input(unit: .visitors, atP10: 1_090_000, atP90: 2_060_000), -150_000, 120_000, 0.31, 0.05, 0.58),
               mold,
               (own.appending("demand.drift_per_30_days"), .input(unit: .factor, atP10: 0.75, atP90: 1.28), 25_000, -31_000, 0.09, 0.12, -0.12),
               (own.appending("research_days"), .input(unit: .days, atP10: 5.7, atP90: 11.4), 6_000, -9_000, 0.095, 0.107, -0.05),
               (own.appending("rework_cost"), .input(unit: .yuan, atP10: 21_832, atP90: 61_292), 2_000, -6_500, 0.099, 0.104, -0.03),
               (own.appending("rework_probability"), .event(probability: 0.1), 4_000, -36_000, 0.09, 0.19, -0.06)]
            : [(own.appending("demand.units"), .input(unit: .units, atP10: 37_081, atP90: 172_597), -210_000, 150_000, 0.52, 0.08, 0.71),
               (mold.0, mold.1, mold.2, mold.3, 0.15, 0.27, -0.38),
               (own.appending("demand.drift_per_30_days"), .input(unit: .factor, atP10: 0.68, atP90: 1.37), 30_000, -38_000, 0.19, 0.23, -0.15),
               (own.appending("research_days"), .input(unit: .days, atP10: 38.2, atP90: 63.4), 12_000, -20_000, 0.20, 0.22, -0.12),
               (own.appending("rework_cost"), .input(unit: .yuan, atP10: 39_748, atP90: 113_944), 3_000, -9_000, 0.205, 0.215, -0.06),
               (own.appending("mold_days"), .input(unit: .days, atP10: 21, atP90: 29), 2_000, -4_000, 0.207, 0.211, -0.03),
               (own.appending("rework_probability"), .event(probability: 0.35), 50_000, -92_000, 0.18, 0.31, -0.23)]
        // Each bar's share of the variance as Analysis sets it (ρ² normalised over the cycle's bars).
        return VarianceContribution.shared(specs.map { input, held, low, high, lossLow, lossHigh, rho in
            SensitivityBar(input: input, held: held, expectedProfitAtP10: center + low, expectedProfitAtP90: center + high,
                           probabilityOfLossAtP10: lossLow, probabilityOfLossAtP90: lossHigh, rankCorrelation: rho)
        })
    }

    package static let convergence = Convergence(targetHalfWidth: 0.002, achievedHalfWidth: 0.00187, trialCap: 1_000_000,
                                         stoppedByCap: false)
    package static let cappedConvergence = Convergence(targetHalfWidth: 0.0005, achievedHalfWidth: 0.00163, trialCap: 200_000,
                                               stoppedByCap: true)
    package static let overrides = [ScenarioOverride(keyPath: "product.stock", value: "100000"),
                            ScenarioOverride(keyPath: "cycles.traditional.rework_probability", value: "0.35")]

    /// `result()` with tornado bars for every cycle, a convergence and two overrides: what a run
    /// with `--precision 0.002 --set …` on the sensitivity engine gives.
    package static func full(name: String = longChineseName, cycleNames: [String] = ["traditional", chineseCycle],
                     convergence: Convergence? = ReportFixtures.convergence,
                     overrides: [ScenarioOverride] = ReportFixtures.overrides) -> RunResult {
        var r = result(name: name, cycleNames: cycleNames)
        for index in r.cycles.indices {
            r.cycles[index].sensitivity = tornado(cycle: r.cycles[index].name, center: r.cycles[index].profit.mean,
                                                  signals: index % 2 == 1)
        }
        r.convergence = convergence
        r.scenario.overrides = overrides
        return r
    }
}
