import TOMLKit

/// Loads and validates a scenario file (DESIGN §2): file → TOML → typed, validated `Scenario`,
/// or a `ScenarioError` listing every problem found. Nothing is simulated here.
public enum ScenarioLoader {
    /// Reads the file at `path`, then parses it (see `parse`); `path` names the file in errors.
    public static func load(path: String, overrides: [String] = []) throws(ScenarioError) -> Scenario {
        try parse(readText(path: path), file: path, overrides: overrides)
    }

    /// Parses scenario text; `file` names it in errors and gives the default scenario name (its stem).
    ///
    /// `overrides` are raw `KEY=VALUE` arguments (`--set product.stock=80000`), applied in order
    /// to the parsed document before validation, so an overridden value is validated exactly like
    /// the file's (see `ScenarioOverrides`); a later override of the same key wins. Problems they
    /// cause name them. The overrides that took effect are in `Scenario.overrides`.
    public static func parse(_ text: String, file: String, overrides: [String] = []) throws(ScenarioError) -> Scenario {
        let limit = ScenarioRanges.Limits.fileBytes
        if text.utf8.count > limit {
            throw .file(file, "is \(text.utf8.count) bytes: a scenario file may be at most \(limit) bytes (1 MiB)")
        }
        if text.unicodeScalars.contains("\0") { throw .file(file, "is a binary file (contains NUL bytes)") }
        if text.allSatisfy(\.isWhitespace) { throw .file(file, "is empty") }
        var changes = ScenarioOverrides(overrides)
        let document: TOMLTable
        do {
            document = try self.document(text, file: file)
        } catch {
            throw ScenarioError(file: file, problems: error.problems + changes.problems)
        }
        changes.apply(to: document)
        let parser = ScenarioParser(document: document, text: text, file: file, overrideCycleOrder: changes.cycleNames)
        let scenario = parser.parse()
        let found = changes.attribute(Array(zip(parser.log.paths, parser.log.problems))) {
            // The file alone, to tell the problems the overrides caused from the file's own.
            guard let original = try? self.document(text, file: file) else { return [] }
            let plain = ScenarioParser(document: original, text: text, file: file)
            _ = plain.parse()
            return plain.log.problems
        }
        let cycleNames = TOMLKeyOrder.inFileOrder(document["cycles"]?.table?.keys ?? [], under: ["cycles"], in: text)
        let suggested = changes.suggestingKeyPaths(found, paths: parser.log.paths, unknown: parser.log.unsuggestedUnknownKeys,
                                                   known: ScenarioSchema.keyPaths(cycles: cycleNames))
        let problems = changes.problems + suggested
        guard var scenario, problems.isEmpty else {
            throw ScenarioError(file: file, problems: problems)
        }
        scenario.overrides = changes.recorded
        return scenario
    }

    /// The TOML document in `text`, or a syntax error naming its line and column. `TOMLGuard`
    /// looks first, so input that would crash toml++ gets a syntax error too.
    private static func document(_ text: String, file: String) throws(ScenarioError) -> TOMLTable {
        do {
            try TOMLGuard.check(text)
        } catch {
            throw ScenarioError(file: file, problems: [
                .init(keyPath: "", message: "TOML syntax error: \(error.message)",
                      position: .init(line: error.line, column: error.column)),
            ])
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = ScenarioError.Position(line: error.source.begin.line, column: error.source.begin.column)
            // toml++ says "Error while parsing value: …"; the prefix repeats what the line says.
            var what = error.description.split(whereSeparator: \.isNewline).joined(separator: " ")
            if what.hasPrefix("Error while ") { what = String(what.dropFirst("Error ".count)) }
            throw ScenarioError(file: file, problems: [
                .init(keyPath: "", message: "TOML syntax error: \(what)"
                        + TOMLSyntaxHint.hint(line: position.line, of: text), position: position),
            ])
        } catch {
            throw .file(file, "TOML syntax error: \(error)")
        }
    }
}
