/// The exact running totals of a set of trials: moments and counts per cycle and stock level.
/// Floating-point sums depend on the order values arrive in, so the engine merges chunk totals
/// strictly in chunk order; the result is then the same for any thread count.
package struct RunTotals: Sendable, Equatable {
    package let cycleCount: Int
    package let stockCount: Int
    /// Profit per (cycle, stock) cell: index `cycle * stockCount + stock`.
    package var profit: [Moments]
    /// Sell-through per cell.
    package var sellThrough: [Moments]
    /// Trials with profit < 0, per cell.
    package var losses: [Int]
    /// Trials whose stock missed the opening day, per cycle, at the planned stock.
    package var late: [Int]
    /// Rework cost per cycle (0 in trials without rework).
    package var reworkCost: [Moments]
    /// Demand per cycle at the planned stock: units demanded in the window after lateness, before
    /// the stock caps sales (`Outcome.demand`), the reason a report gives in units (DESIGN §8.4).
    package var demand: [Moments]
    /// Mold cost (one draw per trial, shared by the cycles).
    package var moldCost = Moments()
    /// Paired profit difference `to − from` at the planned stock, per entry of `pairs`.
    package var difference: [Moments]
    /// Profit before the mold cost (profit + the trial's mold cost) per cycle, at the planned
    /// stock: with a firm mold quote X every trial's profit is this minus X (what would make it go).
    package var preMoldProfit: [Moments]
    /// Per trial, the value of the best choice with every uncertainty resolved before deciding:
    /// max(0, max over every cell of `ChoiceValue.of`), not making the mold being worth 0 (EVPI,
    /// DESIGN §8.2).
    package var perfectInformation = Moments()
    /// Per cell, that perfect-information value minus the cell's own value, trial by trial: EVPI
    /// when the cell is the best choice without information, with its paired standard error.
    package var perfectInformationRegret: [Moments]
    /// The cycle pairs compared, (from, to) with from < to, in order.
    package let pairs: [(from: Int, to: Int)]
    /// The first impossible sampler input met (earliest trial); nil in every valid run. Not part of
    /// a partial result: a shard that meets one fails instead of writing it.
    package var fault: TrialFault?
    /// The mold's life over several seasons (`[life]`); nil without it (and in empty totals
    /// before the first chunk is merged).
    package var life: LifeTotals?

    package init(cycleCount: Int, stockCount: Int) {
        self.cycleCount = cycleCount
        self.stockCount = stockCount
        let cells = cycleCount * stockCount
        profit = Array(repeating: Moments(), count: cells)
        sellThrough = Array(repeating: Moments(), count: cells)
        losses = Array(repeating: 0, count: cells)
        late = Array(repeating: 0, count: cycleCount)
        reworkCost = Array(repeating: Moments(), count: cycleCount)
        demand = Array(repeating: Moments(), count: cycleCount)
        pairs = Self.cyclePairs(cycleCount)
        difference = Array(repeating: Moments(), count: pairs.count)
        preMoldProfit = Array(repeating: Moments(), count: cycleCount)
        perfectInformationRegret = Array(repeating: Moments(), count: cells)
    }

    /// The cycle pairs (from, to) with from < to, in order, of `cycleCount` cycles.
    static func cyclePairs(_ cycleCount: Int) -> [(from: Int, to: Int)] {
        (0..<cycleCount).flatMap { a in ((a + 1)..<cycleCount).map { (from: a, to: $0) } }
    }

    /// The cell index of (cycle, stock).
    @inline(__always) package func cell(_ cycle: Int, _ stock: Int) -> Int { cycle * stockCount + stock }

    /// Trials summarised.
    package var trials: Int { moldCost.count }

    /// Adds the totals of trials that came after these.
    package mutating func merge(_ other: RunTotals) {
        for i in profit.indices {
            profit[i].merge(other.profit[i])
            sellThrough[i].merge(other.sellThrough[i])
            losses[i] += other.losses[i]
            perfectInformationRegret[i].merge(other.perfectInformationRegret[i])
        }
        perfectInformation.merge(other.perfectInformation)
        for k in 0..<cycleCount {
            late[k] += other.late[k]
            reworkCost[k].merge(other.reworkCost[k])
            demand[k].merge(other.demand[k])
            preMoldProfit[k].merge(other.preMoldProfit[k])
        }
        moldCost.merge(other.moldCost)
        for p in difference.indices { difference[p].merge(other.difference[p]) }
        if fault == nil { fault = other.fault }
        if let otherLife = other.life {
            if life == nil { life = otherLife } else { life!.merge(otherLife) }
        }
    }

    package static func == (a: RunTotals, b: RunTotals) -> Bool {
        a.profit == b.profit && a.sellThrough == b.sellThrough && a.losses == b.losses && a.late == b.late
            && a.reworkCost == b.reworkCost && a.demand == b.demand && a.moldCost == b.moldCost && a.difference == b.difference
            && a.preMoldProfit == b.preMoldProfit
            && a.perfectInformation == b.perfectInformation && a.perfectInformationRegret == b.perfectInformationRegret
            && a.fault == b.fault && a.life == b.life
    }
}

/// The distribution summaries of a set of trials, for percentiles, tails and curves. Counts only,
/// so they merge exactly in any order (each worker thread keeps its own and they are added up).
package struct RunSketches: Sendable, Equatable {
    /// Profit per (cycle, stock) cell, indexed like `RunTotals`.
    package var profit: [ValueSketch]
    /// Sell-through per cycle at the planned stock.
    package var sellThrough: [ValueSketch]
    /// Ready day per cycle at the planned stock.
    package var ready: [ValueSketch]
    /// Demand per cycle at the planned stock (see `RunTotals.demand`).
    package var demand: [ValueSketch]
    /// Profit before the mold cost per cycle at the planned stock (see `RunTotals.preMoldProfit`).
    package var preMoldProfit: [ValueSketch]
    /// NPV over the mold's life per cell (`[life]`); empty without it.
    package var lifeNPV: [ValueSketch] = []
    /// NPV before the mold cost per cycle at the planned stock (`LifeTotals.preMoldNPV`); empty without `[life]`.
    package var lifePreMoldNPV: [ValueSketch] = []

    package init(cycleCount: Int, stockCount: Int) {
        profit = Array(repeating: ValueSketch(), count: cycleCount * stockCount)
        sellThrough = Array(repeating: ValueSketch(), count: cycleCount)
        ready = Array(repeating: ValueSketch(), count: cycleCount)
        demand = Array(repeating: ValueSketch(), count: cycleCount)
        preMoldProfit = Array(repeating: ValueSketch(), count: cycleCount)
    }

    package mutating func merge(_ other: RunSketches) {
        for i in profit.indices { profit[i].merge(other.profit[i]) }
        for k in sellThrough.indices {
            sellThrough[k].merge(other.sellThrough[k])
            ready[k].merge(other.ready[k])
            demand[k].merge(other.demand[k])
            preMoldProfit[k].merge(other.preMoldProfit[k])
        }
        Self.merge(&lifeNPV, other.lifeNPV)
        Self.merge(&lifePreMoldNPV, other.lifePreMoldNPV)
    }

    /// Adds `other` to `sketches` value by value; an empty list (no life recorded yet) takes `other`.
    private static func merge(_ sketches: inout [ValueSketch], _ other: [ValueSketch]) {
        guard !sketches.isEmpty else { sketches = other; return }
        for i in sketches.indices where i < other.count { sketches[i].merge(other[i]) }
    }
}
