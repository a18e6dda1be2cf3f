/// The exact running totals of the mold's life (DESIGN §8.1) over a set of trials, per (cycle,
/// stock) cell indexed like `RunTotals` (`cycle * stockCount + stock`); per-season figures at
/// `cell * seasons + (k − 1)`. Merged in chunk order like `RunTotals`.
package struct LifeTotals: Sendable, Equatable {
    package let cycleCount: Int
    package let stockCount: Int
    package let seasons: Int
    /// NPV per cell.
    package var npv: [Moments]
    /// Trials with NPV < 0, per cell.
    package var losses: [Int]
    /// Trials first paid back in season k (discounted cumulative profit ≥ 0), per cell and season.
    package var paidBackIn: [Int]
    /// Profit of season k, undiscounted, per cell and season.
    package var seasonProfit: [Moments]
    /// NPV before the mold cost (NPV + the trial's mold cost) per cycle at the planned stock: with
    /// a firm mold quote X every trial's NPV is this minus X (`ToGo`).
    package var preMoldNPV: [Moments]

    package init(cycleCount: Int, stockCount: Int, seasons: Int) {
        self.cycleCount = cycleCount
        self.stockCount = stockCount
        self.seasons = seasons
        let cells = cycleCount * stockCount
        npv = Array(repeating: Moments(), count: cells)
        losses = Array(repeating: 0, count: cells)
        paidBackIn = Array(repeating: 0, count: cells * seasons)
        seasonProfit = Array(repeating: Moments(), count: cells * seasons)
        preMoldNPV = Array(repeating: Moments(), count: cycleCount)
    }

    /// Adds the totals of trials that came after these (same shape).
    package mutating func merge(_ other: LifeTotals) {
        for i in npv.indices {
            npv[i].merge(other.npv[i])
            losses[i] += other.losses[i]
        }
        for i in seasonProfit.indices {
            seasonProfit[i].merge(other.seasonProfit[i])
            paidBackIn[i] += other.paidBackIn[i]
        }
        for k in preMoldNPV.indices { preMoldNPV[k].merge(other.preMoldNPV[k]) }
    }

    /// True when `other` has this shape.
    package func hasShape(of other: LifeTotals) -> Bool {
        cycleCount == other.cycleCount && stockCount == other.stockCount && seasons == other.seasons
    }
}
