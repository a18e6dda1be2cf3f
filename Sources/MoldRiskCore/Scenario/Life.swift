/// The mold's life over several selling seasons (`[life]`, DESIGN §8.1): a mold is paid once and
/// serves `seasons` seasons, the first included. Season 1 is DESIGN §1 unchanged; from season 2
/// on, demand moves by a factor `demandChange` a season, the stock follows `restock`, each season
/// costs `maintenancePerSeason`, and the seasons' profits are discounted into an NPV.
package struct Life: Sendable, Equatable {
    /// How much a season after the first produces.
    package enum Restock: String, Sendable, Equatable, CaseIterable {
        /// The evaluated stock level every season.
        case same
        /// What sold the season before.
        case lastSold = "last_sold"
    }

    /// Selling seasons the mold serves, the first included (`life.seasons`, 1 … 40).
    package var seasons: Int
    /// A season's demand ÷ the season before (`life.demand_change`; negative draws count as 0).
    package var demandChange: Distribution
    /// How the stock of seasons 2… is chosen (`life.restock`).
    package var restock: Restock
    /// Yuan a season from the second season on (`life.maintenance_per_season`; negative draws count as 0).
    package var maintenancePerSeason: Distribution
    /// Discount rate per season for the NPV (`life.discount_per_season`, 0 … 1).
    package var discountPerSeason: Double

    package init(seasons: Int, demandChange: Distribution = .fixed(1), restock: Restock = .lastSold,
                 maintenancePerSeason: Distribution = .fixed(0), discountPerSeason: Double = 0) {
        self.seasons = seasons
        self.demandChange = demandChange
        self.restock = restock
        self.maintenancePerSeason = maintenancePerSeason
        self.discountPerSeason = discountPerSeason
    }

    /// The factor season k's profit is multiplied by in the NPV, `1 / (1 + r)^(k − 1)`, for k = 1 … seasons.
    package var discountFactors: [Double] {
        var factors: [Double] = []
        var factor = 1.0
        for _ in 0..<max(1, seasons) {
            factors.append(factor)
            factor /= 1 + discountPerSeason
        }
        return factors
    }
}
