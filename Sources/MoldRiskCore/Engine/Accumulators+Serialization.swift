/// Writing the engine's accumulators out and reading them back exactly, for shard partial
/// results. Doubles are written in Swift's shortest round-tripping form, so a decoded value has
/// the same bits as the encoded one and folding decoded chunk totals gives the same sums as the
/// engine's own fold. Decoding checks shapes and throws `DecodingError.dataCorrupted` otherwise.

/// `[count, mean, m2]`.
extension Moments: Codable {
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(count)
        try c.encode(mean)
        try c.encode(m2)
    }

    package init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let count = try c.decode(Int.self)
        let mean = try c.decode(Double.self)
        let m2 = try c.decode(Double.self)
        guard c.isAtEnd, count >= 0, mean.isFinite, m2.isFinite else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "moments: expected [count ≥ 0, finite mean, finite m2]")
        }
        self.init(count: count, mean: mean, m2: m2)
    }
}

extension RunTotals: Codable {
    enum CodingKeys: String, CodingKey {
        case cycleCount = "cycles", stockCount = "stocks"
        case profit, sellThrough, losses, late, reworkCost, demand, moldCost, difference, preMoldProfit
        case perfectInformation, perfectInformationRegret, life
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cycleCount, forKey: .cycleCount)
        try c.encode(stockCount, forKey: .stockCount)
        try c.encode(profit, forKey: .profit)
        try c.encode(sellThrough, forKey: .sellThrough)
        try c.encode(losses, forKey: .losses)
        try c.encode(late, forKey: .late)
        try c.encode(reworkCost, forKey: .reworkCost)
        try c.encode(demand, forKey: .demand)
        try c.encode(moldCost, forKey: .moldCost)
        try c.encode(difference, forKey: .difference)
        try c.encode(preMoldProfit, forKey: .preMoldProfit)
        try c.encodeIfPresent(life, forKey: .life)
        try c.encode(perfectInformation, forKey: .perfectInformation)
        try c.encode(perfectInformationRegret, forKey: .perfectInformationRegret)
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let cycles = try c.decode(Int.self, forKey: .cycleCount)
        let stocks = try c.decode(Int.self, forKey: .stockCount)
        guard (1...10_000).contains(cycles), (1...10_000).contains(stocks) else {
            throw DecodingError.dataCorruptedError(forKey: .cycleCount, in: c,
                                                   debugDescription: "run totals: \(cycles) cycles × \(stocks) stocks")
        }
        self.init(cycleCount: cycles, stockCount: stocks)
        func read<T: Decodable>(_ key: CodingKeys, count: Int) throws -> [T] {
            let values = try c.decode([T].self, forKey: key)
            guard values.count == count else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                       debugDescription: "run totals: \(values.count) values, expected \(count)")
            }
            return values
        }
        let cells = cycles * stocks
        profit = try read(.profit, count: cells)
        sellThrough = try read(.sellThrough, count: cells)
        losses = try read(.losses, count: cells)
        late = try read(.late, count: cycles)
        reworkCost = try read(.reworkCost, count: cycles)
        demand = try read(.demand, count: cycles)
        moldCost = try c.decode(Moments.self, forKey: .moldCost)
        difference = try read(.difference, count: pairs.count)
        preMoldProfit = try read(.preMoldProfit, count: cycles)
        life = try c.decodeIfPresent(LifeTotals.self, forKey: .life)
        if let life, life.cycleCount != cycles || life.stockCount != stocks {
            throw DecodingError.dataCorruptedError(forKey: .life, in: c, debugDescription:
                "run totals: life of \(life.cycleCount) cycles × \(life.stockCount) stocks, expected \(cycles) × \(stocks)")
        }
        perfectInformation = try c.decode(Moments.self, forKey: .perfectInformation)
        perfectInformationRegret = try read(.perfectInformationRegret, count: cells)
    }
}

extension RunSketches: Codable {
    enum CodingKeys: String, CodingKey {
        case profit, sellThrough, ready, demand, preMoldProfit, lifeNPV, lifePreMoldNPV
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(profit, forKey: .profit)
        try c.encode(sellThrough, forKey: .sellThrough)
        try c.encode(ready, forKey: .ready)
        try c.encode(demand, forKey: .demand)
        try c.encode(preMoldProfit, forKey: .preMoldProfit)
        if !lifeNPV.isEmpty || !lifePreMoldNPV.isEmpty {
            try c.encode(lifeNPV, forKey: .lifeNPV)
            try c.encode(lifePreMoldNPV, forKey: .lifePreMoldNPV)
        }
    }

    /// The shape (cells per cycle) is checked by whoever knows the plan (`ShardMerge`).
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(cycleCount: 0, stockCount: 0)
        profit = try c.decode([ValueSketch].self, forKey: .profit)
        sellThrough = try c.decode([ValueSketch].self, forKey: .sellThrough)
        ready = try c.decode([ValueSketch].self, forKey: .ready)
        demand = try c.decode([ValueSketch].self, forKey: .demand)
        preMoldProfit = try c.decode([ValueSketch].self, forKey: .preMoldProfit)
        lifeNPV = try c.decodeIfPresent([ValueSketch].self, forKey: .lifeNPV) ?? []
        lifePreMoldNPV = try c.decodeIfPresent([ValueSketch].self, forKey: .lifePreMoldNPV) ?? []
    }
}
