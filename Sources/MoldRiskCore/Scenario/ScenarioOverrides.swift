import TOMLKit

/// The `--set KEY=VALUE` overrides of one load, applied to the parsed TOML document **before**
/// validation, so an overridden value is checked exactly like one written in the file.
///
/// - Each VALUE is parsed by TOMLKit as the value of `v = VALUE`; anything else (a bare word,
///   two values) is "not a TOML value".
/// - KEY is walked from the root: tables on the way that the file lacks are created (so a key the
///   file omitted can be set, and an unknown one is refused by validation as in a file); a value
///   on the way that is not a table is a problem. The last segment is inserted or replaced.
/// - Overrides apply in the order given, so a later one of the same key wins.
/// - Problems name the override that caused them (`ScenarioError.Problem.overrideArgument`).
struct ScenarioOverrides {
    /// One override as given, and what became of it.
    struct Entry {
        /// The argument as typed.
        let raw: String
        /// KEY's segments; empty when `raw` is malformed. `apply` renames a cycle's
        /// `demand.event_impressions` to `demand.visitors` (or back) when the file uses the other name.
        var keys: [String]
        /// VALUE, trimmed.
        let value: String
        /// The parsed VALUE; `nil` when it is not a TOML value (or `raw` is malformed).
        let node: (any TOMLValueConvertible)?
        /// The highest table this override created because the document lacked it.
        var created: [String]?
        /// True once the value is in the document.
        var applied = false

        var path: TOMLPath { TOMLPath(keys: keys) }
    }

    private(set) var entries: [Entry] = []
    /// Problems of the overrides themselves (malformed, not a TOML value, no table on the way),
    /// each with the index of its override.
    private var ownProblems: [(entry: Int, problem: ScenarioError.Problem)] = []

