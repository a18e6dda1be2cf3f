import Foundation

/// Every key a scenario file may hold and every distribution family with its fields, as one JSON
/// object, for tools that must not keep a copy of the schema by hand (the fuzzer in `fuzz/` reads
/// it from `moldrisk keys`):
/// ```
/// { "keys": ["scenario.name", …, "cycles.*.demand.units", …, "correlation[].rank"],
///   "sections": ["scenario", …], "distributions": { "pert": ["min", "mode", "max", "lambda"], … } }
/// ```
/// `cycles.*` stands for any cycle's name (its `label` may be a string or a table of languages),
/// `correlation[]` and `variant[]` for any `[[correlation]]` and `[[variant]]` entry.
extension ScenarioSchema {
    /// The cycle-name placeholder in `catalog`'s keys.
    package static let anyCycle = "*"

    /// The key paths of `catalog`, in schema order.
    package static var catalogKeys: [String] {
        let named = keyPaths(cycles: [anyCycle]).map { path in
            path.components.map { component -> String in
                switch component {
                case let .key(key): key
                case let .index(index): "[\(index)]"
                }
            }.joined(separator: ".")
        }
        let labels = label.map { "cycles.\(anyCycle).label.\($0)" }
        return named + labels + correlation.map { "correlation[].\($0)" } + variant.map { "variant[].\($0)" }
    }

    /// The catalog as one line of JSON (keys sorted).
    package static var catalogJSON: String {
        let families = Dictionary(uniqueKeysWithValues: DistributionParser.families.map { ($0.name, $0.fields) })
        let object: [String: Any] = ["keys": catalogKeys, "sections": root, "distributions": families]
        // Plain strings and arrays of strings: serialisation cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
