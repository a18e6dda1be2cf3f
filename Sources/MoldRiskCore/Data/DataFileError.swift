/// A problem with a data file read by `moldrisk fit` (a sales CSV or a test listing's days):
/// printed as `FILE:LINE: column "NAME" (N): what is wrong`, with as much of the place as is known.
package struct DataFileError: Error, Sendable, Equatable {
    package var file: String
    /// The file's line (1 = the header), when the problem is on one line.
    package var line: Int?
    /// The column's name as the header writes it, and its 1-based position.
    package var column: (name: String, number: Int)?
    package var message: String

    package init(file: String, line: Int? = nil, column: (name: String, number: Int)? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The whole message: `sales.csv:7: column "units" (2): "12a" is not a number`.
    package var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ": column \(QuotedString.doubleQuoted(column.name)) (\(column.number))" }
        return place + ": " + message
    }

    package static func == (a: DataFileError, b: DataFileError) -> Bool { a.description == b.description }
}
