import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// One test per rule of DESIGN §2 on plain values: each bad input names its key path and its fault.
@Suite struct ScenarioValidationTests {
    static let scenarioRules: [RuleCase] = [
        RuleCase("trials below 1", F.minimal(extra: "[scenario]\ntrials = 0"),
                 "scenario.trials", "must be between 1 and 1000000000"),
        RuleCase("trials above 1e9", F.minimal(extra: "[scenario]\ntrials = 1_000_000_001"),
                 "scenario.trials", "must be between 1 and 1000000000"),
        RuleCase("trials fractional", F.minimal(extra: "[scenario]\ntrials = 2.5"),
                 "scenario.trials", "must be a whole number"),
        RuleCase("trials a string", F.minimal(extra: "[scenario]\ntrials = \"many\""),
                 "scenario.trials", "expected a whole number, found a string"),
        RuleCase("trials infinite", F.minimal(extra: "[scenario]\ntrials = inf"),
                 "scenario.trials", "must be a finite number"),
        RuleCase("seed negative", F.minimal(extra: "[scenario]\nseed = -1"),
                 "scenario.seed", "must be a whole number from 0 to 18446744073709551615"),
        RuleCase("seed beyond UInt64 as a float", F.minimal(extra: "[scenario]\nseed = 1e20"),
                 "scenario.seed", "must be a whole number from 0 to 18446744073709551615"),
        RuleCase("seed fractional", F.minimal(extra: "[scenario]\nseed = 0.5"),
                 "scenario.seed", "must be a whole number"),
        RuleCase("name empty", F.minimal(extra: "[scenario]\nname = \"  \""),
                 "scenario.name", "must not be empty"),
        RuleCase("name a number", F.minimal(extra: "[scenario]\nname = 5"),
                 "scenario.name", "expected a string, found an integer"),
        RuleCase("scenario not a table", F.minimal(extra: "scenario = 5").movingLastLineToTop(),
                 "scenario", "expected a table, found an integer"),
    ]

