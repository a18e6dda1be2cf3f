import TOMLKit

/// Loads and validates a scenario file (DESIGN §2): file → TOML → typed, validated `Scenario`,
/// or a `ScenarioError` listing every problem found. Nothing is simulated here.
public enum ScenarioLoader {
    /// Reads the file at `path`, then parses it (see `parse`); `path` names the file in errors.
    public static func load(path: String, overrides: [String] = [], variants: [String] = []) throws(ScenarioError) -> Scenario {
        try parse(readText(path: path), file: path, overrides: overrides, variants: variants)
    }

    /// Parses scenario text; `file` names it in errors and gives the default scenario name (its stem).
    ///
    /// `overrides` are raw `KEY=VALUE` arguments (`--set product.stock=80000`), applied in order
    /// to the parsed document before validation, so an overridden value is validated exactly like
    /// the file's (see `ScenarioOverrides`); a later override of the same key wins. Problems they
    /// cause name them. The overrides that took effect are in `Scenario.overrides`.
    ///
    /// `variants` are raw `NAME: key=value; key=value` arguments (`--variant`), added after the
    /// file's `[[variant]]` entries (DESIGN §8.5). Each variant is the scenario with the run's
    /// overrides and then its own changes applied, validated exactly as `--set` validates them;
    /// a problem names the variant and the change. They are in `Scenario.variants`.
    public static func parse(_ text: String, file: String, overrides: [String] = [],
                             variants: [String] = []) throws(ScenarioError) -> Scenario {
        let arguments = variants.map(VariantSpec.parse)
        let syntax = zip(variants, arguments).compactMap { raw, parsed -> ScenarioError.Problem? in
            guard case let .failure(error) = parsed else { return nil }
            return ScenarioError.Problem(keyPath: "", message: "--variant \(QuotedString.escapingInvisibles(raw)): \(error.message)")
        }
        var scenario: Scenario
        do {
            scenario = try parseOne(text, file: file, overrides: overrides)
        } catch {
            throw ScenarioError(file: file, problems: error.problems + syntax)
        }
        guard syntax.isEmpty else { throw ScenarioError(file: file, problems: syntax) }
        let fromFile = try variantSpecs(text, file: file)
        let specs = fromFile + arguments.compactMap { try? $0.get() }
        scenario.variants = try build(specs, base: scenario, text: text, file: file, overrides: overrides)
        if let problem = scenario.workProblem() {
            throw ScenarioError(file: file, problems: [.init(keyPath: "variant", message: problem)])
        }
        return scenario
    }

    /// The file's `[[variant]]` entries as written, or their problems.
    private static func variantSpecs(_ text: String, file: String) throws(ScenarioError) -> [VariantSpec] {
        let parser = ScenarioParser(document: try document(text, file: file), text: text, file: file)
        guard let specs = parser.variantSpecs(), parser.log.isEmpty else {
            throw ScenarioError(file: file, problems: parser.log.problems)
        }
        return specs
    }

    /// Every variant built on `base` (each problem naming its variant), all or nothing.
    private static func build(_ specs: [VariantSpec], base: Scenario, text: String, file: String,
                              overrides: [String]) throws(ScenarioError) -> [ScenarioVariant] {
        var problems: [ScenarioError.Problem] = []
        if specs.count > ScenarioRanges.Limits.variants {
            problems.append(.init(keyPath: "variant", message: "\(specs.count) variants: at most \(ScenarioRanges.Limits.variants)"))
        }
        var built: [ScenarioVariant] = []
        var seen = Set<[UInt8]>()
        for spec in specs {
            guard seen.insert(Array(spec.name.utf8)).inserted else {
                problems.append(.init(keyPath: "variant", message: "two variants are named \(TOMLQuoting.inMessage(spec.name)): "
                                        + "each needs its own name", variant: spec.name))
                continue
            }
            do {
                let scenario = try parseOne(text, file: file, overrides: overrides + spec.arguments)
                let changes = scenario.overrides.filter { !base.overrides.contains($0) }
                for change in changes where change.keyPath.components.first == .key("scenario") {
                    problems.append(.init(keyPath: change.keyPath.description,
                                          message: "a variant runs on the scenario's own trials, seed and sampling "
                                            + "(common random numbers): set scenario keys for the whole run, not in a variant",
                                          variant: spec.name))
                }
                if changes.contains(where: { $0.keyPath.components.first == .key("variant") }) {
                    problems.append(.init(keyPath: "variant", message: "a variant cannot set variants", variant: spec.name))
                }
                built.append(ScenarioVariant(name: spec.name, changes: changes, scenario: scenario))
            } catch {
                problems += error.problems.map { problem in
                    var problem = problem
                    problem.variant = spec.name
                    return problem
                }
            }
        }
        guard problems.isEmpty else { throw ScenarioError(file: file, problems: problems) }
        return built
    }

    /// One scenario from the text with `overrides` applied (no variants).
    private static func parseOne(_ text: String, file: String, overrides: [String]) throws(ScenarioError) -> Scenario {
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
