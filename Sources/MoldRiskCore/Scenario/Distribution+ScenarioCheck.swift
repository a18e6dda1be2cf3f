import TOMLKit

extension Distribution {
    /// The numeric parameters of a law other than `empirical` under their scenario-file names
    /// (PERT's default λ = 4 left out), as a scenario file writes them.
    package var scenarioParameters: [(String, Double)] {
        switch self {
        case let .fixed(v): [("value", v)]
        case let .uniform(lo, hi): [("min", lo), ("max", hi)]
        case let .triangular(lo, mode, hi): [("min", lo), ("mode", mode), ("max", hi)]
        case let .pert(lo, mode, hi, lambda):
            [("min", lo), ("mode", mode), ("max", hi)] + (lambda == DistributionParser.defaultPertLambda ? [] : [("lambda", lambda)])
        case let .normal(mean, sd): [("mean", mean), ("sd", sd)]
        case let .lognormal(median, sigma): [("median", median), ("sigma", sigma)]
        case let .gamma(shape, scale): [("shape", shape), ("scale", scale)]
        case let .beta(a, b): [("alpha", a), ("beta", b)]
        case .empirical: []
        }
    }

    /// What a scenario would say of this law as one of its random quantities, read by the very
    /// parser of scenario files in the widest range it gives a quantity (0 to 1e12, as demand
    /// units and money): empty when a scenario reads it. `moldrisk fit` offers no law a scenario
    /// would refuse.
    package var scenarioProblems: [String] {
        var fields = ["dist = \"\(familyName)\""]
        if case let .empirical(values, weights) = self {
            fields.append("values = [" + values.map { "\($0)" }.joined(separator: ", ") + "]")
            fields.append("weights = [" + weights.map { "\($0)" }.joined(separator: ", ") + "]")
        } else {
            fields += scenarioParameters.map { "\($0.0) = \($0.1)" }
        }
        guard let table = try? TOMLTable(string: "q = { " + fields.joined(separator: ", ") + " }\n"),
              let value = table["q"] else {
            return ["its parameters cannot be written in a scenario file"]
        }
        let log = ProblemLog()
        _ = DistributionParser.parse(TOMLNode(value: value, path: TOMLPath.root.key("q"), log: log),
                                     in: ScenarioRanges.demandUnits)
        // "sigma too large: at most 10 (…)": the parameter's name, not the made-up key `q`.
        return log.problems.map { problem in
            let key = problem.keyPath.hasPrefix("q.") ? String(problem.keyPath.dropFirst(2)) : ""
            return key.isEmpty ? problem.message : "\(key) \(problem.message)"
        }
    }
}