    /// Parses every argument (the document is not needed for that).
    init(_ raws: [String]) {
        for raw in raws {
            let index = entries.count
            switch OverrideSyntax.split(raw) {
            case let .failure(malformed):
                entries.append(Entry(raw: raw, keys: [], value: "", node: nil))
                add(index, keyPath: "", "not KEY=VALUE: \(malformed.message)")
            case let .success(split):
                switch Self.parseValue(split.value, key: TOMLPath(keys: split.keys)) {
                case let .success(value):
                    entries.append(Entry(raw: raw, keys: split.keys, value: split.value, node: value))
                case let .failure(malformed):
                    entries.append(Entry(raw: raw, keys: split.keys, value: split.value, node: nil))
                    add(index, keyPath: "", malformed.message)
                }
            }
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The overrides' own problems, in the order the overrides were given.
    var problems: [ScenarioError.Problem] {
        ownProblems.enumerated().sorted { ($0.element.entry, $0.offset) < ($1.element.entry, $1.offset) }
            .map(\.element.problem)
    }

    private mutating func add(_ entry: Int, keyPath: String, _ message: String) {
        ownProblems.append((entry, ScenarioError.Problem(keyPath: keyPath, message: message,
                                                         overrideArgument: entries[entry].raw)))
    }

    /// VALUE as a TOML value, or the message saying why it is not one (`key` names the key in a hint).
    static func parseValue(_ value: String, key: TOMLPath) -> Result<any TOMLValueConvertible, OverrideSyntax.Malformed> {
        func fail(_ why: String) -> Result<any TOMLValueConvertible, OverrideSyntax.Malformed> {
            .failure(OverrideSyntax.Malformed(message: "not a TOML value (\(why))" + quotingHint(value, key: key)))
        }
        if value.isEmpty { return fail("nothing after '='") }
        if value.unicodeScalars.contains("\0") { return fail("contains a NUL character") }
        let limit = ScenarioRanges.Limits.fileBytes
        if value.utf8.count > limit { return fail("\(value.utf8.count) bytes, more than a scenario file's \(limit)") }
        do {
            try TOMLGuard.check("v = \(value)\n")
        } catch {
            return fail(error.message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: "v = \(value)\n")
        } catch let error as TOMLParseError {
            var what = error.description.split(whereSeparator: \.isNewline).joined(separator: " ")
            for prefix in ["Error while parsing value: ", "Error while parsing "] where what.hasPrefix(prefix) {
                what = String(what.dropFirst(prefix.count))
                break
            }
            return fail(what + (TOMLSyntaxHint.thousandsSeparator(in: value) ?? ""))
        } catch {
            return fail("\(error)")
        }
        guard table.keys == ["v"], let node = table["v"] else {
            return fail("more than one value")
        }
        return .success(node)
    }

    /// A hint for a bare word where a string belongs, the usual slip: strings need quotes on the command line too.
    private static func quotingHint(_ value: String, key: TOMLPath) -> String {
        let stringKeys = ["name", "dist", "restock"]  // the schema's only string values
        guard let last = key.lastKey, stringKeys.contains(last),
              let first = value.unicodeScalars.first, first.properties.isAlphabetic,
              !value.contains("'"), !value.contains("\"") else { return "" }
        return "; a string needs quotes: --set '\(key)=\"\(value)\"'"
    }

    /// Applies every well-formed override to `document`, in order.
    mutating func apply(to document: TOMLTable) {
        for index in entries.indices {
            entries[index].keys = Self.resolvingTrafficName(entries[index].keys, in: document)
            guard let node = entries[index].node, let last = entries[index].keys.last else { continue }
            let keys = entries[index].keys
            var table = document
            var walked: [String] = []
            var blocked = false
            for key in keys.dropLast() {
                walked.append(key)
                if let existing = table[key] {
                    guard let inner = existing.table else {
                        let found = TOMLNode(value: existing, path: .root, log: ProblemLog()).typeDescription
                        add(index, keyPath: TOMLPath(keys: walked).description,
                            "is \(found), not a table, so it has no key \(TOMLQuoting.inMessage(keys[walked.count])); "
                                + "set \(TOMLPath(keys: walked)) as a whole")
                        blocked = true
                        break
                    }
                    table = inner
                } else {
                    table[key] = TOMLTable()
                    if entries[index].created == nil { entries[index].created = walked }
                    guard let inner = table[key]?.table else { blocked = true; break }
                    table = inner
                }
            }
            guard !blocked else { continue }
            table[last] = node
            entries[index].applied = true
        }
    }

    /// `keys` with a cycle's `demand.event_impressions` read as `demand.visitors` (or the other way)
    /// when the document's demand table has the other name and not this one: the two name one
    /// input (DESIGN §8.4), so `--set` of either changes it, whichever the file wrote.
    static func resolvingTrafficName(_ keys: [String], in document: TOMLTable) -> [String] {
        let names = ScenarioSchema.eventImpressionsKeys
        guard keys.count >= 4, keys[0] == "cycles", keys[2] == "demand", names.contains(keys[3]),
              let demand = document["cycles"]?.table?[keys[1]]?.table?["demand"]?.table,
              demand[keys[3]] == nil,
              let other = names.first(where: { $0 != keys[3] && demand[$0] != nil }) else { return keys }
        var resolved = keys
        resolved[3] = other
        return resolved
    }

    /// `problems` (found by validating the overridden document, with their paths) with each one an
    /// override caused marked with that override. A problem is the override's when it lies at or
    /// under the override's key or a table the override created; failing that, when the file alone
    /// does not have it (`fileProblems`, computed only if needed) and it lies in the table the
    /// override sets a key in, or above it (`unit_price` must exceed an overridden
    /// `salvage_value`; `orders` exceeds overridden `impressions`; a missing `rework_days` once
    /// `rework_probability` is overridden). The latest override wins a tie.
    func attribute(_ problems: [(path: TOMLPath, problem: ScenarioError.Problem)],
                   fileProblems: () -> [ScenarioError.Problem]) -> [ScenarioError.Problem] {
        let applied = entries.filter(\.applied)
        guard !applied.isEmpty else { return problems.map(\.problem) }
        var baseline: Set<ProblemKey>?
        return problems.map { path, problem in
            var problem = problem
            let components = path.components.map(Self.key)
            if let owner = applied.last(where: { entry in
                components.starts(with: entry.keys) || entry.created.map { components.starts(with: $0) } == true
            }) {
                problem.overrideArgument = owner.raw
                return problem
            }
            if baseline == nil { baseline = Set(fileProblems().map(ProblemKey.init)) }
            guard let baseline, !baseline.contains(ProblemKey(problem)) else { return problem }
            let parent = Array(components.dropLast())
            let owner = applied.enumerated()
                .filter { $0.element.keys.starts(with: parent) }
                .max { (Self.sharedPrefix($0.element.keys, components), $0.offset)
                    < (Self.sharedPrefix($1.element.keys, components), $1.offset) }
            problem.overrideArgument = owner?.element.raw
            return problem
        }
    }

    /// `problems` (as `attribute` returned them, at `paths`) with a "did you mean" added to each
    /// unknown key that an override wrote and its table could not suggest a key for (`unknown`):
    /// the full key paths in `known` that the override's key probably meant, so `--set stock=1`
    /// gets "did you mean product.stock?".
    func suggestingKeyPaths(_ problems: [ScenarioError.Problem], paths: [TOMLPath], unknown: Set<TOMLPath>,
                            known: [TOMLPath]) -> [ScenarioError.Problem] {
        zip(problems, paths).map { problem, path in
            let components = path.components.map(Self.key)
            guard unknown.contains(path),
                  let entry = entries.last(where: { $0.applied && $0.raw == problem.overrideArgument }),
                  entry.keys.starts(with: components) else { return problem }
            let suggestions = KeySuggestion.keyPaths(near: entry.keys, among: known)
            guard !suggestions.isEmpty else { return problem }
            var problem = problem
            problem.message += " (did you mean \(suggestions.joined(separator: " or "))?)"
            return problem
        }
    }

    /// A path component as a comparable key segment (array elements never match a key).
    private static func key(_ component: TOMLPath.Component) -> String {
        switch component {
        case let .key(key): key
        case let .index(index): "\u{0}[\(index)]"
        }
    }

    private static func sharedPrefix(_ a: [String], _ b: [String]) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    private struct ProblemKey: Hashable {
        let keyPath: String
        let message: String

        init(_ problem: ScenarioError.Problem) {
            keyPath = problem.keyPath
            message = problem.message
        }
    }

    /// The overrides as recorded in `Scenario.overrides`: each applied one with its key path
    /// normalised, in the order given, leaving out any that a later override replaced (the same
    /// key, or a table holding it), so the list says exactly what differs from the file.
    var recorded: [ScenarioOverride] {
        let applied = entries.filter(\.applied)
        return applied.enumerated().compactMap { offset, entry in
            let replaced = applied[(offset + 1)...].contains { entry.keys.starts(with: $0.keys) }
            return replaced ? nil : ScenarioOverride(keyPath: entry.path,
                                                     value: entry.value)
        }
    }

    /// Cycle names the overrides mention, in the order given (an override of the whole `cycles`
    /// table contributes its cycles in its own text's order). A cycle only an override creates
    /// goes after the file's cycles, in this order.
    var cycleNames: [String] {
        var names: [String] = []
        for entry in entries where entry.applied && entry.keys.first == "cycles" {
            let mentioned = entry.keys.count >= 2 ? [entry.keys[1]]
                : TOMLKeyOrder.children(of: ["v"], in: "v = \(entry.value)")
            for name in mentioned where !names.contains(where: { Array($0.utf8) == Array(name.utf8) }) {
                names.append(name)
            }
        }
        return names
    }
}
