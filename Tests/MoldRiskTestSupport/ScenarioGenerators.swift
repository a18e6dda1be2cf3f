import PropertyBased
@testable import MoldRiskCore

// Generators of random *valid* scenarios, built only by composing PropertyBased's own generators
// (`zip`, `.map`, `.array(of:)`), so that shrinking composes: every number is a "knob" in [0, 1]
// or a small integer choice that shrinks towards 0, and 0 always means the simplest legal value
// (a `fixed` distribution, zero salvage, a stock of 1, no capacity limit, no rework, no drift,
// one cycle, 200 trials). A shrunk failure therefore names a small, readable scenario.
//
// Recipes are scale-free; `ScenarioRecipe.scenario` applies the scales (demand relative to the
// stock, production relative to the stock, …) so that every recipe maps to a scenario that passes
// DESIGN §2's validation: min ≤ mode ≤ max, bounded families of non-negative quantities ≥ 0,
// unit_price > salvage_value, stock > 0, capacity > 0, season_days > 0, probabilities in [0, 1],
// orders ≤ impressions, every magnitude ≤ 1e9.

/// Knob generators shared by the recipes.
package enum Knob {
    /// Uniform in [0, 1], shrinking towards 0.
    package static var unit: Generator<Double, some SendableSequenceType> { Gen.double(in: 0...1) }

    /// In [0, 1], exactly 0 or exactly 1 a third of the time each (the extreme legal values:
    /// peak share 0 and 1, rework probability 0 and 1, a stock of 1, no drift); shrinks to 0.
    package static var edgy: Generator<Double, some SendableSequenceType> {
        zip(Gen.int(in: 0...5), Gen.double(in: 0...1)).map { pick, x in
            pick == 0 ? 0 : pick == 1 ? 1 : x
        }
    }
}

/// A distribution spec before scaling: a family (0 `fixed` … 8 `empirical`) and four knobs in [0, 1].
package struct DistributionRecipe: Sendable {
    package var family: Int
    package var a: Double, b: Double, c: Double, d: Double

    package static var generator: Generator<DistributionRecipe, some SendableSequenceType> {
        zip(Gen.int(in: 0...8), Knob.unit, Knob.unit, Knob.unit, Knob.unit)
            .map { DistributionRecipe(family: $0, a: $1, b: $2, c: $3, d: $4) }
    }

    /// The legal spec of a non-negative quantity whose typical size is `scale` (> 0): bounded
    /// families stay ≥ 0; normal may draw below 0 (the engine counts negative draws as 0).
    package func distribution(scale s: Double) -> Distribution {
        let lo = a * s
        let hi = lo + b * s
        switch family {
        case 0: return .fixed(lo)
        case 1: return .uniform(min: lo, max: hi)
        case 2: return .triangular(min: lo, mode: lo + c * (hi - lo), max: hi)
        case 3: return .pert(min: lo, mode: lo + c * (hi - lo), max: hi, lambda: 0.5 + 7.5 * d)
        case 4: return .normal(mean: lo, sd: 0.5 * b * s)
        case 5: return .lognormal(median: s * (0.001 + a), sigma: 1.2 * b)
        case 6:
            let shape = 0.1 + 6 * a
            return .gamma(shape: shape, scale: s * (0.001 + b) / shape)
        case 7: return .beta(alpha: 0.1 + 5 * a, beta: 0.1 + 5 * b)
        default:
            return .empirical(values: [lo, hi, c * s], weights: [0.1 + d, 1, 1.1 - d])
        }
    }
}

/// `[product]` knobs: price, cost, salvage form (0 zero, 1 positive, 2 negative) and size, stock.
package struct ProductRecipe: Sendable {
    package var price: Double, cost: Double, salvageForm: Int, salvage: Double, stock: Double

    package static var generator: Generator<ProductRecipe, some SendableSequenceType> {
        zip(Knob.unit, Knob.unit, Gen.int(in: 0...2), Knob.unit, Knob.edgy)
            .map { ProductRecipe(price: $0, cost: $1, salvageForm: $2, salvage: $3, stock: $4) }
    }

    package var product: Product {
        let unitPrice = 0.5 + 99.5 * price
        let salvageValue: Double = switch salvageForm {
        case 0: 0
        case 1: 0.999 * salvage * unitPrice
        default: -salvage * unitPrice
        }
        return Product(unitPrice: unitPrice, unitCost: 100 * cost, salvageValue: salvageValue,
                       stock: (1 + stock * 200_000).rounded())
    }
}

/// `[mold]` knobs: cost and days, capacity form (0 none, 1 huge, 2 from 1 to 61 days for the stock).
package struct MoldRecipe: Sendable {
    package var cost: DistributionRecipe, days: DistributionRecipe, capacityForm: Int, capacity: Double

    package static var generator: Generator<MoldRecipe, some SendableSequenceType> {
        zip(DistributionRecipe.generator, DistributionRecipe.generator, Gen.int(in: 0...2), Knob.unit)
            .map { MoldRecipe(cost: $0, days: $1, capacityForm: $2, capacity: $3) }
    }

    package func mold(stock: Double) -> Mold {
        let capacity: Double? = switch capacityForm {
        case 0: nil
        case 1: 1e9
        default: stock / (1 + 60 * capacity)
        }
        return Mold(cost: cost.distribution(scale: 1_000_000), days: days.distribution(scale: 60),
                    capacityPerDay: capacity)
    }
}

