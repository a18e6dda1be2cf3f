import Foundation

/// Reads a CSV file into a `CSVTable` (the dialects are listed there), refusing what it cannot
/// read with a `DataFileError` naming the file and line: a missing or unreadable file, more than
/// `Limits.bytes` bytes or `Limits.records` records, text that is not UTF-8, a quote left open.
package enum CSVReader {
    /// Size limits of a data file.
    package enum Limits {
        /// Bytes in a CSV file (16 MiB).
        package static let bytes = 16 << 20
        /// Records after the header.
        package static let records = 100_000
    }

    /// The separators looked for in the header, in the order that breaks a tie.
    static let separators: [Unicode.Scalar] = [",", ";", "\t"]

    /// Reads and parses the file at `path`; `path` names it in errors.
    package static func read(path: String) throws(DataFileError) -> CSVTable {
        let data: Data
        do {
            data = try SmallFile.read(path, kind: "CSV file", limit: Limits.bytes, limitWords: "16 MiB")
        } catch {
            throw DataFileError(file: path, message: error.reason)
        }
        return try parse(data, file: path)
    }

    /// Parses the bytes of a CSV file (see `CSVTable`).
    package static func parse(_ data: Data, file: String) throws(DataFileError) -> CSVTable {
        if data.count > Limits.bytes {
            throw DataFileError(file: file, message: "is \(data.count) bytes: a CSV file may be at most \(Limits.bytes) bytes (16 MiB)")
        }
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] {
            throw DataFileError(file: file, message: "is UTF-16 text (Excel's \"Unicode text\"): save it as \"CSV UTF-8\" instead")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DataFileError(file: file, message: "is not UTF-8 text (GBK/GB18030 files are not read): "
                                    + "save it as \"CSV UTF-8\" in Excel or WPS")
        }
        if text.unicodeScalars.contains("\0") { throw DataFileError(file: file, message: "is a binary file (contains NUL bytes)") }
        return try parse(text, file: file)
    }

    /// Parses CSV text (a leading byte-order mark is dropped).
    package static func parse(_ text: String, file: String) throws(DataFileError) -> CSVTable {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = detectSeparator(scalars)
        var rows = try split(scalars, separator: separator, file: file)
        guard !rows.isEmpty else { throw DataFileError(file: file, message: "is empty: a CSV file needs a header line") }
        let header = rows.removeFirst()
        if rows.count > Limits.records {
            throw DataFileError(file: file, message: "has \(rows.count) rows after the header: at most \(Limits.records)")
        }
        return CSVTable(header: header.fields.map(trimmed), records: rows, separator: separator ?? ",")
    }

    /// The separator that occurs most often outside quotes in the first line; nil when none does.
    static func detectSeparator(_ scalars: Substring.UnicodeScalarView) -> Unicode.Scalar? {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if !quoted && (scalar == "\n" || scalar == "\r") { break }
            if !quoted && separators.contains(scalar) { counts[scalar, default: 0] += 1 }
        }
        let best = separators.max { counts[$0, default: 0] < counts[$1, default: 0] }
        return best.flatMap { counts[$0, default: 0] > 0 ? $0 : nil }
    }

    /// The records of the text (the header first), each with its first line; blank lines and lines of
    /// empty fields dropped.
    static func split(_ scalars: Substring.UnicodeScalarView, separator: Unicode.Scalar?,
                      file: String) throws(DataFileError) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1, quoteLine = 0
        var inQuotes = false, wasQuoted = false, afterQuote = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            // A blank line, or one of separators only (`,,,`, as spreadsheets write below a table), is no record.
            if wasQuoted || !fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                records.append(CSVTable.Record(line: recordLine, fields: fields))
            }
            fields = []
            wasQuoted = false
            afterQuote = false
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\""); continue }
                    inQuotes = false
                    afterQuote = true
                    pending = next
                    continue
                }
                if scalar == "\n" { line += 1 }
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                    field.append("\n")
                    line += 1
                    continue
                }
                field.append(scalar)
                continue
            }
            switch scalar {
            case "\"" where field.allSatisfy({ $0 == " " }) && !afterQuote:
                field = String.UnicodeScalarView()
                inQuotes = true
                wasQuoted = true
                quoteLine = line
            case "\n", "\r":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case _ where scalar == separator:
                fields.append(String(field))
                field = String.UnicodeScalarView()
                afterQuote = false
            default:
                if afterQuote && scalar != " " {
                    throw DataFileError(file: file, line: line, message: "text after a closing quote in field \(fields.count + 1) "
                                            + "(a quote inside a quoted field is written \"\")")
                }
                if !afterQuote { field.append(scalar) }
            }
        }
        if inQuotes {
            throw DataFileError(file: file, line: quoteLine, message: "a quoted field opened here is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }

    /// `text` without the spaces and tabs around it.
    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
