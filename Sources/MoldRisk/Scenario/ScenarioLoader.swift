import TOMLKit

/// Loads and validates a scenario file (DESIGN §2): file → TOML → typed, validated `Scenario`,
/// or a `ScenarioError` listing every problem found. Nothing is simulated here.
public enum ScenarioLoader {
    /// Reads the file at `path`, then parses it (see `parse`); `path` names the file in errors.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try parse(ScenarioFile.readText(path: path), file: path)
    }

    /// Parses scenario text; `file` names it in errors and gives the default scenario name (its stem).
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> Scenario {
        if text.unicodeScalars.contains("\0") { throw .file(file, "is a binary file (contains NUL bytes)") }
        if text.allSatisfy(\.isWhitespace) { throw .file(file, "is empty") }
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = ScenarioError.Position(line: error.source.begin.line, column: error.source.begin.column)
            // toml++ says "Error while parsing value: …"; the prefix repeats what the line says.
            var what = error.description.split(whereSeparator: \.isNewline).joined(separator: " ")
            if what.hasPrefix("Error while ") { what = String(what.dropFirst("Error ".count)) }
            throw ScenarioError(file: file, problems: [
                .init(keyPath: "", message: "TOML syntax error: \(what)", position: position),
            ])
        } catch {
            throw .file(file, "TOML syntax error: \(error)")
        }
        let parser = ScenarioParser(document: document, text: text, file: file)
        guard let scenario = parser.parse(), parser.log.isEmpty else {
            throw ScenarioError(file: file, problems: parser.log.problems)
        }
        return scenario
    }
}
