/// A pre-scan of TOML text before toml++ sees it, for the inputs that would kill the process
/// instead of giving a syntax error: toml++ asserts (abort, exit 134) on a table header or array
/// element that starts with a character no key or value can start with (`[}]`, `[.]`, `[#x]`,
/// `a = [1, }]`) and recurses once per dotted-key part and nesting level, so ~150,000 parts
/// overflow the stack (exit 139).
///
/// The scan follows the TOML grammar's structure — table headers, dotted keys, values, strings
/// of all four kinds, comments, arrays and inline tables — and is strict only where valid TOML
/// has no choice: a key must start with a bare-key character or a quote, a value with a
/// character some value starts with, and a header key ends at `]`. It also bounds the nesting
/// of arrays and inline tables and the parts of a dotted key (`ScenarioRanges.Limits`). So it
/// never refuses valid TOML within those limits; whatever it lets through, toml++ parses or
/// refuses with its own message. Always advancing, it cannot loop or trap on any input.
struct TOMLGuard {
    /// Why the text cannot be handed to toml++, and where (1-based line and column).
    struct Refusal: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Checks `text`; throws the first refusal.
    static func check(_ text: String) throws(Refusal) {
        var scan = TOMLGuard(text: Array(text.unicodeScalars))
        if scan.current == "\u{FEFF}" { scan.index += 1 }  // a byte-order mark, which toml++ skips
        try scan.document()
    }

    private let text: [Unicode.Scalar]
    private var index = 0
    private var depth = 0

    private init(text: [Unicode.Scalar]) { self.text = text }

