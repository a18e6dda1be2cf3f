/// Finding a column by its header and reading its cells as numbers, with errors naming the file,
/// the line and the column.
extension CSVTable {
    /// One number of a column and the file line it came from.
    package struct Cell: Sendable, Equatable {
        package var value: Double
        package var line: Int
    }

    /// The 0-based index of the first column whose header is one of `names` (compared after
    /// trimming, then ignoring ASCII case); an error listing the columns that exist otherwise.
    package func column(named names: [String], file: String) throws(DataFileError) -> Int {
        if let index = header.firstIndex(where: names.contains) { return index }
        let lowered = names.map { $0.lowercased() }
        if let index = header.firstIndex(where: { lowered.contains($0.lowercased()) }) { return index }
        let wanted = names.map(QuotedString.doubleQuoted).joined(separator: " or ")
        let existing = header.map(QuotedString.doubleQuoted).joined(separator: ", ")
        throw DataFileError(file: file, line: 1, message: "no column \(wanted); the header's columns are: \(existing)"
                                + (header.count == 1 && separator == "," ? " (one column: no comma, semicolon or tab in the header)" : ""))
    }

    /// The numbers in column `index` of every record, in file order. A cell that is missing,
    /// empty or not a finite number is an error naming its line and the column.
    package func numbers(column index: Int, file: String) throws(DataFileError) -> [Cell] {
        let name = (header[index], index + 1)
        var cells: [Cell] = []
        cells.reserveCapacity(records.count)
        for record in records {
            guard index < record.fields.count else {
                throw DataFileError(file: file, line: record.line, column: name,
                                    message: "missing: the line has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s")")
            }
            let text = CSVReader.trimmed(record.fields[index])
            if text.isEmpty { throw DataFileError(file: file, line: record.line, column: name, message: "empty: a number is needed") }
            guard let value = Self.number(text) else {
                throw DataFileError(file: file, line: record.line, column: name,
                                    message: "\(QuotedString.doubleQuoted(String(text.prefix(40)))) is not a number")
            }
            cells.append(Cell(value: value, line: record.line))
        }
        return cells
    }

    /// A decimal number as spreadsheets write it: optional sign, digits with an optional `.`
    /// fraction, optional exponent (`1.2E+05`), and optionally `,` thousands groups (`1,234,567`,
    /// as a quoted cell of a comma file or a cell of a semicolon or tab file). A decimal comma
    /// (`12,5`) is not read: it is ambiguous with grouping. Nil for anything else, NaN and infinities.
    static func number(_ text: String) -> Double? {
        var plain = text
        if text.contains(",") {
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let groups = parts[0].drop { $0 == "-" || $0 == "+" }.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  groups.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
            plain = text.replacingOccurrences(of: ",", with: "")
        }
        guard plain.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }),
              plain.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              let value = Double(plain), value.isFinite else { return nil }
        return value
    }
}
