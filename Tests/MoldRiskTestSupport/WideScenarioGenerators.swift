import Foundation
import PropertyBased
@testable import MoldRiskCore

/// Knobs that push a generated scenario to the edges of the accepted ranges:
/// a test listing of up to 1e6 impressions with any share of orders (Beta posteriors up to
/// (1e6, 1e6)), drift up to 5 per 30 days, PERT λ up to 1,000, and gamma and beta shapes from
/// 1e−3 to 1e7. Applied on top of a `ScenarioRecipe`, so everything else stays as varied.
package struct WideRecipe: Sendable {
    /// log₁₀ impressions / 6, orders ÷ impressions.
    package var impressions: Double, orderShare: Double
    package var drift: Double, lambda: Double
    /// (log₁₀ shape + 3) / 10 for the gamma research days and the beta rework days.
    package var gammaShape: Double, betaAlpha: Double, betaBeta: Double

    package static var generator: Generator<WideRecipe, some SendableSequenceType> {
        zip(Knob.unit, Knob.edgy, Knob.edgy, Knob.edgy, Knob.edgy, Knob.edgy, Knob.edgy)
            .map { WideRecipe(impressions: $0, orderShare: $1, drift: $2, lambda: $3,
                              gammaShape: $4, betaAlpha: $5, betaBeta: $6) }
    }

    /// A shape in [1e−3, 1e7] from a knob in [0, 1].
    package static func shape(_ knob: Double) -> Double { Foundation.pow(10, -3 + 10 * knob) }

    /// The scenario with the first cycle's research a gamma of mean 30 days at the wide shape, its
    /// rework days a wide beta (under a day), the mold cost a PERT of wide λ, every signals cycle's
    /// listing wide and every drift wide.
    package func apply(to scenario: Scenario) -> Scenario {
        var s = scenario
        s.mold.cost = .pert(min: 100_000, mode: 250_000, max: 1_000_000, lambda: 1_000 * lambda)
        let k = Self.shape(gammaShape)
        s.cycles[0].researchDays = .gamma(shape: k, scale: 30 / k)
        s.cycles[0].reworkDays = .beta(alpha: Self.shape(betaAlpha), beta: Self.shape(betaBeta))
        for c in s.cycles.indices {
            s.cycles[c].demand.driftPer30Days = 5 * drift
            if case var .signals(signals) = s.cycles[c].demand.source {
                signals.impressions = Foundation.pow(10, 6 * impressions).rounded()
                signals.orders = (orderShare * signals.impressions).rounded()
                s.cycles[c].demand.source = .signals(signals)
            }
        }
        return s
    }
}

extension ScenarioGen {
    /// Valid scenarios at the edges of the accepted ranges, with 200 to 1,500 trials.
    package static var wide: Generator<GeneratedScenario, some SendableSequenceType> {
        zip(ScenarioRecipe.generator, WideRecipe.generator, Gen.int(in: 200...1_500)).map { recipe, wide, trials in
            var scenario = wide.apply(to: recipe.scenario)
            scenario.trials = trials
            return GeneratedScenario(scenario)
        }
    }
}
