/// Reads a distribution spec (DESIGN §2): a number is `Distribution.fixed`; a table names its
/// family with `dist` and has exactly that family's fields. Checks that the parameters are finite,
/// legal for GSL, within the key's range and the family's parameter ranges (`ScenarioRanges`),
/// and — every distribution in a scenario being a non-negative quantity (money, days, units) —
/// that a bounded family cannot draw below 0.
/// `normal` may (the model clamps negative draws at 0); `lognormal`, `gamma` and `beta` cannot.
enum DistributionParser {
    /// A family's name and fields as written in a scenario file.
    struct Family: Sendable {
        let name: String
        let required: [String]
        let optional: [String]
        /// Fields that may replace all of `required` (a lognormal's `p10`, `p90` for `median`, `sigma`).
        var alternative: [String] = []

        var fields: [String] { required + optional + alternative }

        /// "min, mode, max and optional lambda", for the unknown-key message.
        var fieldList: String {
            required.joined(separator: ", ")
                + (alternative.isEmpty ? "" : " (or " + alternative.joined(separator: ", ") + " instead)")
                + (optional.isEmpty ? "" : " and optional " + optional.joined(separator: ", "))
        }
    }

    static let families: [Family] = [
        Family(name: "fixed", required: ["value"], optional: []),
        Family(name: "uniform", required: ["min", "max"], optional: []),
        Family(name: "triangular", required: ["min", "mode", "max"], optional: []),
        Family(name: "pert", required: ["min", "mode", "max"], optional: ["lambda"]),
        Family(name: "normal", required: ["mean", "sd"], optional: []),
        Family(name: "lognormal", required: ["median", "sigma"], optional: [], alternative: ["p10", "p90"]),
        Family(name: "gamma", required: ["shape", "scale"], optional: []),
        Family(name: "beta", required: ["alpha", "beta"], optional: []),
        Family(name: "empirical", required: ["values"], optional: ["weights"]),
    ]

    static var familyNames: [String] { families.map(\.name) }

    /// PERT's default weight of the mode.
    static let defaultPertLambda = 4.0

    /// The distribution at `node`, whose values lie in `range`; `nil` when anything is wrong (recorded).
    static func parse(_ node: TOMLNode, in range: ValueRange) -> Distribution? {
        if node.isNumber {
            return node.number(in: range).map(Distribution.fixed)
        }
        guard node.isTable, let table = node.table() else {
            return node.wrongType(expected: "a number or a distribution table (with 'dist')")
        }
        guard let family = family(of: table) else { return nil }
        table.rejectUnknownKeys(allowed: ["dist"] + family.fields,
                                context: "a \(family.name) distribution has \(family.fieldList)")
        return FamilyReader(table: table, range: range).read(family.name)
    }

    /// The family named by the table's `dist`; records a missing, mistyped or unknown name.
    private static func family(of table: TableReader) -> Family? {
        let known = familyNames.joined(separator: ", ")
        guard let node = table["dist"] else {
            table.log.add(table.path.key("dist"), "missing required key: a distribution table needs dist = one of \(known)")
            return nil
        }
        guard let name = node.string() else { return nil }
        if let family = families.first(where: { $0.name == name }) { return family }
        var message = "unknown distribution \(TOMLQuoting.inMessage(name))"
        if let suggestion = KeySuggestion.closest(to: name, among: familyNames) {
            message += " (did you mean \(TOMLQuoting.inMessage(suggestion))?)"
        }
        table.log.add(node.path, message + "; known: \(known)")
        return nil
    }
}

/// Reads and checks one family's fields from a distribution table.
struct FamilyReader {
    let table: TableReader
    /// The key's range: bounds every value the spec gives (min, mode, max, mean, median, …).
    let range: ValueRange

    var log: ProblemLog { table.log }

