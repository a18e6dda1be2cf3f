import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// `[[correlation]]` and `scenario.sampling` validation (DESIGN §8.3): every bad entry is named by
/// its key path with what is wrong, and a set of ranks no joint law can have names the entries
/// that conflict.
@Suite struct CorrelationValidationTests {
    /// DESIGN §2's example with `entries` appended (and `sampling`, when given, in `[scenario]`).
    static func example(_ entries: String, sampling: String? = nil) -> String {
        var text = ScenarioFixtures.designExample
        if let sampling { text = text.replacingOccurrences(of: "seed = 20201111", with: "seed = 20201111\nsampling = \(sampling)") }
        return text + "\n" + entries + "\n"
    }

    static func entry(_ a: String, _ b: String, _ rank: String) -> String {
        "[[correlation]]\nbetween = [\"\(a)\", \"\(b)\"]\nrank = \(rank)\n"
    }

    @Test func validEntriesResolveToTheirInputsInFileOrder() throws {
        let scenario = try parseScenario(Self.example(
            Self.entry("mold.cost", "cycles.traditional.research_days", "0.6")
                + Self.entry("cycles.data_driven.demand.visitors", "cycles.traditional.demand.units", "-0.3")
                + Self.entry("cycles.traditional.rework_probability", "cycles.data_driven.mold_days", "1"),
            sampling: "\"sobol\""))
        #expect(scenario.sampling == .sobol)
        #expect(scenario.correlations.map(\.first) == [.moldCost, .demand(cycle: 1), .rework(cycle: 0)])
        #expect(scenario.correlations.map(\.second) == [.research(cycle: 0), .demand(cycle: 0), .tooling(cycle: 1)])
        #expect(scenario.correlations.map(\.rank) == [0.6, -0.3, 1])
    }

    @Test func defaultIsRandomWithoutCorrelationsAndDrawsAsBefore() throws {
        let scenario = try parseScenario(ScenarioFixtures.designExample)
        #expect(scenario.sampling == .random)
        #expect(scenario.correlations.isEmpty)
        #expect(SimulationPlan(scenario: scenario).sampling == nil)
    }

    static let badEntries: [RuleCase] = [
        RuleCase("unknown path", example(entry("mold.cost", "cycles.nope.research_days", "0.2")),
                 "correlation[0].between[1]", "unknown input 'cycles.nope.research_days'"),
        RuleCase("not an input", example(entry("product.stock", "mold.cost", "0.2")),
                 "correlation[0].between[0]", "unknown input 'product.stock'"),
        RuleCase("units in the signals form", example(entry("cycles.data_driven.demand.units", "mold.cost", "0.2")),
                 "correlation[0].between[0]", "unknown input"),
        RuleCase("fixed number", example(entry("mold.cost", "cycles.a.research_days", "0.2"))
                    .replacingOccurrences(of: "[cycles.data_driven]", with: "[cycles.a]\ncommit_days_before_window = 60\ndemand = { units = 1000 }\n\n[cycles.data_driven]"),
                 "correlation[0].between[1]", "cycles.a.research_days is not random (a fixed number)"),
        RuleCase("rework never happens", example(entry("mold.cost", "cycles.a.rework_days", "0.2"))
                    .replacingOccurrences(of: "[cycles.data_driven]", with: "[cycles.a]\ncommit_days_before_window = 60\ndemand = { units = 1000 }\n\n[cycles.data_driven]"),
                 "correlation[0].between[1]", "is not random (rework_probability is 0)"),
        RuleCase("rank above 1", example(entry("mold.cost", "cycles.traditional.research_days", "1.5")),
                 "correlation[0].rank", "too large: at most 1"),
        RuleCase("rank below -1", example(entry("mold.cost", "cycles.traditional.research_days", "-1.01")),
                 "correlation[0].rank", "must be ≥ -1"),
        RuleCase("self pair", example(entry("mold.cost", "mold.cost", "0.5")),
                 "correlation[0].between", "names the same input twice"),
        RuleCase("duplicate pair", example(entry("mold.cost", "cycles.traditional.research_days", "0.5")
                                            + entry("cycles.traditional.research_days", "mold.cost", "0.1")),
                 "correlation[1].between", "again: correlation[0].between already does"),
        RuleCase("shared mold.days", example(entry("mold.days", "mold.cost", "0.5")),
                 "correlation[0].between[0]", "mold.days is drawn separately by each cycle that uses it (traditional, data_driven)"),
        RuleCase("three inputs", example("[[correlation]]\nbetween = [\"mold.cost\", \"mold.days\", \"mold.cost\"]\nrank = 0.1"),
                 "correlation[0].between", "must name exactly two inputs, found 3"),
        RuleCase("missing rank", example("[[correlation]]\nbetween = [\"mold.cost\", \"cycles.traditional.research_days\"]"),
                 "correlation[0].rank", "missing required key"),
        RuleCase("typo key", example(entry("mold.cost", "cycles.traditional.research_days", "0.1") + "rnak = 2"),
                 "correlation[0].rnak", "unknown key"),
        RuleCase("unknown method", example("", sampling: "\"sobl\""),
                 "scenario.sampling", "unknown sampling method 'sobl': one of 'random', 'latin_hypercube', 'sobol' (did you mean 'sobol'?)"),
    ]

