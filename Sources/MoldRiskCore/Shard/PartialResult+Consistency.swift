/// The internal consistency of a partial result read from a file: the totals and sketches must
/// be ones the engine could have written for the shard's chunks. A partial is not signed, so this
/// is a check against damage and clumsy edits, not a security boundary: it refuses counts
/// outside 0…the chunk's trials (which also keeps every later sum far from overflowing), moments
/// whose count is not the chunk's trial count or whose mean and spread the values cannot have,
/// sketches that do not hold the shard's trials or whose min and max lie outside their buckets,
/// and exact sums outside what the sketch's buckets allow. Each message names the field.
extension PartialResult {
    /// The first inconsistency among the chunk totals and sketches, or nil.
    var contentProblem: String? {
        let chunkRanges = chunks.map { c in (c * chunkSize)..<min(trials, (c + 1) * chunkSize) }
        guard let first = chunkTotals.first else { return nil }
        let cycles = first.cycleCount
        let stocks = first.stockCount
        for (i, chunk) in chunkTotals.enumerated() {
            let place = "chunkTotals[\(i)] (chunk \(chunks.lowerBound + i))"
            guard chunk.cycleCount == cycles, chunk.stockCount == stocks else {
                return "\(place) has \(chunk.cycleCount) cycles × \(chunk.stockCount) stocks, chunkTotals[0] \(cycles) × \(stocks)"
            }
            if let problem = Self.problem(of: chunk, trials: chunkRanges[i].count) { return "\(place).\(problem)" }
            if (chunk.life == nil) != (first.life == nil) {
                return "\(place) \(chunk.life == nil ? "has no" : "has") life totals, chunkTotals[0] \(first.life == nil ? "has none" : "has")"
            }
            if let life = chunk.life {
                guard let firstLife = first.life, life.hasShape(of: firstLife), life.cycleCount == cycles,
                      life.stockCount == stocks else {
                    return "\(place).life does not have chunkTotals[0]'s shape"
                }
                if let problem = life.problem(trials: chunkRanges[i].count) { return "\(place).\(problem)" }
            }
        }
        let s = sketches
        guard s.profit.count == cycles * stocks, s.sellThrough.count == cycles, s.ready.count == cycles,
              s.demand.count == cycles, s.preMoldProfit.count == cycles else {
            return "sketches do not have the chunk totals' \(cycles) cycles × \(stocks) stocks"
        }
        let ran = UInt64(chunkRanges.reduce(0) { $0 + $1.count })
        let lifeCounts = first.life == nil ? (0, 0) : (cycles * stocks, cycles)
        guard s.lifeNPV.count == lifeCounts.0, s.lifePreMoldNPV.count == lifeCounts.1 else {
            return "sketches.lifeNPV and lifePreMoldNPV hold \(s.lifeNPV.count) and \(s.lifePreMoldNPV.count) sketches, "
                + "expected \(lifeCounts.0) and \(lifeCounts.1)"
        }
        for (name, list) in [("profit", s.profit), ("sellThrough", s.sellThrough), ("ready", s.ready), ("demand", s.demand),
                             ("preMoldProfit", s.preMoldProfit), ("lifeNPV", s.lifeNPV),
                             ("lifePreMoldNPV", s.lifePreMoldNPV)] {
            for (k, sketch) in list.enumerated() {
                if sketch.count != ran { return "sketches.\(name)[\(k)] holds \(sketch.count) values, the shard ran \(ran) trials" }
                if let problem = sketch.extremesProblem { return "sketches.\(name)[\(k)]: \(problem)" }
            }
        }
        for (k, sketch) in s.sellThrough.enumerated() where sketch.count > 0 && !(sketch.minimum >= 0 && sketch.maximum <= 1) {
            return "sketches.sellThrough[\(k)]: min \(sketch.minimum) and max \(sketch.maximum) are not within 0…1"
        }
        for (k, sketch) in s.ready.enumerated() where sketch.count > 0 && !(sketch.minimum >= 0) {
            return "sketches.ready[\(k)]: min \(sketch.minimum) is below 0 days"
        }
        for (k, sketch) in s.demand.enumerated() where sketch.count > 0 && !(sketch.minimum >= 0) {
            return "sketches.demand[\(k)]: min \(sketch.minimum) is below 0 units"
        }
        return profitAgreementProblem
    }

