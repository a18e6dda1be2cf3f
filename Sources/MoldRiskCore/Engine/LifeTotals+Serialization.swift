/// Writing the life totals out and reading them back exactly, for shard partial results (see
/// `Accumulators+Serialization.swift`): shapes are checked, a mismatch throws `DecodingError.dataCorrupted`.
extension LifeTotals: Codable {
    enum CodingKeys: String, CodingKey {
        case cycleCount = "cycles", stockCount = "stocks", seasons
        case npv, losses, paidBackIn, seasonProfit, preMoldNPV
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cycleCount, forKey: .cycleCount)
        try c.encode(stockCount, forKey: .stockCount)
        try c.encode(seasons, forKey: .seasons)
        try c.encode(npv, forKey: .npv)
        try c.encode(losses, forKey: .losses)
        try c.encode(paidBackIn, forKey: .paidBackIn)
        try c.encode(seasonProfit, forKey: .seasonProfit)
        try c.encode(preMoldNPV, forKey: .preMoldNPV)
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let cycles = try c.decode(Int.self, forKey: .cycleCount)
        let stocks = try c.decode(Int.self, forKey: .stockCount)
        let seasons = try c.decode(Int.self, forKey: .seasons)
        guard (1...10_000).contains(cycles), (1...10_000).contains(stocks),
              ScenarioRanges.seasons.contains(Int64(seasons)) else {
            throw DecodingError.dataCorruptedError(forKey: .seasons, in: c,
                debugDescription: "life totals: \(cycles) cycles × \(stocks) stocks × \(seasons) seasons")
        }
        self.init(cycleCount: cycles, stockCount: stocks, seasons: seasons)
        func read<T: Decodable>(_ key: CodingKeys, count: Int) throws -> [T] {
            let values = try c.decode([T].self, forKey: key)
            guard values.count == count else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                       debugDescription: "life totals: \(values.count) values, expected \(count)")
            }
            return values
        }
        let cells = cycles * stocks
        npv = try read(.npv, count: cells)
        losses = try read(.losses, count: cells)
        paidBackIn = try read(.paidBackIn, count: cells * seasons)
        seasonProfit = try read(.seasonProfit, count: cells * seasons)
        preMoldNPV = try read(.preMoldNPV, count: cycles)
    }
}
