/// Recovers the order in which a table's keys first appear in TOML source text.
///
/// TOMLKit exposes neither source positions nor insertion order (toml++ keeps a table's keys in
/// a `std::map`, sorted by bytes), yet `Scenario.cycles` must be in file order. This is a small
/// scanner over text toml++ has already accepted: it follows table headers (`[a.b]`, `[[a.b]]`),
/// dotted keys (`a.b = …`) and inline tables (`a = { b = { … } }`), skips strings (all four
/// kinds), arrays and comments, and notes each child of the wanted table the first time any
/// key path under it is defined.
enum TOMLKeyOrder {
    /// The direct children of the table at `prefix`, in order of first appearance in `text`.
    static func children(of prefix: [String], in text: String) -> [String] {
        var scanner = OrderScanner(text: Array(text.unicodeScalars), prefix: prefix)
        scanner.scanDocument()
        return scanner.found
    }

    /// `keys` of the table at `prefix` sorted into file order; a key the scanner did not see
    /// (it should not happen) keeps its place after the others, in the order given.
    static func inFileOrder(_ keys: [String], under prefix: [String], in text: String) -> [String] {
        var rank: [[UInt8]: Int] = [:]  // exact bytes, as toml++ compares keys
        for (index, key) in children(of: prefix, in: text).enumerated() where rank[Array(key.utf8)] == nil {
            rank[Array(key.utf8)] = index
        }
        return keys.enumerated()
            .sorted { (rank[Array($0.element.utf8)] ?? Int.max, $0.offset) < (rank[Array($1.element.utf8)] ?? Int.max, $1.offset) }
            .map(\.element)
    }
}

/// The scanner behind `TOMLKeyOrder`. Lenient (the text is already valid TOML) and always
/// advancing, so it cannot loop or trap on any input.
private struct OrderScanner {
    let text: [Unicode.Scalar]
    let prefix: [String]
    var index = 0
    var found: [String] = []
    var seen: Set<[UInt8]> = []

    init(text: [Unicode.Scalar], prefix: [String]) {
        self.text = text
        self.prefix = prefix
    }

    var current: Unicode.Scalar? { index < text.count ? text[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < text.count ? text[index + offset] : nil }

    mutating func scanDocument() {
        var header: [String] = []
        while index < text.count {
            let start = index
            skipBlank(newlines: true)
            guard let scalar = current else { break }
            if scalar == "[" {
                index += peek(1) == "[" ? 2 : 1
                header = dottedKey()
                record(header)
                skipBlank(newlines: false)
                while current == "]" { index += 1 }
            } else {
                let keys = dottedKey()
                record(header + keys)
                skipBlank(newlines: false)
                if current == "=" { index += 1 }
                value(at: header + keys)
            }
            if index == start { index += 1 }
        }
    }

    /// Notes the child of `prefix` that `path` lies under, if any, the first time it is seen.
    mutating func record(_ path: [String]) {
        guard path.count > prefix.count, Array(path.prefix(prefix.count)) == prefix else { return }
        let name = path[prefix.count]
        if seen.insert(Array(name.utf8)).inserted { found.append(name) }
    }

    /// Skips a value; inside inline tables, records the key paths it defines (`path` nil: inside an array).
    mutating func value(at path: [String]?) {
        skipBlank(newlines: false)
        guard let scalar = current else { return }
        switch scalar {
        case "{":
            index += 1
            while let next = skipBlankThenCurrent() {
                let start = index
                if next == "}" { index += 1; return }
                if next == "," { index += 1; continue }
                let keys = dottedKey()
                if let path { record(path + keys) }
                skipBlank(newlines: false)
                if current == "=" { index += 1 }
                value(at: path.map { $0 + keys })
                if index == start { index += 1 }
            }
        case "[":
            index += 1
            while let next = skipBlankThenCurrent() {
                let start = index
                if next == "]" { index += 1; return }
                if next == "," { index += 1; continue }
                value(at: nil)
                if index == start { index += 1 }
            }
        case "\"", "'":
            _ = string()
        default:
            // A number, boolean or date (a date-time may contain a space).
            while let next = current, !",]}#\n\r".unicodeScalars.contains(next) { index += 1 }
        }
    }

    mutating func skipBlankThenCurrent() -> Unicode.Scalar? {
        skipBlank(newlines: true)
        return current
    }

    /// Skips spaces and tabs, comments, and newlines too when `newlines`.
    mutating func skipBlank(newlines: Bool) {
        while let scalar = current {
            if scalar == " " || scalar == "\t" || (newlines && (scalar == "\n" || scalar == "\r")) {
                index += 1
            } else if scalar == "#" {
                while let next = current, next != "\n" { index += 1 }
            } else {
                return
            }
        }
    }

    /// `a.b."c d".'e'` → ["a", "b", "c d", "e"].
    mutating func dottedKey() -> [String] {
        var keys: [String] = []
        while true {
            skipBlank(newlines: false)
            guard let key = simpleKey() else { break }
            keys.append(key)
            skipBlank(newlines: false)
            guard current == "." else { break }
            index += 1
        }
        return keys
    }

    mutating func simpleKey() -> String? {
        guard let scalar = current else { return nil }
        if scalar == "\"" || scalar == "'" { return string() }
        var key = String.UnicodeScalarView()
        while let next = current, !" \t\r\n.=[]{},\"'#".unicodeScalars.contains(next) {
            key.append(next)
            index += 1
        }
        return key.isEmpty ? nil : String(key)
    }

    /// Reads a basic or literal string, single- or multi-line, and returns its content
    /// (escapes decoded in basic strings, as a quoted key needs).
    mutating func string() -> String {
        guard let quote = current else { return "" }
        let multiline = peek(1) == quote && peek(2) == quote
        index += multiline ? 3 : 1
        var content = String.UnicodeScalarView()
        while let scalar = current {
            if scalar == quote {
                if !multiline { index += 1; return String(content) }
                if peek(1) == quote, peek(2) == quote {
                    index += 3
                    // Up to two more quotes just before the closing delimiter belong to the content.
                    var extra = 0
                    while current == quote, extra < 2 { index += 1; extra += 1 }
                    return String(content)
                }
            }
            if !multiline, scalar == "\n" { return String(content) }  // unterminated: stop at the line's end
            if quote == "\"", scalar == "\\" {
                index += 1
                content.append(contentsOf: escape())
                continue
            }
            content.append(scalar)
            index += 1
        }
        return String(content)
    }

    /// Decodes the escape after a backslash (`index` on the character after it).
    mutating func escape() -> [Unicode.Scalar] {
        guard let scalar = current else { return [] }
        index += 1
        switch scalar {
        case "b": return ["\u{08}"]
        case "t": return ["\t"]
        case "n": return ["\n"]
        case "f": return ["\u{0C}"]
        case "r": return ["\r"]
        case "e": return ["\u{1B}"]
        case "u", "U", "x":
            let digits = scalar == "u" ? 4 : scalar == "U" ? 8 : 2
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = current, let hex = UInt32(String(digit), radix: 16) else { break }
                value = value * 16 + hex
                index += 1
            }
            return Unicode.Scalar(value).map { [$0] } ?? []
        default:
            return [scalar]  // \" \\ and, in a multi-line string, a line-ending backslash's newline
        }
    }
}
