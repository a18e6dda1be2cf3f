/// `scenario.sampling` and the `[[correlation]]` entries (DESIGN §8.3). Both are read once the rest
/// of the scenario is valid: a correlation names inputs by their key paths, which only a built
/// scenario can resolve.
extension ScenarioParser {
    /// `scenario.sampling` (default `random`); nil when unusable (recorded). A type problem of the
    /// `[scenario]` table itself is `header()`'s to record.
    func samplingMethod() -> SamplingMethod? {
        guard let node = root["scenario"], let table = node.value.table,
              let value = TableReader(table: table, path: node.path, log: log)["sampling"] else { return .random }
        guard let text = value.string() else { return nil }
        guard let method = SamplingMethod(rawValue: text) else {
            let names = SamplingMethod.allCases.map(\.rawValue)
            var message = "unknown sampling method \(TOMLQuoting.inMessage(text)): one of "
                + names.map { TOMLQuoting.inMessage($0) }.joined(separator: ", ")
            if let close = KeySuggestion.closest(to: text, among: names) {
                message += " (did you mean \(TOMLQuoting.inMessage(close))?)"
            }
            log.add(value.path, message)
            return nil
        }
        return method
    }

    /// Why `method` cannot sample `scenario` (Sobol beyond GSL's dimensions), recorded at
    /// `scenario.sampling`; true when it can.
    func checkSampling(_ method: SamplingMethod, of scenario: Scenario) -> Bool {
        let inputs = RandomInput.all(in: scenario).count
        guard method == .sobol, inputs > SobolSequence.maxDimensions else { return true }
        log.add(TOMLPath.root.key("scenario").key("sampling"),
                "\"sobol\" covers at most \(SobolSequence.maxDimensions) random inputs (GSL's Sobol tables) and this "
                    + "scenario has \(inputs): use \"latin_hypercube\", or fix some inputs")
        return false
    }

    /// The `[[correlation]]` entries, validated; nil when any is unusable (every problem recorded,
    /// each naming its entry: an unknown or non-random key path, the same input twice, a pair
    /// given twice, |rank| > 1, and entries whose ranks cannot hold together).
    func correlations(in scenario: Scenario) -> [CorrelationSpec]? {
        guard let node = root["correlation"] else { return [] }
        guard let entries = node.array("an array of tables ([[correlation]] entries)") else { return nil }
        if entries.count > ScenarioRanges.Limits.correlations {
            log.add(node.path, "has \(entries.count) entries: at most \(ScenarioRanges.Limits.correlations)")
            return nil
        }
        let resolver = CorrelationPaths(scenario: scenario)
        var specs: [CorrelationSpec] = []
        var entryPaths: [TOMLPath] = []
        var seen: [Set<RandomInput>: TOMLPath] = [:]
        var usable = true
        for entry in entries {
            guard let table = entry.table("a table with `between` and `rank`") else { usable = false; continue }
            table.rejectUnknownKeys(allowed: ScenarioSchema.correlation)
            let rank = table.number("rank", in: ScenarioRanges.rank)
            guard let between = table.required("between"),
                  let items = between.array("an array of two key paths (strings)") else { usable = false; continue }
            guard items.count == 2 else {
                log.add(between.path, "must name exactly two inputs, found \(items.count)")
                usable = false
                continue
            }
            let resolved = items.map { item in item.string().flatMap { resolver.input(named: $0, at: item.path, log: log) } }
            guard let a = resolved[0], let b = resolved[1], let rank else { usable = false; continue }
            if a.input == b.input {
                log.add(between.path, "names the same input twice (\(a.path), \(b.path)): a correlation ties two inputs")
                usable = false
                continue
            }
            let pair: Set = [a.input, b.input]
            if let earlier = seen[pair] {
                log.add(between.path, "correlates \(a.path) and \(b.path) again: \(earlier) already does")
                usable = false
                continue
            }
            seen[pair] = between.path
            specs.append(CorrelationSpec(first: a.input, second: b.input, paths: [a.path, b.path], rank: rank))
            entryPaths.append(table.path)
        }
        guard usable else { return nil }
        for conflict in CorrelationSpec.conflicts(specs) {
            func describe(_ i: Int) -> String {
                let names = specs[i].names(in: scenario).map(\.description).joined(separator: " ~ ")
                return "\(entryPaths[i]) (\(names), rank \(specs[i].rank.messageText))"
            }
            let others = conflict.with.map(describe)
            let list = others.count < 2 ? others.joined() : others.dropLast().joined(separator: ", ") + " and " + others.last!
            log.add(entryPaths[conflict.entry].key("rank"),
                    "cannot hold together with \(list.isEmpty ? "the entries above" : list): no joint law has these "
                        + "rank correlations (their matrix of 2·sin(π·rank/6), with 0 for every pair not given, is "
                        + "not positive semi-definite); weaken one of them, or give the missing pairs")
            usable = false
        }
        return usable ? specs : nil
    }
}

/// Resolves the key paths of `between` to a scenario's random inputs (`RandomInput.slots`).
struct CorrelationPaths {
    let scenario: Scenario
    let slots: [(path: TOMLPath, input: RandomInput)]
    let random: Set<RandomInput>

    init(scenario: Scenario) {
        self.scenario = scenario
        slots = RandomInput.slots(in: scenario)
        random = Set(RandomInput.all(in: scenario))
    }

    /// The input `text` names (a key path as `--set` takes it), or nil with the problem recorded at `at`.
    func input(named text: String, at path: TOMLPath, log: ProblemLog) -> (path: TOMLPath, input: RandomInput)? {
        guard case let .success(split) = OverrideSyntax.split(text + "=0") else {
            log.add(path, "not a key path: \(TOMLQuoting.inMessage(text))")
            return nil
        }
        let named = TOMLPath(keys: split.keys)
        guard let slot = slots.first(where: { $0.path == named }) else {
            if named == TOMLPath.root.key("mold").key("days") {
                let users = scenario.cycles.filter { $0.moldDays == scenario.mold.days }.map(\.name)
                if users.count > 1 {
                    log.add(path, "mold.days is drawn separately by each cycle that uses it ("
                        + users.joined(separator: ", ") + "): name one, e.g. \(TOMLPath.cycle(users[0]).key("mold_days"))")
                    return nil
                }
            }
            var listed = Set<RandomInput>()
            let known = slots.filter { random.contains($0.input) && listed.insert($0.input).inserted }.map(\.path.description)
            log.add(path, "unknown input \(TOMLQuoting.inMessage(text)): a correlation names a random input by its "
                + "key path (" + (known.isEmpty ? "this scenario has none" : known.joined(separator: ", ")) + ")")
            return nil
        }
        guard random.contains(slot.input) else {
            log.add(path, "\(named) is not random (\(Self.whyFixed(slot.input, in: scenario))): nothing to correlate")
            return nil
        }
        return (named, slot.input)
    }

    /// Why an input of the scenario is not random.
    static func whyFixed(_ input: RandomInput, in scenario: Scenario) -> String {
        switch input {
        case let .rework(k): "rework_probability is \(scenario.cycles[k].reworkProbability.messageText)"
        case let .reworkDays(k), let .reworkCost(k):
            scenario.cycles[k].reworkProbability == 0 ? "rework_probability is 0" : "a fixed number"
        case let .drift(k): scenario.cycles[k].demand.driftPer30Days == 0 ? "drift_per_30_days is 0" : "a fixed number"
        default: "a fixed number"
        }
    }
}