    private var current: Unicode.Scalar? { index < text.count ? text[index] : nil }
    private func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < text.count ? text[index + offset] : nil }

    /// The refusal at the current position.
    private func refuse(_ message: String) -> Refusal {
        var line = 1
        var column = 1
        for scalar in text[..<min(index, text.count)] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Refusal(line: line, column: column, message: message)
    }

    /// The current character for a message: `'}'`, `end of line`, `end of file`.
    private var found: String {
        guard let scalar = current else { return "the end of the file" }
        if scalar == "\n" || scalar == "\r" { return "the end of the line" }
        return "'" + QuotedString.escapingInvisibles(String(scalar)) + "'"
    }

    private mutating func document() throws(Refusal) {
        while index < text.count {
            let start = index
            skipBlank(newlines: true)
            guard let scalar = current else { return }
            if scalar == "[" {
                let isArray = peek(1) == "["
                index += isArray ? 2 : 1
                try dottedKey(in: isArray ? "an array-of-tables header" : "a table header")
                guard current == "]" else { throw refuse("a table header's key must end with ']', found \(found)") }
                index += 1
            } else if scalar != "#" {
                try keyValue(in: "a key-value pair")
            }
            skipToLineEnd()
            if index == start { index += 1 }
        }
    }

    /// `key = value`: the key strictly, then the value.
    private mutating func keyValue(in context: String) throws(Refusal) {
        try dottedKey(in: context)
        guard current == "=" else { return }  // toml++ says what is wrong
        index += 1
        try value()
    }

    /// One or more simple keys joined by dots, with blanks around each; at most `Limits.tomlKeyParts`.
    private mutating func dottedKey(in context: String) throws(Refusal) {
        var parts = 0
        while true {
            skipBlank(newlines: false)
            try simpleKey(in: context)
            parts += 1
            if parts > ScenarioRanges.Limits.tomlKeyParts {
                throw refuse("a dotted key of more than \(ScenarioRanges.Limits.tomlKeyParts) parts; "
                    + "no scenario key is that deep")
            }
            skipBlank(newlines: false)
            guard current == "." else { return }
            index += 1
        }
    }

    /// A bare key (`A-Z a-z 0-9 _ -`) or a quoted one.
    private mutating func simpleKey(in context: String) throws(Refusal) {
        guard let scalar = current else { throw refuse("expected a key in \(context), found \(found)") }
        switch scalar {
        case "\"", "'":
            try string()
        default:
            guard Self.isBare(scalar) else {
                throw refuse("expected a key (letters, digits, '_', '-' or a quoted key) in \(context), found \(found)")
            }
            while let next = current, Self.isBare(next) { index += 1 }
        }
    }

    /// Any value; arrays and inline tables are followed to their end, nested at most `Limits.tomlNesting` deep.
    private mutating func value() throws(Refusal) {
        skipBlank(newlines: false)
        guard let scalar = current else { throw refuse("expected a value, found \(found)") }
        switch scalar {
        case "\"", "'":
            try string()
        case "[":
            try nested("an array") { (scan: inout TOMLGuard) throws(Refusal) in
                while true {
                    scan.skipBlankAndComments()
                    if scan.current == "]" { scan.index += 1; return }
                    try scan.value()
                    scan.skipBlankAndComments()
                    if scan.current == "," { scan.index += 1; continue }
                    if scan.current == "]" { scan.index += 1; return }
                    return  // toml++ reports the missing comma or bracket
                }
            }
        case "{":
            try nested("an inline table") { (scan: inout TOMLGuard) throws(Refusal) in
                // Lenient about newlines, comments and a trailing comma (TOML 1.1 allows them;
                // toml++ judges), strict about keys.
                while true {
                    scan.skipBlankAndComments()
                    if scan.current == "}" { scan.index += 1; return }
                    try scan.keyValue(in: "an inline table")
                    scan.skipBlankAndComments()
                    if scan.current == "," { scan.index += 1; continue }
                    if scan.current == "}" { scan.index += 1 }
                    return
                }
            }
        default:
            // A number, boolean, date or time (a date-time may contain one space).
            guard Self.isScalarStart(scalar) else {
                throw refuse("expected a value (a number, string, boolean, date, array or inline table), found \(found)")
            }
            let start = index
            while let next = current, !",]}#\n\r".unicodeScalars.contains(next) { index += 1 }
            try refuseDateWithOneDigit(text[start..<index], at: start)
        }
    }

    /// toml++ reads a ten-character value shaped like a date (`-` at the fifth and eighth
    /// characters, `_` not counted) followed by a space and a digit as the start of a date-time,
    /// and asserts (abort) when the next character ends the value: `1979-05-27 2`,
    /// `1979-0u-2" 2`. No valid TOML value has that shape, so it is refused here.
    private mutating func refuseDateWithOneDigit(_ token: ArraySlice<Unicode.Scalar>, at start: Int) throws(Refusal) {
        guard let space = token.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return }
        let head = token[..<space].filter { $0 != "_" }
        guard head.count == 10, head[4] == "-", head[7] == "-", token[space] == " " else { return }
        let digit = space + 1
        guard digit < token.endIndex, ("0"..."9").contains(token[digit]) else { return }
        guard digit + 1 == token.endIndex || token[digit + 1] == " " || token[digit + 1] == "\t" else { return }
        index = start
        throw refuse("\(QuotedString.escapingInvisibles(String(String.UnicodeScalarView(token[..<(digit + 1)])))) is "
            + "not a TOML value: a date is written 2026-11-11, a date and time 2026-11-11 08:00:00")
    }

    private mutating func nested(_ what: String, _ body: (inout TOMLGuard) throws(Refusal) -> Void) throws(Refusal) {
        depth += 1
        if depth > ScenarioRanges.Limits.tomlNesting {
            throw refuse("\(what) nested more than \(ScenarioRanges.Limits.tomlNesting) levels deep")
        }
        index += 1
        try body(&self)
        depth -= 1
    }

    /// A basic or literal string, one-line or multi-line, at the current quote.
    private mutating func string() throws(Refusal) {
        guard let quote = current else { return }
        if peek(1) == quote && peek(2) == quote {
            index += 3
            while index < text.count {
                if current == "\\" && quote == "\"" { index += 2; continue }
                if current == quote && peek(1) == quote && peek(2) == quote {
                    index += 3
                    // Up to two more quotes belong to the content (`""""` ends with a quote inside).
                    while current == quote { index += 1 }
                    return
                }
                index += 1
            }
            throw refuse("a multi-line string that never ends")
        }
        index += 1
        while let scalar = current, scalar != "\n" {
            if scalar == "\\" && quote == "\"" { index += 2; continue }
            index += 1
            if scalar == quote { return }
        }
        // An unterminated string: toml++ names it.
    }

    private mutating func skipBlank(newlines: Bool) {
        while let scalar = current, scalar == " " || scalar == "\t" || (newlines && (scalar == "\n" || scalar == "\r")) {
            index += 1
        }
    }

    /// Blanks, newlines and comments (inside an array).
    private mutating func skipBlankAndComments() {
        while true {
            skipBlank(newlines: true)
            guard current == "#" else { return }
            while let scalar = current, scalar != "\n" { index += 1 }
        }
    }

    /// The rest of the line (a comment, or what toml++ will refuse). A comment runs to the line's
    /// end whatever it holds: quotes in it open no string (`# """` once hid the next lines from
    /// the scan, and toml++ asserted on a `[#` there; found by make fuzz-coverage).
    private mutating func skipToLineEnd() {
        while let scalar = current, scalar != "\n" {
            if scalar == "#" {
                while let next = current, next != "\n" { index += 1 }
                return
            }
            if scalar == "\"" || scalar == "'" {
                let start = index
                // A string left open here is an error toml++ reports; never scan past it silently.
                do { try string() } catch { index = text.count; return }
                if index == start { index += 1 }
            } else {
                index += 1
            }
        }
    }

    private static func isBare(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    /// Characters a number, boolean, date or special float can start with.
    private static func isScalarStart(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || "+-tfin".unicodeScalars.contains(scalar)
    }
}
