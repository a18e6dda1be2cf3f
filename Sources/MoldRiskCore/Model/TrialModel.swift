import Foundation

/// The timing of one cycle at one stock level in one trial.
package struct Timing: Sendable, Equatable {
    /// research + tooling + rework days + production days.
    package var ready: Double
    /// max(0, ready − commit_days_before_window).
    package var late: Double
    /// Share of the season's demand still reachable, in [0, 1].
    package var availability: Double
}

/// What one cycle at one stock level earned in one trial.
package struct Outcome: Sendable, Equatable {
    /// Demand that reached the shelf (≥ 0).
    package var demand: Double
    /// min(demand, stock).
    package var sold: Double
    /// sold / stock, in [0, 1].
    package var sellThrough: Double
    /// Yuan: unit_price·sold + salvage·(stock − sold) − unit_cost·stock − mold − rework − fixed.
    package var profit: Double
}

/// The per-trial model of DESIGN §1 as pure functions: no I/O, no random numbers, no state.
/// The engine draws a trial's inputs (`CycleDraws`, the mold cost) and calls these for every
/// cycle and stock level on the same draws.
package enum TrialModel {
    /// Days to produce `stock` units at `capacityPerDay` (0 when capacity is unlimited).
    @inline(__always)
    package static func productionDays(stock: Double, capacityPerDay: Double?) -> Double {
        guard let capacity = capacityPerDay else { return 0 }
        return stock / capacity
    }

    /// Share of demand reached when the stock is `late` days late:
    /// 1 on time, else (1 − peak_share) · max(0, 1 − late / season_days).
    @inline(__always)
    package static func availability(late: Double, window: SalesWindow) -> Double {
        if late <= 0 { return 1 }
        return (1 - window.peakShare) * max(0, 1 - late / window.seasonDays)
    }

    /// Ready day, lateness and availability of a cycle's stock.
    @inline(__always)
    package static func timing(draws: CycleDraws, productionDays: Double, commitDays: Double,
                              window: SalesWindow) -> Timing {
        let ready = draws.researchDays + draws.toolingDays + draws.reworkDays + productionDays
        let late = max(0, ready - commitDays)
        return Timing(ready: ready, late: late, availability: availability(late: late, window: window))
    }

    /// The demand drift factor exp(s·√(age/30)·z − s²·(age/30)/2), whose mean over z ~ N(0, 1) is 1.
    @inline(__always)
    package static func drift(perThirtyDays s: Double, ageDays: Double, z: Double) -> Double {
        if s == 0 { return 1 }
        let t = ageDays / 30
        return Foundation.exp(s * t.squareRoot() * z - s * s * t / 2)
    }

    /// DESIGN §1's demand without its noise, at a given availability, with a negative base counted as 0.
    /// Distribution form (`conversion` nil): `max(0, base) · drift · availability`, the demand itself
    /// (`base` is the season's units). Signals form: `max(0, base) · conversion · drift · availability`,
    /// the mean of the Poisson demand (`base` is the visitors, `conversion` the rate p). A NaN or
    /// infinite conversion, drift or availability is returned as computed, for the caller to check.
    @inline(__always)
    package static func demand(base: Double, conversion: Double? = nil, drift: Double,
                              availability: Double) -> Double {
        let base = max(0, base)
        guard let conversion else { return base * drift * availability }
        return base * conversion * drift * availability
    }

    /// Sales and profit of one cycle at one stock level given the demand that reached the shelf.
    @inline(__always)
    package static func outcome(product: Product, stock: Double, demand: Double, moldCost: Double,
                               reworkCost: Double, fixedCost: Double) -> Outcome {
        let shelf = max(0, demand)
        let sold = min(shelf, stock)
        let profit = product.unitPrice * sold + product.salvageValue * (stock - sold)
            - product.unitCost * stock - moldCost - reworkCost - fixedCost
        return Outcome(demand: shelf, sold: sold, sellThrough: sold / stock, profit: profit)
    }
}

import Foundation