/// `cycles.NAME.demand` knobs: the form, both forms' specs, the test listing and the drift.
package struct DemandRecipe: Sendable {
    package var isSignals: Bool
    package var units: DistributionRecipe, visitors: DistributionRecipe
    package var impressions: Double, orderShare: Double, alpha: Double, beta: Double, drift: Double

    package static var generator: Generator<DemandRecipe, some SendableSequenceType> {
        zip(Gen.bool, DistributionRecipe.generator, DistributionRecipe.generator,
            Knob.unit, Knob.unit, Knob.unit, Knob.unit, Knob.edgy)
            .map { DemandRecipe(isSignals: $0, units: $1, visitors: $2, impressions: $3, orderShare: $4,
                                alpha: $5, beta: $6, drift: $7) }
    }

    package func demand(stock: Double) -> Demand {
        let drift = 0.5 * self.drift
        guard isSignals else { return Demand(source: .units(units.distribution(scale: 2 * stock)), driftPer30Days: drift) }
        let shown = (impressions * 50_000).rounded()
        return Demand(source: .signals(Signals(visitors: visitors.distribution(scale: 20 * stock),
                                               impressions: shown, orders: (orderShare * shown).rounded(),
                                               priorAlpha: 0.1 + 5 * alpha, priorBeta: 0.1 + 5 * beta)),
                      driftPer30Days: drift)
    }
}

/// `[cycles.NAME]` knobs: commitment, extra cost, timing, rework and demand.
package struct CycleRecipe: Sendable {
    package var commit: Double, fixedCost: Double
    package var research: DistributionRecipe, ownMoldDays: Bool, moldDays: DistributionRecipe
    package var reworkProbability: Double, reworkDays: DistributionRecipe, reworkCost: DistributionRecipe
    package var demand: DemandRecipe

    package static var generator: Generator<CycleRecipe, some SendableSequenceType> {
        zip(Knob.unit, Knob.unit, DistributionRecipe.generator, Gen.bool, DistributionRecipe.generator,
            Knob.edgy, DistributionRecipe.generator, DistributionRecipe.generator, DemandRecipe.generator)
            .map { CycleRecipe(commit: $0, fixedCost: $1, research: $2, ownMoldDays: $3, moldDays: $4,
                               reworkProbability: $5, reworkDays: $6, reworkCost: $7, demand: $8) }
    }

    package func cycle(name: String, mold: Mold, stock: Double) -> Cycle {
        Cycle(name: name, commitDaysBeforeWindow: 200 * commit, fixedCost: 100_000 * fixedCost,
              researchDays: research.distribution(scale: 60),
              moldDays: ownMoldDays ? moldDays.distribution(scale: 60) : mold.days,
              reworkProbability: reworkProbability, reworkDays: reworkDays.distribution(scale: 30),
              reworkCost: reworkCost.distribution(scale: 200_000), demand: demand.demand(stock: stock))
    }
}

/// A whole scenario's knobs.
package struct ScenarioRecipe: Sendable {
    package var trials: Int, seed: UInt64
    package var product: ProductRecipe, mold: MoldRecipe, seasonDays: Double, peakShare: Double
    package var cycles: [CycleRecipe]
    package var stockMultipliers: [Double]
    package var tolerance: Double

    /// Cycle names, the first ones as in DESIGN §2, one in Chinese (names are UTF-8).
    package static let cycleNames = ["traditional", "data_driven", "第三 third"]

    package static var generator: Generator<ScenarioRecipe, some SendableSequenceType> {
        zip(Gen.int(in: 200...3_000), Gen.uint64(in: 0...UInt64.max), ProductRecipe.generator,
            MoldRecipe.generator, Knob.unit, Knob.edgy, CycleRecipe.generator.array(of: 1...3),
            Gen.double(in: 0.1...3).array(of: 0...4), Knob.edgy)
            .map { ScenarioRecipe(trials: $0, seed: $1, product: $2, mold: $3, seasonDays: $4, peakShare: $5,
                                  cycles: $6, stockMultipliers: $7, tolerance: $8) }
    }

    package var scenario: Scenario {
        let product = product.product
        let stock = product.stock
        let mold = mold.mold(stock: stock)
        return Scenario(
            name: "generated", trials: trials, seed: seed, product: product, mold: mold,
            window: SalesWindow(seasonDays: 1 + 89 * seasonDays, peakShare: peakShare),
            cycles: cycles.enumerated().map { $1.cycle(name: Self.cycleNames[$0], mold: mold, stock: stock) },
            stockLevels: Array(Set(stockMultipliers.map { max(1, (stock * $0).rounded()) })).sorted(),
            maxLossProbability: tolerance)
    }
}

/// Generators of the scenarios the properties run on.
package enum ScenarioGen {
    /// Any valid scenario (see the recipes above).
    package static var any: Generator<GeneratedScenario, some SendableSequenceType> {
        ScenarioRecipe.generator.map { GeneratedScenario($0.scenario) }
    }
}