    func read(_ family: String) -> Distribution? {
        switch family {
        case "fixed":
            return table.number("value", in: range).map(Distribution.fixed)
        case "uniform":
            let (lo, hi) = (table.number("min", in: range), table.number("max", in: range))
            guard let lo, let hi, ordered(lo, nil, hi) else { return nil }
            return .uniform(min: lo, max: hi)
        case "triangular", "pert":
            let lo = table.number("min", in: range)
            let mode = table.number("mode", in: range)
            let hi = table.number("max", in: range)
            let lambda = family == "pert"
                ? table.number("lambda", in: ScenarioRanges.pertLambda, default: DistributionParser.defaultPertLambda) : 0
            guard let lo, let hi, ordered(lo, mode, hi), let mode, let lambda else { return nil }
            return family == "pert" ? .pert(min: lo, mode: mode, max: hi, lambda: lambda)
                : .triangular(min: lo, mode: mode, max: hi)
        case "normal":
            let (mean, sd) = (table.number("mean", in: range.symmetric), table.number("sd", in: range))
            guard let mean, let sd else { return nil }
            return .normal(mean: mean, sd: sd)
        case "lognormal":
            return lognormal()
        case "gamma":
            let (shape, scale) = (table.number("shape", in: ScenarioRanges.gammaShape), table.number("scale", in: range.positive))
            guard let shape, let scale else { return nil }
            if shape * scale > range.upper {
                log.add(table.path, "mean shape × scale (\((shape * scale).messageText)) too large: at most "
                    + ValueRange.boundText(range.upper))
                return nil
            }
            return .gamma(shape: shape, scale: scale)
        case "beta":
            let (alpha, beta) = (table.number("alpha", in: ScenarioRanges.betaParameter),
                                 table.number("beta", in: ScenarioRanges.betaParameter))
            guard let alpha, let beta else { return nil }
            return .beta(alpha: alpha, beta: beta)
        default:
            return empirical()
        }
    }

    /// Checks `lo ≤ hi`, then `lo ≤ mode ≤ hi` when there is a mode; records the fault.
    private func ordered(_ lo: Double, _ mode: Double?, _ hi: Double) -> Bool {
        if lo > hi {
            log.add(table.path.key("min"), "min (\(lo.messageText)) must be ≤ max (\(hi.messageText))")
            return false
        }
        if let mode, !(lo...hi).contains(mode) {
            log.add(table.path.key("mode"),
                    "mode (\(mode.messageText)) must be between min (\(lo.messageText)) and max (\(hi.messageText))")
            return false
        }
        return true
    }

    /// `values` (non-empty, each a bounded non-negative quantity) and optional `weights`
    /// (same length, each ≥ 0, not all 0; default all 1).
    private func empirical() -> Distribution? {
        guard let valuesNode = table.required("values"),
              let valueNodes = valuesNode.array("an array of numbers") else { return nil }
        if valueNodes.isEmpty { log.add(valuesNode.path, "must not be empty") }
        let limit = ScenarioRanges.Limits.empiricalValues
        if valueNodes.count > limit {
            log.add(valuesNode.path, "has \(valueNodes.count) values: at most \(limit)")
            return nil
        }
        let values = valueNodes.map { $0.number(in: range) }

        var weights: [Double?] = Array(repeating: 1, count: values.count)
        if let weightsNode = table["weights"] {
            guard let weightNodes = weightsNode.array("an array of numbers") else { return nil }
            weights = weightNodes.map { $0.number(in: ScenarioRanges.weight) }
            if weightNodes.count != valueNodes.count {
                log.add(weightsNode.path, "has \(weightNodes.count) entries but values has \(valueNodes.count)")
                return nil
            }
            let known = weights.compactMap { $0 }
            if known.count == weights.count, !valueNodes.isEmpty {
                let total = known.reduce(0, +)
                if total == 0 { log.add(weightsNode.path, "must not all be 0") }
                if !total.isFinite { log.add(weightsNode.path, "too large: their sum must be a finite number") }
            }
        }
        let goodValues = values.compactMap { $0 }
        let goodWeights = weights.compactMap { $0 }
        guard !valueNodes.isEmpty, goodValues.count == values.count, goodWeights.count == weights.count,
              goodWeights.reduce(0, +) > 0, goodWeights.reduce(0, +).isFinite else { return nil }
        return .empirical(values: goodValues, weights: goodWeights)
    }
}

extension TableReader {
    /// The distribution at `key`, its values in `range`; `defaultValue` when the key is absent
    /// (without a default, a missing key is recorded with `missing`). `nil` when unusable (recorded).
    func distribution(_ key: String, in range: ValueRange, default defaultValue: Distribution? = nil,
                      missing: String = "missing required key") -> Distribution? {
        guard let node = self[key] else {
            if defaultValue == nil { log.add(path.key(key), missing) }
            return defaultValue
        }
        return DistributionParser.parse(node, in: range)
    }
}
