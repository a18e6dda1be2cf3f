/// Where a scenario came from, kept in a partial result so `merge` can rebuild the very same
/// `Scenario` (and name the report) without the original file.
package struct ScenarioSource: Sendable, Equatable, Codable {
    /// The file's text, exactly as read.
    package var text: String
    /// The path the scenario was loaded from, as given (its stem is the default scenario name and
    /// names the report `reports/<stem>.<ext>`).
    package var file: String
    /// Raw `--set KEY=VALUE` overrides, in order, re-applied when the scenario is rebuilt.
    package var overrides: [String]

    package init(text: String, file: String, overrides: [String] = []) {
        self.text = text
        self.file = file
        self.overrides = overrides
    }

    /// The file name without folders and extension (`scenarios/cup.toml` → `cup`).
    package var stem: String { ScenarioParser.stem(of: file) }

    /// FNV-1a 64 of the text, the stem and the overrides, each followed by a NUL byte (which
    /// none of them can contain). Two sources with one fingerprint give the same scenario.
    package var fingerprint: UInt64 {
        var h = FNV1a64()
        for part in [text, stem] + overrides {
            h.add(part)
            h.add([0])
        }
        return h.value
    }

    /// The fingerprint as 16 hex digits.
    package var fingerprintText: String {
        let hex = String(fingerprint, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Parses and validates the text with the overrides applied, as `run` did.
    package func load() throws(ScenarioError) -> Scenario {
        try ScenarioLoader.parse(text, file: file, overrides: overrides)
    }
}
