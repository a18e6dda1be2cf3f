import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// Distribution specs: every family parses to its case; each family's rules name key and fault.
@Suite struct ScenarioDistributionTests {
    /// `minimal()` with `mold.cost` replaced by `spec`.
    static func moldCost(_ spec: String) -> String {
        F.minimal(mold: "[mold]\ncost = \(spec)\ndays = 25")
    }

    static let families: [(String, Distribution)] = [
        ("120000", .fixed(120_000)),
        ("1.5e5", .fixed(150_000)),
        ("{ dist = \"fixed\", value = 7 }", .fixed(7)),
        ("{ dist = \"uniform\", min = 1, max = 3 }", .uniform(min: 1, max: 3)),
        ("{ dist = \"uniform\", min = 2, max = 2 }", .uniform(min: 2, max: 2)),
        ("{ dist = \"triangular\", min = 1, mode = 2, max = 3 }", .triangular(min: 1, mode: 2, max: 3)),
        ("{ dist = \"triangular\", min = 5, mode = 5, max = 5 }", .triangular(min: 5, mode: 5, max: 5)),
        ("{ dist = \"pert\", min = 1, mode = 2, max = 3 }", .pert(min: 1, mode: 2, max: 3, lambda: 4)),
        ("{ dist = \"pert\", min = 1, mode = 1, max = 3, lambda = 6 }", .pert(min: 1, mode: 1, max: 3, lambda: 6)),
        ("{ dist = \"normal\", mean = 1000, sd = 5000 }", .normal(mean: 1000, sd: 5000)),
        ("{ dist = \"normal\", mean = -10, sd = 0 }", .normal(mean: -10, sd: 0)),
        ("{ dist = \"lognormal\", median = 80_000, sigma = 0.6 }", .lognormal(median: 80_000, sigma: 0.6)),
        ("{ dist = \"gamma\", shape = 2, scale = 1000 }", .gamma(shape: 2, scale: 1000)),
        ("{ dist = \"beta\", alpha = 2, beta = 3 }", .beta(alpha: 2, beta: 3)),
        ("{ dist = \"empirical\", values = [3, 1, 2] }", .empirical(values: [3, 1, 2], weights: [1, 1, 1])),
        ("{ dist = \"empirical\", values = [3, 1], weights = [0, 2.5] }", .empirical(values: [3, 1], weights: [0, 2.5])),
    ]

    @Test(arguments: families) func everyFamilyParses(spec: String, expected: Distribution) throws {
        let scenario = try parseScenario(Self.moldCost(spec))
        #expect(scenario.mold.cost == expected)
    }

    @Test func aDistributionCanBeASubTable() throws {
        let text = F.minimal(mold: "[mold]\ndays = 25\n[mold.cost]\ndist = \"uniform\"\nmin = 1\nmax = 9")
        #expect(try parseScenario(text).mold.cost == .uniform(min: 1, max: 9))
    }

