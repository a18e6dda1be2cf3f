/// A CSV file as Excel and WPS write it: a header line, then one record per line.
///
/// Dialects read (`CSVReader`): UTF-8 with or without a byte-order mark; fields separated by
/// comma, semicolon (Excel in locales whose decimal mark is a comma) or tab (Excel's "Unicode
/// text" saved as UTF-8, WPS's tab export), decided from the header line: the one of the three
/// that occurs most often outside quotes (a header with none of them is one column); fields in
/// double quotes may hold the separator, line breaks and `""` for a quote; lines end in LF or
/// CRLF. GBK/GB18030 and UTF-16 files are refused with a message saying how to save as UTF-8.
package struct CSVTable: Sendable, Equatable {
    /// One record: the file line it starts on (1 is the header) and its fields.
    package struct Record: Sendable, Equatable {
        package var line: Int
        package var fields: [String]
    }

    /// The header's column names, trimmed of surrounding spaces.
    package var header: [String]
    /// The records after the header; blank lines are skipped.
    package var records: [Record]
    /// The field separator the header showed (`,`, `;` or a tab).
    package var separator: Unicode.Scalar

    /// The separator's name for messages: "comma", "semicolon", "tab".
    package var separatorName: String {
        switch separator {
        case ";": "semicolon"
        case "\t": "tab"
        default: "comma"
        }
    }
}
