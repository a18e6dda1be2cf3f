import Foundation
import Testing
@testable import MoldRiskCore

/// Scenario texts and assertions shared by the Scenario tests.
package enum ScenarioFixtures {
    /// DESIGN §2's example, verbatim.
    package static let designExample = """
    [scenario]
    name = "家用漱口杯 rinse cup, Double 11"
    trials = 200_000
    seed = 20201111

    [product]
    unit_price = 9.9          # yuan received per unit sold, after platform fees
    unit_cost = 2.6           # material, labour, packaging per unit
    salvage_value = 1.0       # yuan per unit left after the season (may be negative: disposal)
    stock = 100_000           # units produced before the window

    [mold]
    cost = { dist = "pert", min = 150_000, mode = 250_000, max = 800_000 }
    days = { dist = "uniform", min = 20, max = 30 }
    capacity_per_day = 20_000 # 13 machines, 24 hours

    [window]                  # the sales event
    season_days = 30
    peak_share = 0.4          # share of the season's demand that falls on the opening day

    [cycles.traditional]
    commit_days_before_window = 100
    research_days = { dist = "triangular", min = 30, mode = 45, max = 75 }
    rework_probability = 0.35
    rework_days = { dist = "triangular", min = 5, mode = 10, max = 25 }
    rework_cost = { dist = "triangular", min = 20_000, mode = 50_000, max = 150_000 }
    demand = { units = { dist = "lognormal", median = 80_000, sigma = 0.6 }, drift_per_30_days = 0.15 }

    [cycles.data_driven]
    commit_days_before_window = 60
    fixed_cost = 20_000
    research_days = { dist = "triangular", min = 4, mode = 7, max = 14 }
    rework_probability = 0.10
    rework_days = { dist = "triangular", min = 3, mode = 5, max = 10 }
    rework_cost = { dist = "triangular", min = 10_000, mode = 30_000, max = 80_000 }
    demand = { visitors = { dist = "lognormal", median = 1_500_000, sigma = 0.25 }, impressions = 20_000, orders = 1_100, prior_alpha = 1, prior_beta = 1, drift_per_30_days = 0.15 }

    [analysis]
    stock_levels = [40_000, 60_000, 80_000, 100_000, 120_000, 150_000]

    [decision]
    max_loss_probability = 0.20   # the factory head's risk tolerance
    """

    package static let product = """
    [product]
    unit_price = 10
    unit_cost = 3
    stock = 1000
    """

    package static let mold = """
    [mold]
    cost = 100000
    days = 25
    """

    package static let cycles = """
    [cycles.a]
    commit_days_before_window = 90
    demand = { units = 800 }
    """

    /// The smallest valid scenario (only required keys), with any section replaced and `extra` appended.
    package static func minimal(product: String = product, mold: String = mold, cycles: String = cycles,
                        extra: String = "") -> String {
        [product, mold, cycles, extra].joined(separator: "\n\n") + "\n"
    }

    /// `minimal()` with one more line in `[product]`, `[mold]` or the cycle `a`.
    package static func withProductLine(_ line: String) -> String { minimal(product: product + "\n" + line) }
    package static func withMoldLine(_ line: String) -> String { minimal(mold: mold + "\n" + line) }
    package static func withCycleLine(_ line: String) -> String { minimal(cycles: cycles + "\n" + line) }
    /// `minimal()` whose cycle `a` has `demand` as given (an inline table body or a whole value).
    package static func withDemand(_ demand: String) -> String {
        minimal(cycles: "[cycles.a]\ncommit_days_before_window = 90\ndemand = \(demand)")
    }
}

/// Parses `text`, expecting success.
package func parseScenario(_ text: String, file: String = "test.toml", sourceLocation: SourceLocation = #_sourceLocation) throws -> Scenario {
    do {
        return try ScenarioLoader.parse(text, file: file)
    } catch {
        Issue.record("unexpected scenario error:\n\(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Parses `text`, expecting failure, and returns the problems.
package func scenarioProblems(_ text: String, file: String = "test.toml",
                      sourceLocation: SourceLocation = #_sourceLocation) -> [ScenarioError.Problem] {
    do {
        let scenario = try ScenarioLoader.parse(text, file: file)
        Issue.record("expected a scenario error, got \(scenario)", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.problems
    }
}

/// Expects `text` to be refused with a problem at `keyPath` whose message contains `fault`.
package func expectProblem(_ text: String, at keyPath: String, _ fault: String,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let problems = scenarioProblems(text, sourceLocation: sourceLocation)
    #expect(problems.contains { $0.keyPath == keyPath && $0.message.contains(fault) },
            "wanted \(keyPath): …\(fault)…, got \(problems.map { "\($0.keyPath): \($0.message)" })",
            sourceLocation: sourceLocation)
}

/// One invalid-input case for a table-driven test.
package struct RuleCase: Sendable, CustomTestStringConvertible {
    package let text: String
    package let keyPath: String
    package let fault: String
    package let label: String

    package init(_ label: String, _ text: String, _ keyPath: String, _ fault: String) {
        self.label = label
        self.text = text
        self.keyPath = keyPath
        self.fault = fault
    }

    package var testDescription: String { label }
}

/// A checked-in scenario of `scenarios/` (`"rinse-cups"` reads scenarios/rinse-cups.toml), parsed.
package func checkedInScenario(_ stem: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Scenario {
    let file = packageRoot.appendingPathComponent("scenarios/\(stem).toml")
    return try parseScenario(String(contentsOf: file, encoding: .utf8), file: file.path, sourceLocation: sourceLocation)
}

extension String {
    /// Moves the last line (an extra root key such as `scenario = 5`) to the top of the text,
    /// where a bare key belongs to the root table rather than to the last table.
    package func movingLastLineToTop() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let last = lines.popLast() else { return self }
        return ([last] + lines).joined(separator: "\n") + "\n"
    }
}