    static let rules: [RuleCase] = [
        RuleCase("unknown family", moldCost("{ dist = \"poisson\", mean = 3 }"), "mold.cost.dist",
                 "unknown distribution 'poisson'; known: fixed, uniform, triangular, pert, normal, lognormal, gamma, beta, empirical"),
        RuleCase("family typo", moldCost("{ dist = \"trianglar\", min = 1, mode = 2, max = 3 }"), "mold.cost.dist",
                 "unknown distribution 'trianglar' (did you mean 'triangular'?)"),
        RuleCase("dist missing", moldCost("{ min = 1, max = 3 }"), "mold.cost.dist",
                 "missing required key: a distribution table needs dist = one of fixed, uniform"),
        RuleCase("dist not a string", moldCost("{ dist = 5, min = 1, max = 3 }"), "mold.cost.dist",
                 "expected a string, found an integer"),
        RuleCase("a string instead of a spec", moldCost("\"lots\""), "mold.cost",
                 "expected a number or a distribution table (with 'dist'), found a string"),
        RuleCase("field of another family", moldCost("{ dist = \"triangular\", min = 1, mode = 2, max = 3, sd = 1 }"),
                 "mold.cost.sd", "unknown key 'sd'; a triangular distribution has min, mode, max"),
        RuleCase("field typo", moldCost("{ dist = \"triangular\", min = 1, mdoe = 2, max = 3 }"),
                 "mold.cost.mdoe", "unknown key 'mdoe' (did you mean 'mode'?)"),
        RuleCase("field missing", moldCost("{ dist = \"triangular\", min = 1, max = 3 }"),
                 "mold.cost.mode", "missing required key"),
        RuleCase("field a string", moldCost("{ dist = \"triangular\", min = 1, mode = \"2\", max = 3 }"),
                 "mold.cost.mode", "expected a number, found a string"),
        RuleCase("field NaN", moldCost("{ dist = \"triangular\", min = 1, mode = nan, max = 3 }"),
                 "mold.cost.mode", "must be a finite number"),
        RuleCase("field infinite", moldCost("{ dist = \"uniform\", min = 1, max = inf }"),
                 "mold.cost.max", "must be a finite number"),
        RuleCase("fixed value negative", moldCost("{ dist = \"fixed\", value = -1 }"), "mold.cost.value", "must be ≥ 0"),
        RuleCase("uniform min above max", F.minimal(mold: "[mold]\ncost = 1\ndays = { dist = \"uniform\", min = 30, max = 20 }"),
                 "mold.days.min", "min (30) must be ≤ max (20)"),
        RuleCase("uniform below 0", moldCost("{ dist = \"uniform\", min = -1, max = 5 }"), "mold.cost.min", "must be ≥ 0"),
        RuleCase("uniform too large", moldCost("{ dist = \"uniform\", min = 1, max = 5e12 }"), "mold.cost.max",
                 "too large: at most 1e12"),
        RuleCase("triangular mode above max",
                 F.withCycleLine("rework_probability = 0.2\nrework_cost = 1\nrework_days = { dist = \"triangular\", min = 5, mode = 30, max = 25 }"),
                 "cycles.a.rework_days.mode", "mode (30) must be between min (5) and max (25)"),
        RuleCase("triangular mode below min", moldCost("{ dist = \"triangular\", min = 5, mode = 4, max = 25 }"),
                 "mold.cost.mode", "mode (4) must be between min (5) and max (25)"),
        RuleCase("triangular min above max", moldCost("{ dist = \"triangular\", min = 50, mode = 40, max = 25 }"),
                 "mold.cost.min", "min (50) must be ≤ max (25)"),
        RuleCase("pert mode outside", moldCost("{ dist = \"pert\", min = 1, mode = 9, max = 3 }"),
                 "mold.cost.mode", "mode (9) must be between min (1) and max (3)"),
        RuleCase("pert below 0", moldCost("{ dist = \"pert\", min = -1, mode = 0, max = 3 }"), "mold.cost.min", "must be ≥ 0"),
        RuleCase("pert lambda zero", moldCost("{ dist = \"pert\", min = 1, mode = 2, max = 3, lambda = 0 }"),
                 "mold.cost.lambda", "must be > 0"),
        RuleCase("normal sd negative", moldCost("{ dist = \"normal\", mean = 10, sd = -1 }"), "mold.cost.sd", "must be ≥ 0"),
        RuleCase("normal mean too large", moldCost("{ dist = \"normal\", mean = 2e12, sd = 1 }"), "mold.cost.mean",
                 "too large: at most 1e12"),
        RuleCase("lognormal median zero", moldCost("{ dist = \"lognormal\", median = 0, sigma = 1 }"),
                 "mold.cost.median", "must be > 0"),
        RuleCase("lognormal sigma negative", moldCost("{ dist = \"lognormal\", median = 10, sigma = -0.1 }"),
                 "mold.cost.sigma", "must be ≥ 0"),
        RuleCase("lognormal sigma too large", moldCost("{ dist = \"lognormal\", median = 10, sigma = 11 }"),
                 "mold.cost.sigma", "too large: at most 10"),
        RuleCase("gamma shape zero", moldCost("{ dist = \"gamma\", shape = 0, scale = 1 }"), "mold.cost.shape", "must be ≥ 0.001 (range 0.001 to 1e7; got 0)"),
        RuleCase("gamma scale negative", moldCost("{ dist = \"gamma\", shape = 1, scale = -1 }"), "mold.cost.scale", "must be > 0"),
        RuleCase("gamma mean too large", moldCost("{ dist = \"gamma\", shape = 1e6, scale = 1e7 }"), "mold.cost",
                 "mean shape × scale (10000000000000) too large: at most 1e12"),
        RuleCase("beta alpha zero", moldCost("{ dist = \"beta\", alpha = 0, beta = 1 }"), "mold.cost.alpha", "must be ≥ 0.001 (range 0.001 to 100000; got 0)"),
        RuleCase("beta beta negative", moldCost("{ dist = \"beta\", alpha = 1, beta = -2 }"), "mold.cost.beta", "must be ≥ 0.001"),
        RuleCase("empirical values empty", moldCost("{ dist = \"empirical\", values = [] }"), "mold.cost.values",
                 "must not be empty"),
        RuleCase("empirical values missing", moldCost("{ dist = \"empirical\" }"), "mold.cost.values", "missing required key"),
        RuleCase("empirical values not an array", moldCost("{ dist = \"empirical\", values = 5 }"), "mold.cost.values",
                 "expected an array of numbers, found an integer"),
        RuleCase("empirical value negative", moldCost("{ dist = \"empirical\", values = [1, -3] }"), "mold.cost.values[1]",
                 "must be ≥ 0"),
        RuleCase("empirical value a string", moldCost("{ dist = \"empirical\", values = [\"1\"] }"), "mold.cost.values[0]",
                 "expected a number, found a string"),
        RuleCase("empirical weights length", moldCost("{ dist = \"empirical\", values = [1, 2, 3], weights = [1, 2] }"),
                 "mold.cost.weights", "has 2 entries but values has 3"),
        RuleCase("empirical weight negative", moldCost("{ dist = \"empirical\", values = [1, 2], weights = [-1, 2] }"),
                 "mold.cost.weights[0]", "must be ≥ 0"),
        RuleCase("empirical weights all zero", moldCost("{ dist = \"empirical\", values = [1, 2], weights = [0, 0] }"),
                 "mold.cost.weights", "must not all be 0"),
        RuleCase("empirical weight too large", moldCost("{ dist = \"empirical\", values = [1, 2], weights = [1e308, 1e308] }"),
                 "mold.cost.weights[0]", "too large: at most 1e12"),
    ]

    @Test(arguments: rules) func familyRules(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func aWrongFamilyIsReportedOnceNotFieldByField() {
        let problems = scenarioProblems(Self.moldCost("{ dist = \"poisson\", lambda = 3 }"))
        #expect(problems.map(\.keyPath) == ["mold.cost.dist"])
    }

    @Test func normalAndBetaMayReachBelowZeroButBoundedFamiliesMayNot() throws {
        // A normal spec's negative draws are clamped by the model; a beta lives on [0, 1].
        #expect(throws: Never.self) { try ScenarioLoader.parse(Self.moldCost("{ dist = \"normal\", mean = 0, sd = 10 }"), file: "t") }
        #expect(throws: Never.self) { try ScenarioLoader.parse(Self.moldCost("{ dist = \"beta\", alpha = 1, beta = 1 }"), file: "t") }
        expectProblem(Self.moldCost("{ dist = \"triangular\", min = -1, mode = 0, max = 1 }"), at: "mold.cost.min", "must be ≥ 0")
    }
}