    @Test(arguments: badEntries)
    func badEntryIsNamed(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func conflictingRanksNameTheSmallestSetTheyConflictWith() {
        // a~b 0.6 and a~c 0.6 (normal correlations 0.618) force b~c above −0.24; −0.6 cannot
        // hold. Any two of the three can. The unrelated entry in between is not named.
        let text = Self.example(
            Self.entry("mold.cost", "cycles.traditional.research_days", "0.6")
                + Self.entry("cycles.data_driven.research_days", "cycles.data_driven.rework_cost", "0.5")
                + Self.entry("mold.cost", "cycles.traditional.rework_cost", "0.6")
                + Self.entry("cycles.traditional.research_days", "cycles.traditional.rework_cost", "-0.6"))
        let problems = scenarioProblems(text)
        #expect(problems.count == 1, "\(problems)")
        let p = problems.first
        #expect(p?.keyPath == "correlation[3].rank")
        #expect(p?.message.contains("correlation[0] (mold.cost ~ cycles.traditional.research_days, rank 0.6)") == true)
        #expect(p?.message.contains("and correlation[2] (mold.cost ~ cycles.traditional.rework_cost, rank 0.6)") == true)
        #expect(p?.message.contains("correlation[1]") == false)
        #expect(p?.message.contains("not positive semi-definite") == true)
    }

    @Test func twoStrongCorrelationsThroughOneInputConflictWithTheImplicitZero() {
        // a~b 0.9, a~c 0.9 and (not given) b~c 0: not semi-definite; the message says pairs not
        // given count as 0.
        let text = Self.example(Self.entry("mold.cost", "cycles.traditional.research_days", "0.9")
                                    + Self.entry("mold.cost", "cycles.traditional.rework_cost", "0.9"))
        expectProblem(text, at: "correlation[1].rank", "with 0 for every pair not given")
    }

    @Test func perfectRankCorrelationsThatAgreeAreAccepted() throws {
        // ρ = 1 twice and the implied third pair: singular but semi-definite.
        let scenario = try parseScenario(Self.example(
            Self.entry("mold.cost", "cycles.traditional.research_days", "1")
                + Self.entry("mold.cost", "cycles.traditional.rework_cost", "1")
                + Self.entry("cycles.traditional.research_days", "cycles.traditional.rework_cost", "1")))
        #expect(scenario.correlations.count == 3)
    }

    @Test func sobolRefusesMoreInputsThanGSLsTables() {
        // Ten cycles of six random inputs each and a random mold cost: 61 inputs > 40.
        var cycles = ""
        for i in 0..<10 {
            cycles += """
            [cycles.c\(i)]
            commit_days_before_window = 90
            research_days = { dist = "uniform", min = 1, max = 2 }
            mold_days = { dist = "uniform", min = 1, max = 2 }
            rework_probability = 0.5
            rework_days = { dist = "uniform", min = 1, max = 2 }
            rework_cost = { dist = "uniform", min = 1, max = 2 }
            demand = { units = { dist = "uniform", min = 1, max = 2 } }

            """
        }
        let text = "[scenario]\nsampling = \"sobol\"\n\n" + ScenarioFixtures.minimal(
            mold: "[mold]\ncost = { dist = \"uniform\", min = 1, max = 2 }\ndays = 25", cycles: cycles)
        expectProblem(text, at: "scenario.sampling", "\"sobol\" covers at most \(SobolSequence.maxDimensions) random inputs")
        #expect(throws: Never.self) { try ScenarioLoader.parse(text.replacingOccurrences(of: "\"sobol\"", with: "\"latin_hypercube\""), file: "t.toml") }
    }

    @Test func tooManyCorrelationsAreRefusedWithTheLimit() {
        let many = String(repeating: Self.entry("mold.cost", "cycles.traditional.research_days", "0.1"),
                          count: ScenarioRanges.Limits.correlations + 1)
        expectProblem(Self.example(many), at: "correlation", "at most \(ScenarioRanges.Limits.correlations)")
    }

    @Test func overrideSetsTheSamplingMethod() throws {
        let scenario = try ScenarioLoader.parse(ScenarioFixtures.designExample, file: "t.toml",
                                                overrides: ["scenario.sampling=\"latin_hypercube\""])
        #expect(scenario.sampling == .latinHypercube)
    }
}
