/// Writing names back as TOML text: quoted strings for the template, key components for the key
/// paths that messages and reports print.
enum TOMLQuoting {
    /// `text` as a TOML basic string, quotes included, with every character TOML requires escaped.
    static func basicString(_ text: String) -> String {
        QuotedString.doubleQuoted(text)
    }

    /// A key as shown in a key path: bare when TOML allows it bare (ASCII letters, digits, `_`
    /// and `-`); quoted as a TOML string otherwise (empty, or containing a dot, a space, a quote,
    /// any other character: `cycles."fast track"`, `cycles."数据驱动"`), so the path is valid TOML
    /// that a scenario file and `--set` both accept, and stays unambiguous.
    static func key(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
        }
        return bare ? key : basicString(key)
    }

    /// A key or name quoted for a one-line message: `'rework_days'` (control characters escaped).
    static func inMessage(_ name: String) -> String {
        "'" + QuotedString.escapingInvisibles(name) + "'"
    }
}
