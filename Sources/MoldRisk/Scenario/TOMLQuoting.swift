/// Writing names back as TOML text: quoted strings for the template, readable key components
/// for key paths in error messages.
enum TOMLQuoting {
    /// `text` as a TOML basic string, quotes included, with every character TOML requires escaped.
    static func basicString(_ text: String) -> String {
        QuotedString.doubleQuoted(text)
    }

    /// A key as shown in a key path: bare when it is made of letters (any script, so Chinese
    /// names stay readable), digits, `_` and `-`; quoted as a TOML string otherwise (empty, or
    /// containing a dot, a space, a quote…), so the path stays unambiguous.
    static func key(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            if scalar.isASCII {
                return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        return bare ? key : basicString(key)
    }

    /// A key or name quoted for a one-line message: `'rework_days'` (control characters escaped).
    static func inMessage(_ name: String) -> String {
        "'" + QuotedString.oneLine(name) + "'"
    }
}
