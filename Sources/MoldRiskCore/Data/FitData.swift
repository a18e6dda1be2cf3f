/// The data `moldrisk fit` fits, read from a `CSVTable` and checked, every problem naming the
/// file, the line and the column: a value column (`--column NAME`) or a test listing's days
/// (`--listing`: impressions and orders, headers in English or Chinese).
package enum FitData {
    /// The fewest values (or days) a fit accepts.
    package static let minimumCount = 8
    /// Header names of a listing's columns.
    package static let impressionsHeaders = ["impressions", "曝光", "曝光量"]
    package static let ordersHeaders = ["orders", "订单", "订单数"]

    /// The largest value a fit accepts: the largest quantity a scenario accepts (money, units).
    package static var largestValue: Double { ScenarioRanges.demandUnits.upper }

    /// The numbers of column `name`: each ≥ 0 (a scenario's quantities are never negative) and at
    /// most `largestValue`, at least `minimumCount` of them, not all equal.
    package static func values(_ table: CSVTable, column name: String, file: String) throws(DataFileError) -> [Double] {
        let index = try table.column(named: [name], file: file)
        let cells = try table.numbers(column: index, file: file)
        let place = (table.header[index], index + 1)
        if let negative = cells.first(where: { $0.value < 0 }) {
            throw DataFileError(file: file, line: negative.line, column: place,
                                message: "\(Fmt.exact(negative.value)) is negative: a quantity to fit must be ≥ 0")
        }
        if let huge = cells.first(where: { $0.value > largestValue }) {
            throw DataFileError(file: file, line: huge.line, column: place,
                                message: "\(Fmt.exact(huge.value)) is more than \(Fmt.exact(largestValue)), the largest quantity "
                                    + "a scenario accepts (money and units)")
        }
        try checkCount(cells.count, what: "values", file: file, column: place)
        if let first = cells.first, cells.allSatisfy({ $0.value == first.value }) {
            throw DataFileError(file: file, column: place,
                                message: "all \(cells.count) values are \(Fmt.exact(first.value)): there is no spread to fit "
                                    + "(write it as a fixed number)")
        }
        return cells.map(\.value)
    }

    /// One day of a test listing.
    package struct Day: Sendable, Equatable {
        package var impressions: Double
        package var orders: Double
        package var line: Int
    }

    /// The listing's days: impressions and orders whole numbers ≥ 0, orders ≤ impressions, at
    /// least `minimumCount` days, some impressions in all.
    package static func days(_ table: CSVTable, file: String) throws(DataFileError) -> [Day] {
        let impressionsColumn = try table.column(named: impressionsHeaders, file: file)
        let ordersColumn = try table.column(named: ordersHeaders, file: file)
        let impressions = try counts(table, impressionsColumn, file: file)
        let orders = try counts(table, ordersColumn, file: file)
        var days: [Day] = []
        for (n, k) in zip(impressions, orders) {
            if k.value > n.value {
                throw DataFileError(file: file, line: n.line, column: (table.header[ordersColumn], ordersColumn + 1),
                                    message: "\(Fmt.exact(k.value)) orders but \(Fmt.exact(n.value)) impressions: "
                                        + "orders must be ≤ impressions")
            }
            days.append(Day(impressions: n.value, orders: k.value, line: n.line))
        }
        try checkCount(days.count, what: "days", file: file, column: nil)
        if days.allSatisfy({ $0.impressions == 0 }) {
            throw DataFileError(file: file, column: (table.header[impressionsColumn], impressionsColumn + 1),
                                message: "every day has 0 impressions: there is nothing to learn the conversion rate from")
        }
        return days
    }

    /// A column's cells as whole numbers ≥ 0 (counts).
    static func counts(_ table: CSVTable, _ index: Int, file: String) throws(DataFileError) -> [CSVTable.Cell] {
        let cells = try table.numbers(column: index, file: file)
        let place = (table.header[index], index + 1)
        for cell in cells {
            if cell.value < 0 {
                throw DataFileError(file: file, line: cell.line, column: place,
                                    message: "\(Fmt.exact(cell.value)) is negative: a count must be ≥ 0")
            }
            if cell.value != cell.value.rounded() || cell.value > 1e15 {
                throw DataFileError(file: file, line: cell.line, column: place,
                                    message: "\(Fmt.exact(cell.value)) is not a whole number: a count is")
            }
        }
        return cells
    }

    static func checkCount(_ count: Int, what: String, file: String, column: (String, Int)?) throws(DataFileError) {
        if count < minimumCount {
            throw DataFileError(file: file, column: column,
                                message: "has \(count) \(count == 1 ? String(what.dropLast()) : what): a fit needs at least \(minimumCount)")
        }
    }
}
