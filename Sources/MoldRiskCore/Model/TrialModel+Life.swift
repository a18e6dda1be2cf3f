/// What one (cycle, stock level) earned over the mold's life in one trial (DESIGN §8.1).
package struct LifeOutcome: Sendable, Equatable {
    /// `Σ_k profit_k / (1 + r)^(k−1)`, yuan.
    package var npv: Double
    /// The first season whose discounted cumulative profit is ≥ 0 (1-based); 0 when none within the life.
    package var paybackSeason: Int
}

/// DESIGN §8.1's seasons after the first, as pure functions: no I/O, no random numbers, no state.
/// Season 1 is `TrialModel.outcome` unchanged; for k = 2…K the engine draws `g_k` and
/// `maintenance_k` (and, in the signals form, the Poisson count) and calls these.
extension TrialModel {
    /// Potentials above this are held at it: far above any stock (at most 1e9 units), so no
    /// season's sales change, while a long run of large demand changes cannot overflow to ∞.
    package static let potentialCap = 1e300

    /// `potential_k = potential_{k−1} · g_k`, with a negative change counted as 0 and the result
    /// held at `potentialCap` (never NaN or ∞ for finite ≥ 0 inputs).
    @inline(__always)
    package static func nextPotential(_ previous: Double, change: Double) -> Double {
        let next = previous * max(0, change)
        return next < potentialCap ? next : (next >= potentialCap ? potentialCap : 0)
    }

    /// The potential demand of season 1 before availability: `base · drift` (distribution form, the
    /// demand itself) or the Poisson mean `visitors · p · drift` (signals form).
    @inline(__always)
    package static func firstPotential(_ draws: CycleDraws, isSignals: Bool) -> Double {
        isSignals ? demand(base: draws.demandInput, conversion: draws.conversion, drift: draws.drift, availability: 1)
            : demand(base: draws.demandInput, drift: draws.drift, availability: 1)
    }

    /// The stock of a season after the first: the evaluated stock (`same`) or what sold the season before (`last_sold`).
    @inline(__always)
    package static func seasonStock(_ restock: Life.Restock, planned: Double, lastSold: Double) -> Double {
        switch restock {
        case .same: planned
        case .lastSold: lastSold
        }
    }

    /// Sales and profit of a season after the first: the mold exists, so nothing is late and no
    /// mold, rework or fixed cost is paid; `profit_k = unit_price·sold + salvage·(stock − sold)
    /// − unit_cost·stock − maintenance`. A stock of 0 sells nothing and costs only the maintenance.
    @inline(__always)
    package static func seasonOutcome(product: Product, stock: Double, demand: Double,
                                      maintenance: Double) -> (sold: Double, profit: Double) {
        let sold = min(max(0, demand), stock)
        let profit = product.unitPrice * sold + product.salvageValue * (stock - sold) - product.unitCost * stock
            - maintenance
        return (sold, profit)
    }

    /// The whole life of one (cycle, stock level) in one trial. `first` is season 1's outcome
    /// (DESIGN §1); `demands[i]` and `maintenance[i]` are season i + 2's demand and maintenance;
    /// `discountFactors[i]` is `1 / (1 + r)^i`. Writes each season's profit, undiscounted, to
    /// `seasonProfits` (season 1 first) and returns the NPV and the payback season: the first
    /// season whose discounted cumulative profit is ≥ 0.
    @inline(__always)
    package static func life(product: Product, stock: Double, first: Outcome, restock: Life.Restock,
                             demands: UnsafeBufferPointer<Double>, maintenance: UnsafeBufferPointer<Double>,
                             discountFactors: UnsafeBufferPointer<Double>,
                             seasonProfits: UnsafeMutableBufferPointer<Double>) -> LifeOutcome {
        var npv = first.profit
        var payback = npv >= 0 ? 1 : 0
        var lastSold = first.sold
        seasonProfits[0] = first.profit
        for i in 0..<demands.count {
            let stockK = seasonStock(restock, planned: stock, lastSold: lastSold)
            let season = seasonOutcome(product: product, stock: stockK, demand: demands[i], maintenance: maintenance[i])
            seasonProfits[i + 1] = season.profit
            npv += season.profit * discountFactors[i + 1]
            if payback == 0 && npv >= 0 { payback = i + 2 }
            lastSold = season.sold
        }
        return LifeOutcome(npv: npv, paybackSeason: payback)
    }
}
