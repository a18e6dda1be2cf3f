/// The exact running totals of a set of trials: moments and counts per cycle and stock level.
/// Floating-point sums depend on the order values arrive in, so the engine merges chunk totals
/// strictly in chunk order; the result is then the same for any thread count.
public struct RunTotals: Sendable, Equatable {
    public let cycleCount: Int
    public let stockCount: Int
    /// Profit per (cycle, stock) cell: index `cycle * stockCount + stock`.
    public var profit: [Moments]
    /// Sell-through per cell.
    public var sellThrough: [Moments]
    /// Trials with profit < 0, per cell.
    public var losses: [Int]
    /// Trials whose stock missed the opening day, per cycle, at the planned stock.
    public var late: [Int]
    /// Rework cost per cycle (0 in trials without rework).
    public var reworkCost: [Moments]
    /// Mold cost (one draw per trial, shared by the cycles).
    public var moldCost = Moments()
    /// Paired profit difference `to − from` at the planned stock, per entry of `pairs`.
    public var difference: [Moments]
    /// Profit before the mold cost (profit + the trial's mold cost) per cycle, at the planned
    /// stock: with a firm mold quote X every trial's profit is this minus X (what would make it go).
    public var preMoldProfit: [Moments]
    /// The cycle pairs compared, (from, to) with from < to, in order.
    public let pairs: [(from: Int, to: Int)]
    /// The first impossible sampler input met (earliest trial); nil in every valid run. Not part of
    /// a partial result: a shard that meets one fails instead of writing it.
    public var fault: TrialFault?

    public init(cycleCount: Int, stockCount: Int) {
        self.cycleCount = cycleCount
        self.stockCount = stockCount
        let cells = cycleCount * stockCount
        profit = Array(repeating: Moments(), count: cells)
        sellThrough = Array(repeating: Moments(), count: cells)
        losses = Array(repeating: 0, count: cells)
        late = Array(repeating: 0, count: cycleCount)
        reworkCost = Array(repeating: Moments(), count: cycleCount)
        pairs = (0..<cycleCount).flatMap { a in ((a + 1)..<cycleCount).map { (from: a, to: $0) } }
        difference = Array(repeating: Moments(), count: pairs.count)
        preMoldProfit = Array(repeating: Moments(), count: cycleCount)
    }

    /// The cell index of (cycle, stock).
    @inline(__always) public func cell(_ cycle: Int, _ stock: Int) -> Int { cycle * stockCount + stock }

    /// Trials summarised.
    public var trials: Int { moldCost.count }

    /// Adds the totals of trials that came after these.
    public mutating func merge(_ other: RunTotals) {
        for i in profit.indices {
            profit[i].merge(other.profit[i])
            sellThrough[i].merge(other.sellThrough[i])
            losses[i] += other.losses[i]
        }
        for k in 0..<cycleCount {
            late[k] += other.late[k]
            reworkCost[k].merge(other.reworkCost[k])
            preMoldProfit[k].merge(other.preMoldProfit[k])
        }
        moldCost.merge(other.moldCost)
        for p in difference.indices { difference[p].merge(other.difference[p]) }
        if fault == nil { fault = other.fault }
    }

    public static func == (a: RunTotals, b: RunTotals) -> Bool {
        a.profit == b.profit && a.sellThrough == b.sellThrough && a.losses == b.losses && a.late == b.late
            && a.reworkCost == b.reworkCost && a.moldCost == b.moldCost && a.difference == b.difference
            && a.preMoldProfit == b.preMoldProfit
            && a.fault == b.fault
    }
}

/// The distribution summaries of a set of trials, for percentiles, tails and curves. Counts only,
/// so they merge exactly in any order (each worker thread keeps its own and they are added up).
public struct RunSketches: Sendable, Equatable {
    /// Profit per (cycle, stock) cell, indexed like `RunTotals`.
    public var profit: [ValueSketch]
    /// Sell-through per cycle at the planned stock.
    public var sellThrough: [ValueSketch]
    /// Ready day per cycle at the planned stock.
    public var ready: [ValueSketch]
    /// Profit before the mold cost per cycle at the planned stock (see `RunTotals.preMoldProfit`).
    public var preMoldProfit: [ValueSketch]

    public init(cycleCount: Int, stockCount: Int) {
        profit = Array(repeating: ValueSketch(), count: cycleCount * stockCount)
        sellThrough = Array(repeating: ValueSketch(), count: cycleCount)
        ready = Array(repeating: ValueSketch(), count: cycleCount)
        preMoldProfit = Array(repeating: ValueSketch(), count: cycleCount)
    }

    public mutating func merge(_ other: RunSketches) {
        for i in profit.indices { profit[i].merge(other.profit[i]) }
        for k in sellThrough.indices {
            sellThrough[k].merge(other.sellThrough[k])
            ready[k].merge(other.ready[k])
            preMoldProfit[k].merge(other.preMoldProfit[k])
        }
    }
}
