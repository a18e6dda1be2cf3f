import Foundation

/// One what-if of DESIGN §8.5: a name and the key paths it changes, with the scenario those
/// changes give. The scenario is built exactly as `--set` builds one (the changes are applied to
/// the file's document before validation, after the run's own `--set` overrides), so a variant's
/// figures are those of a `--set` run of the same changes on the same seed.
package struct ScenarioVariant: Sendable, Equatable {
    /// The variant's name as written (`报价 28万`).
    package var name: String
    /// Its changes, in the order given, as `--set` records them.
    package var changes: [ScenarioOverride]
    /// The base scenario with the changes, validated.
    package var scenario: Scenario
}

/// A variant as written, before it is validated: from a `[[variant]]` table or a
/// `--variant 'NAME: key=value; key=value'` argument.
struct VariantSpec {
    var name: String
    /// Each change as a `--set` argument (`mold.cost=280000`).
    var arguments: [String]

    /// Parses `NAME: key=value; key=value`: the name up to the first colon, then changes
    /// separated by semicolons outside quotes, brackets and braces; nil with the reason when the
    /// argument has no name or no change.
    static func parse(_ argument: String) -> Result<VariantSpec, VariantSyntaxError> {
        guard let colon = argument.firstIndex(of: ":") else {
            return .failure(VariantSyntaxError(message: "not NAME: key=value; key=value (no colon after the name)"))
        }
        let name = argument[..<colon].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .failure(VariantSyntaxError(message: "the variant has no name before the colon")) }
        let changes = split(String(argument[argument.index(after: colon)...]))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !changes.isEmpty else {
            return .failure(VariantSyntaxError(message: "variant \"\(name)\" changes nothing: give key=value after the colon"))
        }
        return .success(VariantSpec(name: String(name), arguments: changes))
    }

    /// `text` split at the semicolons that are not inside a quoted string, brackets or braces.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        var escaped = false
        for c in text {
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" || c == "{" {
                depth += 1
            } else if c == "]" || c == "}" {
                depth = max(0, depth - 1)
            } else if c == ";" && depth == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }
}

/// Why a `--variant` argument could not be read.
struct VariantSyntaxError: Error {
    var message: String
}
