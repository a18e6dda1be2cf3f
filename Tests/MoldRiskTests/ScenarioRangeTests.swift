import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Every numeric key has a documented range and is refused
/// outside it with the range named; the size of a scenario and the work it asks for are
/// limited; a scenario at the ends of every range runs without a non-finite figure.
@Suite(TestTimeLimit.minutes(20)) struct ScenarioRangeTests {
    typealias F = ScenarioFixtures

    // MARK: Absurd but finite values (item 5) and the hang (item 2)

    static let absurd: [RuleCase] = [
        RuleCase("subnormal price", F.minimal(product: "[product]\nunit_price = 1e-320\nunit_cost = 0\nstock = 1000"),
                 "product.unit_price", "must be ≥ 0.0001 (range 0.0001 to 1e6 yuan a unit; got 1e-320)"),
        RuleCase("tiny capacity", F.withMoldLine("capacity_per_day = 2.2e-308"),
                 "mold.capacity_per_day", "must be ≥ 0.001 (range 0.001 to 1e9 units a day"),
        RuleCase("tiny stock", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = 2.2e-308"),
                 "product.stock", "must be ≥ 1 (range 1 to 1e9 units, whole"),
        RuleCase("fractional stock", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = 1000.5"),
                 "product.stock", "must be a whole number (range 1 to 1e9 units, whole; got 1000.5)"),
        RuleCase("huge drift", F.withDemand("{ units = 800, drift_per_30_days = 1e200 }"),
                 "cycles.a.demand.drift_per_30_days", "too large: at most 5 (range 0 to 5; got 1e+200)"),
        RuleCase("huge PERT lambda", F.minimal(mold: "[mold]\ncost = { dist = \"pert\", min = 1, mode = 2, max = 3, lambda = 1e308 }\ndays = 25"),
                 "mold.cost.lambda", "too large: at most 1000 (range above 0 to 1000"),
        RuleCase("subnormal beta", F.minimal(mold: "[mold]\ncost = { dist = \"beta\", alpha = 1e-320, beta = 1e-320 }\ndays = 25"),
                 "mold.cost.alpha", "must be ≥ 0.001 (range 0.001 to 100000"),
        RuleCase("huge beta", F.minimal(mold: "[mold]\ncost = { dist = \"beta\", alpha = 1e6, beta = 1e6 }\ndays = 25"),
                 "mold.cost.beta", "too large: at most 100000"),
        RuleCase("tiny gamma shape", F.minimal(mold: "[mold]\ncost = { dist = \"gamma\", shape = 1e-9, scale = 1 }\ndays = 25"),
                 "mold.cost.shape", "must be ≥ 0.001"),
        RuleCase("days beyond ten years", F.withCycleLine("research_days = { dist = \"uniform\", min = 0, max = 4000 }"),
                 "cycles.a.research_days.max", "too large: at most 3650 (range 0 to 3650 days"),
        RuleCase("orders beyond a test listing", F.withDemand("{ visitors = 1e6, impressions = 1e8, orders = 2e5 }"),
                 "cycles.a.demand.orders", "too large: at most 100000"),
        RuleCase("impressions", F.withDemand("{ visitors = 1e6, impressions = 2e9, orders = 0 }"),
                 "cycles.a.demand.impressions", "too large: at most 1e9"),
        RuleCase("unit cost", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 2e6\nstock = 1000"),
                 "product.unit_cost", "too large: at most 1e6"),
        RuleCase("normal mean below the range", F.minimal(mold: "[mold]\ncost = { dist = \"normal\", mean = -2e12, sd = 1 }\ndays = 25"),
                 "mold.cost.mean", "must be ≥ -1e12"),
        RuleCase("empirical weight", F.minimal(mold: "[mold]\ncost = { dist = \"empirical\", values = [1], weights = [1e13] }\ndays = 25"),
                 "mold.cost.weights[0]", "too large: at most 1e12"),
    ]

    @Test(arguments: absurd)
    func absurdValuesAreRefusedWithTheRange(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    /// `--set …drift_per_30_days=1e200 --set …commit_days_before_window=0` hung in the binomial
    /// (s² · 0 = NaN); the overrides now meet the same range as the file.
    @Test func hangingOverridesAreRefused() throws {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/rinse-cups.toml"), encoding: .utf8)
        do {
            _ = try ScenarioLoader.parse(text, file: "rinse-cups.toml", overrides: [
                "cycles.data_driven.demand.drift_per_30_days=1e200", "cycles.data_driven.commit_days_before_window=0",
            ])
            Issue.record("accepted")
        } catch {
            #expect(error.description == "rinse-cups.toml: --set cycles.data_driven.demand.drift_per_30_days=1e200: "
                + "cycles.data_driven.demand.drift_per_30_days: too large: at most 5 (range 0 to 5; got 1e+200)")
        }
    }

    // MARK: The ends of every range run clean

    /// Every key at the far end of its range (money, units, days, shapes, drift) …
    static let upperEnds = """
        [scenario]
        trials = 2000
        seed = "18446744073709551615"
        [product]
        unit_price = 1e6
        unit_cost = 1e6
        salvage_value = -1e6
        stock = 1e9
        [mold]
        cost = { dist = "lognormal", median = 1e12, sigma = 10 }
        days = { dist = "gamma", shape = 1e7, scale = 1e-4 }
        capacity_per_day = 0.001
        [window]
        season_days = 3650
        peak_share = 1
        [cycles.a]
        commit_days_before_window = 3650
        fixed_cost = 1e12
        research_days = { dist = "pert", min = 0, mode = 3650, max = 3650, lambda = 1000 }
        mold_days = { dist = "beta", alpha = 1e5, beta = 0.001 }
        rework_probability = 1
        rework_days = { dist = "normal", mean = 3650, sd = 3650 }
        rework_cost = { dist = "empirical", values = [0, 1e12], weights = [1e12, 0.001] }
        demand = { units = { dist = "lognormal", median = 1e12, sigma = 10 }, drift_per_30_days = 5 }
        [cycles.b]
        commit_days_before_window = 0
        demand = { visitors = { dist = "lognormal", median = 1e12, sigma = 10 }, impressions = 1e9, orders = 1e5, prior_alpha = 1e5, prior_beta = 1e5, drift_per_30_days = 5 }
        [cycles.c]
        commit_days_before_window = 3650
        demand = { visitors = 1e12, impressions = 1e5, orders = 1e5, prior_alpha = 1e5, prior_beta = 0.001, drift_per_30_days = 5 }
        [analysis]
        stock_levels = [1, 1e9]
        [decision]
        max_loss_probability = 1
        """

    /// … and at the near end (the smallest prices, shapes and scales, a one-day season).
    static let lowerEnds = """
        [scenario]
        trials = 2000
        seed = 0
        [product]
        unit_price = 0.0001
        unit_cost = 0
        stock = 1
        [mold]
        cost = 0
        days = { dist = "gamma", shape = 0.001, scale = 1e-300 }
        capacity_per_day = 1e9
        [window]
        season_days = 1
        [cycles.a]
        commit_days_before_window = 0
        research_days = { dist = "lognormal", median = 1e-300, sigma = 10 }
        demand = { units = { dist = "gamma", shape = 0.001, scale = 1e-300 }, drift_per_30_days = 5 }
        [cycles.b]
        commit_days_before_window = 1
        demand = { visitors = { dist = "beta", alpha = 0.001, beta = 0.001 }, impressions = 0, orders = 0, prior_alpha = 0.001, prior_beta = 0.001 }
        [analysis]
        stock_levels = [1]
        [decision]
        max_loss_probability = 0
        """

    /// No figure of the JSON report is null (non-finite), with the tornado and the lead search on
    /// as `run` computes them, except where the README says why.
    @Test(arguments: [upperEnds, lowerEnds])
    func scenarioAtTheEndsOfEveryRangeHasOnlyFiniteFigures(text: String) throws {
        let scenario = try parseScenario(text)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, sensitivity: true, searchLead: true))
        let json = try JSONSerialization.jsonObject(with: Data(ReportRenderer.render(result, as: .json).utf8))
        var nulls: [String] = []
        func walk(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { walk(inner, path + "." + key) }
            } else if let array = value as? [Any] {
                for (i, inner) in array.enumerated() { walk(inner, path + "[\(i)]") }
            } else if value is NSNull {
                nulls.append(path)
            }
        }
        walk(json, "")
        #expect(nulls.contains(".convergence"))
        let unexplained = nulls.filter { !JSONReport.nullableKeys.contains(String($0.split(separator: ".").last ?? "")) }
        #expect(unexplained == [])
    }

    /// The README explains every key that may be null.
    @Test func theReadmeNamesEveryKeyThatMayBeNull() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "`null` never stands for a figure"))
        let paragraph = readme[start.lowerBound...].prefix(1200)
        for key in JSONReport.nullableKeys.sorted() {
            #expect(paragraph.contains("\(key)`"), "README does not explain a null \(key)")
        }
    }

    // MARK: Seeds up to 2^64 − 1 (item 8)

    @Test(arguments: [
        ("\"18446744073709551615\"", UInt64.max), ("\"0xffffffffffffffff\"", UInt64.max),
        ("\"9_223_372_036_854_775_808\"", UInt64(1) << 63), ("9223372036854775807", UInt64(Int64.max)), ("0", 0),
    ])
    func seedsUpTo2To64Minus1AreAccepted(written: String, seed: UInt64) throws {
        #expect(try parseScenario(F.minimal(extra: "[scenario]\nseed = \(written)")).seed == seed)
    }

    @Test(arguments: ["\"18446744073709551616\"", "\"-1\"", "\"twelve\"", "\"\"", "\"+5\""])
    func badSeedStringsAreRefused(written: String) {
        expectProblem(F.minimal(extra: "[scenario]\nseed = \(written)"), at: "scenario.seed",
                      "is not a seed: must be a whole number from 0 to 18446744073709551615")
    }

    // MARK: Limits on size and work (item 4)

    @Test func tooManyStockLevelsAreRefused() {
        let levels = (1...51).map { String($0 * 10) }.joined(separator: ", ")
        expectProblem(F.minimal(extra: "[analysis]\nstock_levels = [\(levels)]"), at: "analysis.stock_levels",
                      "has 51 stock levels: at most 50")
        let fifty = (1...50).map { String($0 * 10) }.joined(separator: ", ")
        #expect((try? ScenarioLoader.parse(F.minimal(extra: "[analysis]\nstock_levels = [\(fifty)]"), file: "x.toml")) != nil)
    }

    @Test func tooManyCyclesAreRefused() {
        let cycles = (1...11).map { "[cycles.c\($0)]\ncommit_days_before_window = 9\ndemand = { units = 5 }" }.joined(separator: "\n")
        expectProblem(F.minimal(cycles: cycles), at: "cycles", "has 11 cycles: at most 10")
    }

    @Test func longNamesAreRefused() {
        let long = String(repeating: "杯", count: 201)
        expectProblem(F.minimal(extra: "[scenario]\nname = \"\(long)\""), at: "scenario.name",
                      "too long: 201 characters, at most 200")
        let cycle = String(repeating: "c", count: 65)
        expectProblem(F.minimal(cycles: "[cycles.\(cycle)]\ncommit_days_before_window = 9\ndemand = { units = 5 }"),
                      at: "cycles.\(cycle)", "a cycle's name is too long: 65 characters, at most 64")
    }

    @Test func tooManyEmpiricalValuesAreRefused() {
        let values = Array(repeating: "1", count: 100_001).joined(separator: ",")
        expectProblem(F.minimal(mold: "[mold]\ncost = { dist = \"empirical\", values = [\(values)] }\ndays = 25"),
                      at: "mold.cost.values", "has 100001 values: at most 100000")
    }

    @Test func tooBigAFileIsRefusedBeforeParsing() throws {
        let text = F.minimal() + "# " + String(repeating: "x", count: 1 << 20) + "\n"
        #expect(scenarioProblems(text).map(\.message) == ["is \(text.utf8.count) bytes: a scenario file may be at most 1048576 bytes (1 MiB)"])
        let folder = try CLI.scratchFolder()
        let url = try CLI.write(text, "big.toml", in: folder)
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: url.path) }
    }

    /// The estimated CPU time (`RunCost`): 1e9 trials × 51 stock levels × 2 cycles is refused, in
    /// the file, by `--set` and for `--trials` (`Scenario.workProblem`), naming the limit.
    @Test func tooMuchWorkIsRefused() throws {
        let levels = (1...50).map { String($0 * 10) }.joined(separator: ", ")
        let twoCycles = F.cycles + "\n[cycles.b]\ncommit_days_before_window = 9\ndemand = { units = 5 }"
        let text = F.minimal(cycles: twoCycles, extra: "[analysis]\nstock_levels = [\(levels)]")
        let scenario = try parseScenario(text)  // 100,000 trials
        #expect(scenario.workProblem() == nil)
        let limit = "more than the limit of \(RunCost.durationText(ScenarioRanges.Limits.workCPUSeconds)) of CPU time"
        let problem = try #require(scenario.workProblem(trials: 1_000_000_000))
        #expect(problem.hasPrefix("needs about ") && problem.contains("(the simulation ") && problem.contains(limit)
                && problem.hasSuffix("use fewer trials, stock levels, cycles, seasons or listing sizes"), "\(problem)")
        expectProblem(text + "[scenario]\ntrials = 1e9\n", at: "scenario.trials", limit)
        do {
            _ = try ScenarioLoader.parse(text, file: "x.toml", overrides: ["scenario.trials=1_000_000_000"])
            Issue.record("accepted")
        } catch {
            #expect(error.problems.map(\.overrideArgument) == ["scenario.trials=1_000_000_000"])
        }
    }

    // MARK: The README's table

    /// The README lists every key's range and every limit: the table in code, word for word.
    @Test func readmeHoldsTheRangeTable() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(ScenarioRanges.markdownTable), "README.md should contain:\n\(ScenarioRanges.markdownTable)")
    }

    /// Every key of the schema that takes a number appears in the table.
    @Test func tableNamesEveryNumericKey() {
        let table = ScenarioRanges.markdownTable
        let numeric = ["trials", "seed", "unit_price", "unit_cost", "salvage_value", "stock", "cost", "days",
                       "capacity_per_day", "season_days", "peak_share", "commit_days_before_window", "fixed_cost",
                       "research_days", "mold_days", "rework_days", "rework_probability", "rework_cost", "units",
                       "visitors", "impressions", "orders", "prior_alpha", "prior_beta", "drift_per_30_days",
                       "stock_levels", "max_loss_probability", "lambda", "sigma", "shape", "alpha", "weights"]
        for key in numeric { #expect(table.contains(key), "\(key) missing") }
    }

    @Test func rangeTextNamesTheBounds() {
        #expect(ScenarioRanges.unitPrice.text == "0.0001 to 1e6 yuan a unit")
        #expect(ScenarioRanges.pertLambda.text == "above 0 to 1000")
        #expect(ScenarioRanges.stock.text == "1 to 1e9 units, whole")
        #expect(ValueRange.boundText(-1e6) == "-1e6" && ValueRange.boundText(3650) == "3650")
    }
}
