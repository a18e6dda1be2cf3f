import Foundation
import MoldRiskCore

/// The stock search of DESIGN §8.4: every cycle's stock as a continuous variable over
/// `analysis.stock_range`, on common random numbers: each cycle's first `min(trials, maxTrials)`
/// trials of the run's own streams are drawn once (`StockSample`) and every level is evaluated on
/// them.
///
/// Expected value need not be concave in the stock (production time makes a big stock late), so
/// nothing assumes it:
/// 1. a coarse log-spaced grid over the range (ratio at most `gridRatio` between neighbours, so
///    two peaks a grid step apart are both seen);
/// 2. refinement in rounds: golden section on the bracket of the best grid level (and of the best
///    level within the tolerance when that is another one), bisection at each edge of the run of
///    levels within the tolerance around it, until every bracket is at most `resolution` wide;
/// 3. one final evaluation over every level the refinement ended at, from which the reported
///    figures come (`marks`: best, within tolerance, recommended).
package enum StockSearch {
    /// Trials each level is evaluated on at most.
    package static let maxTrials = StockSearchBudget.maxTrials
    /// The largest ratio between neighbouring levels of the coarse grid.
    static let gridRatio = 1.1
    /// Levels of the coarse grid, at least and at most.
    static let gridLevels = 17...StockSearchBudget.maxGridLevels
    /// Resolution, as a share of the planned stock.
    package static let resolutionShare = 0.005
    /// Refinement rounds at most (a guard; a default range needs about 10). The work limit counts
    /// the most levels a search can evaluate (`StockSearchBudget`).
    static let maxRounds = StockSearchBudget.maxRounds

    /// Evaluates one cycle at the given ascending, whole stocks on the search's trials; aligned
    /// with the stocks.
    package typealias Evaluate = (_ stocks: [Double]) -> [StockValue]

    /// Every cycle's decision for `plan` (judged on the NPV with `[life]`): each cycle's first
    /// `min(trials, maxTrials)` trials drawn once (`StockSample`), every level evaluated on them.
    package static func decisions(_ plan: SimulationPlan, trials: Int, threads: Int) -> [StockDecision] {
        let n = min(trials, maxTrials)
        let scenario = plan.scenario
        let chunks = (n + SimulationPlan.chunkSize - 1) / SimulationPlan.chunkSize
        return plan.cycles.indices.map { k in
            var decision = search(range: scenario.stockRange, resolution: max(1, scenario.product.stock * resolutionShare),
                                  tolerance: scenario.maxLossProbability, trials: n,
                                  evaluate: evaluator(plan, cycle: k, trials: n, threads: threads))
            decision.intervalQuantile = RunAnalysis.intervalQuantile(stratified: scenario.sampling.isStratified, chunks: chunks)
            return decision
        }
    }

    /// Cycle k's `Evaluate`: its sample drawn once, each call evaluating levels on it.
    static func evaluator(_ plan: SimulationPlan, cycle k: Int, trials: Int, threads: Int) -> Evaluate {
        let sample = StockSample(plan: plan, cycle: k, trials: trials, threads: threads)
        let stratified = plan.scenario.sampling.isStratified
        return { stocks in
            sample.evaluate(stocks: stocks, threads: threads).map { level in
                StockValue(stock: level.stock, expectedValue: level.value.mean,
                           se: RunAnalysis.meanStandardError(stratified: stratified, total: level.value, chunks: level.chunks),
                           probabilityOfLoss: level.probabilityOfLoss)
            }
        }
    }

    /// One cycle's search on any evaluator (see the type's description).
    static func search(range: ClosedRange<Double>, resolution: Double, tolerance: Double, trials: Int,
                       evaluate: Evaluate) -> StockDecision {
        let grid = logGrid(range)
        return refine(grid: evaluate(grid), range: range, resolution: resolution, tolerance: tolerance,
                      trials: trials, evaluate: evaluate)
    }

    /// Whole stocks from `range.lowerBound` to `range.upperBound`, log-spaced, both bounds included.
    static func logGrid(_ range: ClosedRange<Double>) -> [Double] {
        let (low, high) = (range.lowerBound, range.upperBound)
        let wanted = Int((Foundation.log(high / low) / Foundation.log(gridRatio)).rounded(.up)) + 1
        let count = min(gridLevels.upperBound, max(gridLevels.lowerBound, wanted))
        let levels = (0..<count).map { i -> Double in
            i == count - 1 ? high : (low * Foundation.pow(high / low, Double(i) / Double(count - 1))).rounded()
        }
        return Array(Set(levels.map { min(high, max(low, $0)) })).sorted()
    }

    /// A cycle's refinement from its coarse grid values, then its final evaluation.
    static func refine(grid: [StockValue], range: ClosedRange<Double>, resolution: Double,
                       tolerance: Double, trials: Int, evaluate: Evaluate) -> StockDecision {
        let coarse = marks(grid, tolerance: tolerance, trials: trials)
        var jobs: [Refinement] = []
        let stocks = grid.map(\.stock)
        func bracket(around stock: Double, within bounds: ClosedRange<Int>) -> Refinement? {
            guard let i = stocks.firstIndex(of: stock) else { return nil }
            let a = max(i - 1, bounds.lowerBound), b = min(i + 1, bounds.upperBound)
            return a < b ? .golden(low: stocks[a], high: stocks[b]) : nil
        }
        jobs += [bracket(around: coarse.best.stock, within: 0...(stocks.count - 1))].compactMap { $0 }
        if let region = coarse.withinTolerance, let recommended = coarse.recommended,
           let lo = stocks.firstIndex(of: region.lower), let hi = stocks.firstIndex(of: region.upper) {
            if recommended.stock != coarse.best.stock, let golden = bracket(around: recommended.stock, within: lo...hi) {
                jobs.append(golden)
            }
            if lo > 0 { jobs.append(.edge(passing: stocks[lo], failing: stocks[lo - 1])) }
            if hi < stocks.count - 1 { jobs.append(.edge(passing: stocks[hi], failing: stocks[hi + 1])) }
        }
        var evaluations = grid.count
        var rounds = 0
        while rounds < maxRounds {
            let requests = jobs.map { $0.requests(resolution: resolution) }
            let levels = Array(Set(requests.joined())).sorted()
            guard !levels.isEmpty else { break }
            let values = Dictionary(zip(levels, evaluate(levels)), uniquingKeysWith: { a, _ in a })
            evaluations += levels.count
            for j in jobs.indices where !requests[j].isEmpty {
                jobs[j].update(with: values, tolerance: tolerance)
            }
            rounds += 1
        }
        // The final comparison: every level the refinement ended at, the coarse marks and the
        // range's bounds when the grid's best or region reaches them, in one run.
        var finalStocks = jobs.flatMap(\.ends)
        finalStocks += [coarse.best.stock, coarse.recommended?.stock, coarse.withinTolerance?.lower,
                        coarse.withinTolerance?.upper].compactMap { $0 }
        let finalLevels = Array(Set(finalStocks)).sorted()
        let final = evaluate(finalLevels)
        evaluations += finalLevels.count
        var decision = marks(final, tolerance: tolerance, trials: trials)
        // The region's edges are the bisections' (or the grid's when the region reaches a bound).
        if let region = coarse.withinTolerance {
            let lower = jobs.compactMap { $0.edgeFound(below: region.lower) }.first ?? region.lower
            let upper = jobs.compactMap { $0.edgeFound(above: region.upper) }.first ?? region.upper
            decision.withinTolerance = ClosedInterval(lower: lower, upper: upper)
            let inside = final.filter { $0.stock >= lower && $0.stock <= upper && $0.passes(tolerance: tolerance) }
            decision.recommended = inside.max(by: higher) ?? coarse.recommended
        } else {
            decision.withinTolerance = nil
            decision.recommended = nil
        }
        decision.bestAtRangeBound = decision.best.stock - range.lowerBound <= resolution
            || range.upperBound - decision.best.stock <= resolution
        decision.searched = ClosedInterval(lower: range.lowerBound, upper: range.upperBound)
        decision.resolution = resolution
        decision.evaluations = evaluations
        return decision
    }

    /// The marks of a list of ascending levels: the best (highest expected value, the smaller
    /// stock on a tie), the recommended (the best of those passing the verdict's rule), the run of
    /// passing levels around it, and whether the best is the first or last level. The life tables'
    /// marks and the decision read off the tabulated levels are these.
    package static func marks(_ levels: [StockValue], tolerance: Double, trials: Int) -> StockDecision {
        let best = levels.max(by: higher)!
        let passing = levels.indices.filter { levels[$0].passes(tolerance: tolerance) }
        var region: ClosedInterval?
        var recommended: StockValue?
        if let r = passing.max(by: { higher(levels[$0], levels[$1]) }) {
            var lo = r, hi = r
            while lo > 0 && levels[lo - 1].passes(tolerance: tolerance) { lo -= 1 }
            while hi < levels.count - 1 && levels[hi + 1].passes(tolerance: tolerance) { hi += 1 }
            region = ClosedInterval(lower: levels[lo].stock, upper: levels[hi].stock)
            recommended = levels[r]
        }
        let stocks = levels.map(\.stock)
        return StockDecision(best: best, withinTolerance: region, recommended: recommended,
                             bestAtRangeBound: levels.count > 1 && (best.stock == stocks.first || best.stock == stocks.last),
                             searched: ClosedInterval(lower: stocks.first!, upper: stocks.last!),
                             resolution: 0, trials: trials, evaluations: levels.count)
    }

    /// Orders levels by expected value; of two equal values the larger stock counts as lower, so
    /// `max(by:)` picks the smaller stock.
    static func higher(_ a: StockValue, _ b: StockValue) -> Bool {
        a.expectedValue != b.expectedValue ? a.expectedValue < b.expectedValue : a.stock > b.stock
    }
}

