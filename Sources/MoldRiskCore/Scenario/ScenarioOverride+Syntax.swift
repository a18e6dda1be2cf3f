import TOMLKit

/// The shape of one `--set KEY=VALUE` argument (DESIGN §4).
///
/// KEY is a dotted key path as messages and reports write it (`TOMLPath.description`): bare
/// segments (`product.stock`) or quoted ones (`cycles."数据驱动".fixed_cost`,
/// `cycles."fast track".fixed_cost`, `cycles.'v1.2'.fixed_cost`); bare UTF-8 names
/// (`cycles.数据驱动.fixed_cost`) are accepted too, though a scenario file needs them quoted,
/// with optional spaces around the dots. VALUE is everything after the `=` that ends the key,
/// trimmed; whether it is a TOML value is checked when the override is applied (an error about
/// the scenario, exit status 1), not here.
extension ScenarioOverride {
    /// KEY split into its segments (quotes removed, escapes decoded) and VALUE as typed (trimmed);
    /// `nil` when `raw` is not of the form KEY=VALUE (see `usageProblem(in:)` for why).
    package static func parse(_ raw: String) -> (keys: [String], value: String)? {
        guard case let .success(split) = OverrideSyntax.split(raw) else { return nil }
        return (split.keys, split.value)
    }

    /// Why `raw` is not of the form KEY=VALUE (no `=`, an empty key or key segment, an unclosed
    /// quote, an array index), in one line for a usage error; `nil` when it is well formed.
    package static func usageProblem(in raw: String) -> String? {
        guard case let .failure(malformed) = OverrideSyntax.split(raw) else { return nil }
        return malformed.message
    }

}

/// Splitting KEY=VALUE. A small strict scanner over the key; quoted segments are decoded by
/// TOMLKit itself, so their escapes mean exactly what they mean in a scenario file.
enum OverrideSyntax {
    struct Split: Equatable {
        var keys: [String]
        var value: String
    }

    struct Malformed: Error, Equatable {
        var message: String
    }

    static let example = "write KEY=VALUE, e.g. --set product.stock=80000"

    /// Characters that end a bare key segment (besides whitespace and control characters).
    private static let delimiters: Set<Unicode.Scalar> = [".", "=", "[", "]", "{", "}", "\"", "'", "#", ","]

    static func split(_ raw: String) -> Result<Split, Malformed> {
        let scalars = Array(raw.unicodeScalars)
        var index = 0
        var keys: [String] = []

        func skipBlank() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }
        func fail(_ message: String) -> Result<Split, Malformed> { .failure(Malformed(message: message)) }

        guard scalars.contains("=") else { return fail("no '=': \(example)") }
        while true {
            skipBlank()
            guard index < scalars.count else { return fail("no '=' after the key: \(example)") }
            let first = scalars[index]
            if first == "\"" || first == "'" {
                switch quotedSegment(scalars, from: &index) {
                case let .success(key): keys.append(key)
                case let .failure(malformed): return .failure(malformed)
                }
            } else {
                let start = index
                while index < scalars.count, !isDelimiter(scalars[index]) { index += 1 }
                if index == start {
                    if first == "=" {
                        return fail(keys.isEmpty ? "empty key before '=': \(example)"
                                    : "the key ends with '.': \(example)")
                    }
                    if first == "." { return fail("empty key segment (two dots, or a leading dot)") }
                    return fail("unexpected \(TOMLQuoting.inMessage(String(first))) in the key")
                }
                keys.append(String(String.UnicodeScalarView(scalars[start..<index])))
            }
            skipBlank()
            guard index < scalars.count else { return fail("no '=' after the key: \(example)") }
            switch scalars[index] {
            case ".":
                index += 1
            case "=":
                let value = String(String.UnicodeScalarView(scalars[(index + 1)...]))
                return .success(Split(keys: keys, value: value.trimmingBlank()))
            case "[":
                return fail("array elements cannot be set one by one: set the whole array, "
                            + "e.g. --set 'analysis.stock_levels=[40000, 80000]'")
            default:
                return fail("unexpected \(TOMLQuoting.inMessage(String(scalars[index]))) in the key "
                            + "(a name with spaces or dots needs quotes: cycles.\"fast track\".fixed_cost)")
            }
        }
    }

    private static func isDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        delimiters.contains(scalar) || scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// A `"basic"` or `'literal'` key segment starting at `index`; leaves `index` after its closing quote.
    private static func quotedSegment(_ scalars: [Unicode.Scalar], from index: inout Int) -> Result<String, Malformed> {
        let quote = scalars[index]
        var end = index + 1
        while end < scalars.count, scalars[end] != quote {
            if quote == "\"", scalars[end] == "\\" { end += 1 }  // the escaped character cannot close the string
            end += 1
        }
        guard end < scalars.count else {
            return .failure(Malformed(message: "a quoted key segment has no closing \(quote): \(example)"))
        }
        let literal = String(String.UnicodeScalarView(scalars[index...end]))
        index = end + 1
        let key = (try? TOMLTable(string: "k = \(literal)\n"))?["k"]?.string
        guard let key, !key.unicodeScalars.contains("\0") else {
            return .failure(Malformed(message: "\(literal) is not a valid quoted key"))
        }
        return .success(key)
    }
}

extension String {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingBlank() -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