    static let productRules: [RuleCase] = [
        RuleCase("unit_price zero", F.minimal(product: "[product]\nunit_price = 0\nunit_cost = 3\nstock = 1000"),
                 "product.unit_price", "must be ≥ 0.0001 (range 0.0001 to 1e6 yuan a unit; got 0)"),
        RuleCase("unit_cost negative", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = -1\nstock = 1000"),
                 "product.unit_cost", "must be ≥ 0"),
        RuleCase("stock zero", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = 0"),
                 "product.stock", "must be ≥ 1 (range 1 to 1e9 units, whole; got 0)"),
        RuleCase("stock negative", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = -5"),
                 "product.stock", "must be ≥ 1"),
        RuleCase("stock too large", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = 2e12"),
                 "product.stock", "too large: at most 1e9"),
        RuleCase("price not above salvage", F.withProductLine("salvage_value = 12"),
                 "product.unit_price", "unit_price (10) must be greater than salvage_value (12)"),
        RuleCase("price equal to salvage", F.withProductLine("salvage_value = 10.0"),
                 "product.unit_price", "unit_price (10) must be greater than salvage_value (10)"),
        RuleCase("salvage too negative", F.withProductLine("salvage_value = -2e12"),
                 "product.salvage_value", "must be ≥ -1e6"),
        RuleCase("price too large", F.minimal(product: "[product]\nunit_price = 1.5e12\nunit_cost = 3\nstock = 1000"),
                 "product.unit_price", "too large: at most 1e6"),
        RuleCase("price NaN", F.minimal(product: "[product]\nunit_price = nan\nunit_cost = 3\nstock = 1000"),
                 "product.unit_price", "must be a finite number"),
        RuleCase("cost +inf", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = +inf\nstock = 1000"),
                 "product.unit_cost", "must be a finite number"),
        RuleCase("salvage -inf", F.withProductLine("salvage_value = -inf"),
                 "product.salvage_value", "must be a finite number"),
        RuleCase("stock a string", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = \"lots\""),
                 "product.stock", "expected a number, found a string"),
        RuleCase("stock a boolean", F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = true"),
                 "product.stock", "expected a number, found a boolean"),
        RuleCase("price missing", F.minimal(product: "[product]\nunit_cost = 3\nstock = 1000"),
                 "product.unit_price", "missing required key"),
        RuleCase("product missing", F.minimal(product: ""),
                 "product", "missing required table"),
        RuleCase("product not a table", F.minimal(product: "product = 5"),
                 "product", "expected a table, found an integer"),
    ]

    static let moldAndWindowRules: [RuleCase] = [
        RuleCase("capacity zero", F.withMoldLine("capacity_per_day = 0"),
                 "mold.capacity_per_day", "must be ≥ 0.001 (range 0.001 to 1e9 units a day; got 0)"),
        RuleCase("capacity too large", F.withMoldLine("capacity_per_day = 1e13"),
                 "mold.capacity_per_day", "too large: at most 1e9"),
        RuleCase("mold cost missing", F.minimal(mold: "[mold]\ndays = 25"),
                 "mold.cost", "missing required key"),
        RuleCase("mold days missing", F.minimal(mold: "[mold]\ncost = 1"),
                 "mold.days", "missing required key"),
        RuleCase("mold cost negative", F.minimal(mold: "[mold]\ncost = -5\ndays = 25"),
                 "mold.cost", "must be ≥ 0"),
        RuleCase("mold cost too large", F.minimal(mold: "[mold]\ncost = 2e12\ndays = 25"),
                 "mold.cost", "too large: at most 1e12"),
        RuleCase("mold days too large", F.minimal(mold: "[mold]\ncost = 1\ndays = 100001"),
                 "mold.days", "too large: at most 3650 (range 0 to 3650 days; got 100001)"),
        RuleCase("mold missing", F.minimal(mold: ""), "mold", "missing required table"),
        RuleCase("season zero", F.minimal(extra: "[window]\nseason_days = 0"),
                 "window.season_days", "must be ≥ 1"),
        RuleCase("season too long", F.minimal(extra: "[window]\nseason_days = 1e6"),
                 "window.season_days", "too large: at most 3650"),
        RuleCase("peak share above 1", F.minimal(extra: "[window]\npeak_share = 1.5"),
                 "window.peak_share", "must be between 0 and 1"),
        RuleCase("peak share negative", F.minimal(extra: "[window]\npeak_share = -0.1"),
                 "window.peak_share", "must be between 0 and 1"),
        RuleCase("window not a table", F.minimal(extra: "window = [1]").movingLastLineToTop(),
                 "window", "expected a table, found an array"),
    ]

    static let cycleRules: [RuleCase] = [
        RuleCase("commit negative", F.minimal(cycles: "[cycles.a]\ncommit_days_before_window = -1\ndemand = { units = 800 }"),
                 "cycles.a.commit_days_before_window", "must be ≥ 0"),
        RuleCase("commit missing", F.minimal(cycles: "[cycles.a]\ndemand = { units = 800 }"),
                 "cycles.a.commit_days_before_window", "missing required key"),
        RuleCase("commit too far", F.minimal(cycles: "[cycles.a]\ncommit_days_before_window = 200000\ndemand = { units = 800 }"),
                 "cycles.a.commit_days_before_window", "too large: at most 3650"),
        RuleCase("demand missing", F.minimal(cycles: "[cycles.a]\ncommit_days_before_window = 9"),
                 "cycles.a.demand", "missing required key"),
        RuleCase("rework probability above 1", F.withCycleLine("rework_probability = 1.2"),
                 "cycles.a.rework_probability", "must be between 0 and 1"),
        RuleCase("rework probability negative", F.withCycleLine("rework_probability = -0.2"),
                 "cycles.a.rework_probability", "must be between 0 and 1"),
        RuleCase("rework days needed", F.withCycleLine("rework_probability = 0.3\nrework_cost = 10"),
                 "cycles.a.rework_days", "missing required key (needed because rework_probability > 0)"),
        RuleCase("rework cost needed", F.withCycleLine("rework_probability = 0.3\nrework_days = 10"),
                 "cycles.a.rework_cost", "missing required key (needed because rework_probability > 0)"),
        RuleCase("rework days negative even when optional", F.withCycleLine("rework_days = -3"),
                 "cycles.a.rework_days", "must be ≥ 0"),
        RuleCase("rework cost too large", F.withCycleLine("rework_probability = 0.3\nrework_days = 1\nrework_cost = 1e13"),
                 "cycles.a.rework_cost", "too large: at most 1e12"),
        RuleCase("fixed cost negative", F.withCycleLine("fixed_cost = -1"),
                 "cycles.a.fixed_cost", "must be ≥ 0"),
        RuleCase("research days below 0", F.withCycleLine("research_days = { dist = \"triangular\", min = -2, mode = 1, max = 3 }"),
                 "cycles.a.research_days.min", "must be ≥ 0"),
        RuleCase("mold days below 0", F.withCycleLine("mold_days = { dist = \"uniform\", min = -1, max = 3 }"),
                 "cycles.a.mold_days.min", "must be ≥ 0"),
        RuleCase("cycle not a table", F.minimal(cycles: "[cycles]\na = 5"),
                 "cycles.a", "expected a table (one development cycle), found an integer"),
        RuleCase("no cycle", F.minimal(cycles: "[cycles]"),
                 "cycles", "needs at least one cycle"),
        RuleCase("cycles missing", F.minimal(cycles: ""),
                 "cycles", "missing required table"),
        RuleCase("cycle with empty name", F.minimal(cycles: "[cycles.\"\"]\ncommit_days_before_window = 1\ndemand = { units = 1 }"),
                 "cycles.\"\"", "a cycle needs a non-empty name"),
    ]

    static let demandRules: [RuleCase] = [
        RuleCase("drift negative", F.withDemand("{ units = 800, drift_per_30_days = -0.1 }"),
                 "cycles.a.demand.drift_per_30_days", "must be ≥ 0"),
        RuleCase("drift NaN", F.withDemand("{ units = 800, drift_per_30_days = nan }"),
                 "cycles.a.demand.drift_per_30_days", "must be a finite number"),
        RuleCase("both forms", F.withDemand("{ units = 800, visitors = 5000, impressions = 10, orders = 1 }"),
                 "cycles.a.demand", "has both 'units' and 'visitors'"),
        RuleCase("neither form", F.withDemand("{ drift_per_30_days = 0.1 }"),
                 "cycles.a.demand", "needs exactly one of 'units'"),
        RuleCase("visitors without impressions", F.withDemand("{ visitors = 5000, orders = 1 }"),
                 "cycles.a.demand.impressions", "missing required key"),
        RuleCase("visitors without orders", F.withDemand("{ visitors = 5000, impressions = 10 }"),
                 "cycles.a.demand.orders", "missing required key"),
        RuleCase("units with impressions", F.withDemand("{ units = 800, impressions = 10 }"),
                 "cycles.a.demand.impressions", "only allowed with 'event_impressions' (the signals form)"),
        RuleCase("units with orders", F.withDemand("{ units = 800, orders = 1 }"),
                 "cycles.a.demand.orders", "only allowed with 'event_impressions' (the signals form)"),
        RuleCase("units with a prior", F.withDemand("{ units = 800, prior_alpha = 2 }"),
                 "cycles.a.demand.prior_alpha", "only allowed with 'event_impressions' (the signals form)"),
        RuleCase("orders above impressions", F.withDemand("{ visitors = 5000, impressions = 20, orders = 30 }"),
                 "cycles.a.demand.orders", "orders (30) must be ≤ impressions (20)"),
        RuleCase("orders negative", F.withDemand("{ visitors = 5000, impressions = 20, orders = -1 }"),
                 "cycles.a.demand.orders", "must be ≥ 0"),
        RuleCase("impressions negative", F.withDemand("{ visitors = 5000, impressions = -20, orders = 0 }"),
                 "cycles.a.demand.impressions", "must be ≥ 0"),
        RuleCase("prior alpha zero", F.withDemand("{ visitors = 5000, impressions = 20, orders = 1, prior_alpha = 0 }"),
                 "cycles.a.demand.prior_alpha", "must be ≥ 0.001"),
        RuleCase("prior beta negative", F.withDemand("{ visitors = 5000, impressions = 20, orders = 1, prior_beta = -1 }"),
                 "cycles.a.demand.prior_beta", "must be ≥ 0.001"),
        RuleCase("units below 0", F.withDemand("{ units = { dist = \"uniform\", min = -5, max = 10 } }"),
                 "cycles.a.demand.units.min", "must be ≥ 0"),
        RuleCase("visitors too many", F.withDemand("{ visitors = 2e12, impressions = 20, orders = 1 }"),
                 "cycles.a.demand.visitors", "too large: at most 1e12"),
        RuleCase("visitors sigma negative",
                 F.withDemand("{ visitors = { dist = \"lognormal\", median = 5000, sigma = -1 }, impressions = 20, orders = 1 }"),
                 "cycles.a.demand.visitors.sigma", "must be ≥ 0"),
        RuleCase("demand not a table", F.withDemand("5"),
                 "cycles.a.demand", "expected a table with units = … or event_impressions = …, found an integer"),
    ]

    static let analysisAndDecisionRules: [RuleCase] = [
        RuleCase("stock levels empty", F.minimal(extra: "[analysis]\nstock_levels = []"),
                 "analysis.stock_levels", "must not be empty"),
        RuleCase("stock level zero", F.minimal(extra: "[analysis]\nstock_levels = [100, 200, 0]"),
                 "analysis.stock_levels[2]", "must be ≥ 1"),
        RuleCase("stock level a string", F.minimal(extra: "[analysis]\nstock_levels = [100, \"x\"]"),
                 "analysis.stock_levels[1]", "expected a number, found a string"),
        RuleCase("stock level too large", F.minimal(extra: "[analysis]\nstock_levels = [2e12]"),
                 "analysis.stock_levels[0]", "too large: at most 1e9"),
        RuleCase("stock levels not an array", F.minimal(extra: "[analysis]\nstock_levels = 5"),
                 "analysis.stock_levels", "expected an array of stock levels (numbers), found an integer"),
        RuleCase("max loss probability above 1", F.minimal(extra: "[decision]\nmax_loss_probability = 2"),
                 "decision.max_loss_probability", "must be between 0 and 1"),
        RuleCase("max loss probability a string", F.minimal(extra: "[decision]\nmax_loss_probability = \"20%\""),
                 "decision.max_loss_probability", "expected a number, found a string"),
    ]

    @Test(arguments: scenarioRules) func scenarioSection(_ rule: RuleCase) { check(rule) }
    @Test(arguments: productRules) func productSection(_ rule: RuleCase) { check(rule) }
    @Test(arguments: moldAndWindowRules) func moldAndWindowSections(_ rule: RuleCase) { check(rule) }
    @Test(arguments: cycleRules) func cycleTables(_ rule: RuleCase) { check(rule) }
    @Test(arguments: demandRules) func demandTables(_ rule: RuleCase) { check(rule) }
    @Test(arguments: analysisAndDecisionRules) func analysisAndDecisionSections(_ rule: RuleCase) { check(rule) }

    private func check(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func reworkDistributionsAreCheckedOnlyOnceEach() {
        // rework_probability > 0 with both missing: exactly two problems, nothing else.
        let problems = scenarioProblems(F.withCycleLine("rework_probability = 0.3"))
        #expect(problems.map(\.keyPath) == ["cycles.a.rework_days", "cycles.a.rework_cost"])
    }
}
