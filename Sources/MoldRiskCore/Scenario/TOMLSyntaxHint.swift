import Foundation

/// Hints added to a TOML syntax error for the slips a person writing a scenario by hand makes.
enum TOMLSyntaxHint {
    /// For a number written with thousands separators (`stock = 50,000`, which TOML cannot
    /// read) somewhere in `line` outside strings and comments: `"; a number cannot contain ',':
    /// write 50_000 or 50000"`; `nil` when the line has no digit-comma-digit.
    static func thousandsSeparator(in line: String) -> String? {
        guard let number = commaNumber(in: Array(line)) else { return nil }
        let underscored = number.replacingOccurrences(of: ",", with: "_")
        let plain = number.replacingOccurrences(of: ",", with: "")
        return "; a number cannot contain ',': write \(underscored) or \(plain)"
    }

    /// The hint for the syntax error on `line` (1-based) of `text`, or "" when there is none.
    static func hint(line: Int, of text: String) -> String {
        guard line >= 1 else { return "" }
        // Lines as toml++ counts them: split at LF only (a CRLF pair is one Swift Character).
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return "" }
        return thousandsSeparator(in: String(String.UnicodeScalarView(lines[line - 1]))) ?? ""
    }

    /// The first run of digits, commas and a decimal part that has a digit-comma-digit, outside
    /// quoted strings and after no `#` comment.
    private static func commaNumber(in chars: [Character]) -> String? {
        var quote: Character?
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if let open = quote {
                if char == "\\", open == "\"" { index += 1 } else if char == open { quote = nil }
            } else if char == "\"" || char == "'" {
                quote = char
            } else if char == "#" {
                return nil
            } else if char == ",", index > 0, index + 1 < chars.count, chars[index - 1].isASCIIDigit,
                      chars[index + 1].isASCIIDigit {
                var start = index - 1
                while start > 0, chars[start - 1].isASCIIDigit || chars[start - 1] == "_" { start -= 1 }
                var end = index + 1
                while end < chars.count, chars[end].isASCIIDigit || chars[end] == "_"
                        || (chars[end] == "," && end + 1 < chars.count && chars[end + 1].isASCIIDigit)
                        || (chars[end] == "." && end + 1 < chars.count && chars[end + 1].isASCIIDigit) {
                    end += 1
                }
                return String(chars[start..<end])
            }
            index += 1
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