/// One refinement of the stock search: golden section on a bracket around a peak, or bisection
/// of an edge of the region within the tolerance.
enum Refinement {
    /// The peak lies in `low...high`.
    case golden(low: Double, high: Double)
    /// The edge lies between a level that passes and one that fails.
    case edge(passing: Double, failing: Double)

    /// The golden ratio's conjugate, (√5 − 1) / 2.
    static let phi = (5.0.squareRoot() - 1) / 2

    /// The whole stocks this round needs; empty when the refinement has reached the resolution.
    func requests(resolution: Double) -> [Double] {
        switch self {
        case let .golden(low, high):
            guard high - low > resolution else { return [] }
            let inner = [(high - Self.phi * (high - low)).rounded(), (low + Self.phi * (high - low)).rounded()]
            return inner[0] > low && inner[1] < high && inner[0] < inner[1] ? inner : []
        case let .edge(passing, failing):
            guard abs(passing - failing) > resolution else { return [] }
            let mid = ((passing + failing) / 2).rounded()
            return mid != passing && mid != failing ? [mid] : []
        }
    }

    /// Narrows the refinement with the round's values.
    mutating func update(with values: [Double: StockValue], tolerance: Double) {
        switch self {
        case let .golden(low, high):
            let c = (high - Self.phi * (high - low)).rounded(), d = (low + Self.phi * (high - low)).rounded()
            guard let fc = values[c], let fd = values[d] else { return }
            self = StockSearch.higher(fc, fd) ? .golden(low: c, high: high) : .golden(low: low, high: d)
        case let .edge(passing, failing):
            let mid = ((passing + failing) / 2).rounded()
            guard let value = values[mid] else { return }
            self = value.passes(tolerance: tolerance) ? .edge(passing: mid, failing: failing)
                : .edge(passing: passing, failing: mid)
        }
    }

    /// The levels the final comparison evaluates for this refinement.
    var ends: [Double] {
        switch self {
        case let .golden(low, high): [low, ((low + high) / 2).rounded(), high]
        case let .edge(passing, _): [passing]
        }
    }

    /// The lower edge found, when this bisection refined the edge below `stock` (the grid's lowest passing level).
    func edgeFound(below stock: Double) -> Double? {
        if case let .edge(passing, failing) = self, failing < passing, passing <= stock { return passing }
        return nil
    }

    /// The upper edge found, when this bisection refined the edge above `stock`.
    func edgeFound(above stock: Double) -> Double? {
        if case let .edge(passing, failing) = self, failing > passing, passing >= stock { return passing }
        return nil
    }
}
