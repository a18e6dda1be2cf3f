import TOMLKit

/// The `[[variant]]` entries (DESIGN §8.5) as written: each a `name` and a `set` table of key
/// paths (quoted, as `--set` takes them: `"mold.cost" = 280_000`) and values. They are read
/// after the base scenario is valid; `ScenarioLoader` then builds each one as `--set` would.
extension ScenarioParser {
    /// The entries, each change as a `--set` argument; nil when any entry is unusable (every
    /// problem recorded at its entry's key path).
    func variantSpecs() -> [VariantSpec]? {
        guard let node = root["variant"] else { return [] }
        guard let entries = node.array("an array of tables ([[variant]] entries with `name` and `set`)") else { return nil }
        var specs: [VariantSpec] = []
        var usable = true
        for entry in entries {
            guard let table = entry.table("a table with `name` and `set`") else { usable = false; continue }
            table.rejectUnknownKeys(allowed: ScenarioSchema.variant)
            let name = table.required("name")?.string()
            guard let setNode = table.required("set"),
                  let set = setNode.table("a table of key paths and values: set = { \"mold.cost\" = 280_000 }") else {
                usable = false
                continue
            }
            // toml++ gives a table's keys sorted; two keys of one table never set the same path.
            let keys = set.keys
            if keys.isEmpty { log.add(setNode.path, "changes nothing: give at least one key path and value") }
            guard let name, !keys.isEmpty else { usable = false; continue }
            specs.append(VariantSpec(name: name, arguments: keys.map { key in
                "\(key)=\(Self.valueText(set.table[key]!))"
            }))
        }
        return usable ? specs : nil
    }

    /// A TOML value as the text `--set` would take (`280000`, `{ dist = "fixed", value = 3 }`).
    static func valueText(_ value: any TOMLValueConvertible) -> String {
        if let table = value.table { table.inline = true }
        let wrapper = TOMLTable()
        wrapper["v"] = value
        var text = Substring(wrapper.convert())
        if text.hasPrefix("v = ") { text = text.dropFirst(4) }
        while text.last?.isNewline == true { text.removeLast() }
        return String(text)
    }
}