    /// Each profit cell's chunk moments and loss counts against the shard's profit sketch of that cell.
    private var profitAgreementProblem: String? {
        for (cell, sketch) in sketches.profit.enumerated() {
            var sum = 0.0
            var losses = 0
            for (i, chunk) in chunkTotals.enumerated() {
                let m = chunk.profit[cell]
                let place = "chunkTotals[\(i)].profit[\(cell)]"
                let slack = Self.slack(sketch.minimum, sketch.maximum)
                if m.count > 0, !(m.mean >= sketch.minimum - slack && m.mean <= sketch.maximum + slack) {
                    return "\(place): mean \(m.mean) lies outside the profits' range \(sketch.minimum)…\(sketch.maximum)"
                }
                let spread = sketch.maximum - sketch.minimum
                if !(m.m2 <= Double(m.count) * spread * spread / 4 * (1 + 1e-9) + slack) {
                    return "\(place): m2 \(m.m2) is more spread than values within \(sketch.minimum)…\(sketch.maximum) can have"
                }
                sum += m.mean * Double(m.count)
                losses += chunk.losses[cell]
            }
            let bounds = sketch.sumBounds
            let slack = 1e-6 * (abs(bounds.lower) + abs(bounds.upper))
            if !(sum >= bounds.lower - slack && sum <= bounds.upper + slack) {
                return "the chunks' profit sum of cell \(cell), \(sum), is not within \(bounds.lower)…\(bounds.upper), "
                    + "what sketches.profit[\(cell)]'s buckets allow"
            }
            let signs = sketch.signCounts
            if !(UInt64(losses) >= signs.negative && UInt64(losses) <= signs.negative + signs.nearZero) {
                return "the chunks' losses of cell \(cell), \(losses), disagree with sketches.profit[\(cell)] "
                    + "(\(signs.negative) values below 0, \(signs.nearZero) near 0)"
            }
        }
        return nil
    }

    /// Rounding room when comparing a mean with the range of its values.
    private static func slack(_ lo: Double, _ hi: Double) -> Double {
        1e-9 * max(abs(lo), abs(hi)) + 1e-300
    }

    /// The first field of one chunk's totals that the chunk's `trials` trials cannot have produced.
    private static func problem(of chunk: RunTotals, trials n: Int) -> String? {
        func moments(_ name: String, _ list: [Moments]) -> String? {
            for (i, m) in list.enumerated() {
                if m.count != n { return "\(name)[\(i)] counts \(m.count) values, the chunk has \(n) trials" }
                if !(m.m2 >= 0) { return "\(name)[\(i)] has a negative m2 (\(m.m2))" }
            }
            return nil
        }
        func counts(_ name: String, _ list: [Int]) -> String? {
            for (i, c) in list.enumerated() where !(0...n).contains(c) {
                return "\(name)[\(i)] = \(c), not within 0…\(n) (the chunk's trials)"
            }
            return nil
        }
        if let problem = moments("demand", chunk.demand) {
            return problem
        }
        if let problem = moments("profit", chunk.profit) ?? moments("sellThrough", chunk.sellThrough)
            ?? moments("reworkCost", chunk.reworkCost) ?? moments("moldCost", [chunk.moldCost])
            ?? moments("difference", chunk.difference) ?? moments("preMoldProfit", chunk.preMoldProfit)
            ?? moments("perfectInformation", [chunk.perfectInformation])
            ?? moments("perfectInformationRegret", chunk.perfectInformationRegret)
            ?? counts("losses", chunk.losses) ?? counts("late", chunk.late) {
            return problem
        }
        for (i, m) in chunk.sellThrough.enumerated() where !(m.mean >= -1e-9 && m.mean <= 1 + 1e-9 && m.m2 <= Double(n) / 4 + 1e-9) {
            return "sellThrough[\(i)]: mean \(m.mean) and m2 \(m.m2) are not those of shares within 0…1"
        }
        for (name, m) in [("moldCost", chunk.moldCost)] + chunk.reworkCost.map({ ("reworkCost", $0) }) where !(m.mean >= 0) {
            return "\(name): mean \(m.mean) of costs that are never below 0"
        }
        let perfect = [("perfectInformation", chunk.perfectInformation)]
            + chunk.perfectInformationRegret.map { ("perfectInformationRegret", $0) }
        for (name, m) in perfect where !(m.mean >= 0) {
            return "\(name): mean \(m.mean) of values that are never below 0"
        }
        return nil
    }
}
