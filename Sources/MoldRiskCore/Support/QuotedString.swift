/// String quoting shared by the JSON writer, TOML text and one-line messages.
package enum QuotedString {
    /// `text` in double quotes with `"`, `\` and every control character escaped (`\n`, `\t`,
    /// `\uXXXX`…): valid both as a JSON string (RFC 8259 §7) and as a TOML basic string.
    package static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if isControl(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `text` with control characters escaped Swift-style (`\n`, `\u{7F}`), so it stays on one
    /// line, and every other invisible character too (`\u{202E}` right-to-left override,
    /// `\u{200B}` zero-width space, line separators): what a message echoes is what was typed.
    /// Every error message passes through it.
    static func escapingInvisibles(_ text: String) -> String {
        text.unicodeScalars.map { isInvisible($0) ? $0.escaped(asASCII: true) : String($0) }.joined()
    }

    /// `text` line by line through `escapingInvisibles`: a message of several lines keeps its line breaks.
    package static func visibleLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escapingInvisibles(String($0)) }.joined(separator: "\n")
    }

    /// Control characters (Cc), format characters (Cf: bidirectional overrides, zero-width
    /// spaces, the BOM…) and line or paragraph separators: characters that change or hide what a
    /// line shows. Names may not contain them; messages escape them.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: isControl(scalar)
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }
}
