import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// Parses `text` with `overrides`, expecting success.
private func parse(_ text: String, _ overrides: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Scenario {
    do {
        return try ScenarioLoader.parse(text, file: "test.toml", overrides: overrides)
    } catch {
        Issue.record("unexpected scenario error:\n\(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Parses `text` with `overrides`, expecting failure; returns the error.
private func failure(_ text: String, _ overrides: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ScenarioError {
    do {
        let scenario = try ScenarioLoader.parse(text, file: "test.toml", overrides: overrides)
        Issue.record("expected a scenario error, got \(scenario)", sourceLocation: sourceLocation)
        return ScenarioError(file: "test.toml", problems: [])
    } catch {
        return error
    }
}

/// `--set KEY=VALUE` overrides: applied to the TOML document before validation, so they are
/// validated exactly like the file; problems name the override; `Scenario.overrides` records them.
@Suite struct ScenarioOverrideTests {
    // MARK: - Each kind of override

    @Test func aNumberReplacesTheFilesValueBeforeDefaultsAreDerived() throws {
        let plain = try parse(F.minimal(), [])
        let scenario = try parse(F.minimal(), ["product.stock=80000"])
        #expect(plain.product.stock == 1000)
        #expect(scenario.product.stock == 80000)
        // The default stock levels come from the overridden stock: the override is in the document.
        #expect(scenario.stockLevels == [20000, 40000, 60000, 80000, 100000, 120000])
        #expect(plain.overrides.isEmpty)
        #expect(scenario.overrides == [ScenarioOverride(keyPath: "product.stock", value: "80000")])
    }

    @Test func anInlineDistributionTableReplacesANumber() throws {
        let value = #"{ dist = "triangular", min = 200_000, mode = 300_000, max = 900_000 }"#
        let scenario = try parse(F.minimal(), ["mold.cost=\(value)"])
        #expect(scenario.mold.cost == .triangular(min: 200_000, mode: 300_000, max: 900_000))
        #expect(scenario.overrides == [ScenarioOverride(keyPath: "mold.cost", value: value)])
    }

    @Test func aKeyInsideADistributionTable() throws {
        let scenario = try parse(F.designExample, ["mold.cost.mode=300000"])
        #expect(scenario.mold.cost == .pert(min: 150_000, mode: 300_000, max: 800_000, lambda: 4))
        let demand = try parse(F.designExample, ["cycles.traditional.demand.units.median=50_000"])
        #expect(demand.cycles[0].demand.source == .units(.lognormal(median: 50_000, sigma: 0.6)))
    }

    @Test func aKeyOrTableTheFileOmitted() throws {
        let scenario = try parse(F.minimal(), ["window.peak_share=0.3", "decision.max_loss_probability=0.1",
                                               "cycles.a.fixed_cost=5000", #"scenario.name="杯子 cup""#])
        #expect(scenario.window == SalesWindow(seasonDays: 30, peakShare: 0.3))
        #expect(scenario.maxLossProbability == 0.1)
        #expect(scenario.cycles[0].fixedCost == 5000)
        #expect(scenario.name == "杯子 cup")
    }

    @Test(arguments: [#"cycles."数据驱动".fixed_cost=30000"#, "cycles.数据驱动.fixed_cost=30000",
                      #"cycles . '数据驱动' . fixed_cost = 30000"#])
    func aChineseCycleNameQuotedOrBare(_ raw: String) throws {
        let text = F.minimal(cycles: """
        [cycles."传统"]
        commit_days_before_window = 100
        demand = { units = 800 }

        [cycles."数据驱动"]
        commit_days_before_window = 60
        demand = { units = 900 }
        """)
        let scenario = try parse(text, [raw])
        #expect(scenario.cycles.map(\.name) == ["传统", "数据驱动"])
        #expect(scenario.cycles.map(\.fixedCost) == [0, 30000])
        #expect(scenario.overrides == [ScenarioOverride(keyPath: "cycles.数据驱动.fixed_cost", value: "30000")])
    }

    @Test func aNameThatNeedsQuotesStaysQuotedInTheRecordedKeyPath() throws {
        let text = F.minimal(cycles: "[cycles.\"fast track\"]\ncommit_days_before_window = 9\ndemand = { units = 1 }")
        let scenario = try parse(text, [#"cycles."fast track".commit_days_before_window=12"#])
        #expect(scenario.cycles[0].commitDaysBeforeWindow == 12)
        #expect(scenario.overrides.map(\.keyPath) == [#"cycles."fast track".commit_days_before_window"#])
    }

    @Test func theLaterOverrideOfAKeyWinsAndAloneIsRecorded() throws {
        let scenario = try parse(F.minimal(), ["product.stock=5000", "product.unit_cost=4", "product.stock=7000"])
        #expect(scenario.product.stock == 7000)
        #expect(scenario.product.unitCost == 4)
        #expect(scenario.overrides == [ScenarioOverride(keyPath: "product.unit_cost", value: "4"),
                                       ScenarioOverride(keyPath: "product.stock", value: "7000")])
    }

    @Test func aKeyOverriddenInsideATableOverriddenLaterIsReplacedWithIt() throws {
        let table = #"{ dist = "uniform", min = 1, max = 2 }"#
        let replaced = try parse(F.designExample, ["mold.cost.mode=300000", "mold.cost=\(table)"])
        #expect(replaced.mold.cost == .uniform(min: 1, max: 2))
        #expect(replaced.overrides == [ScenarioOverride(keyPath: "mold.cost", value: table)])
        // The other way round, both apply and both are recorded.
        let refined = try parse(F.designExample, ["mold.cost=\(table)", "mold.cost.max=3"])
        #expect(refined.mold.cost == .uniform(min: 1, max: 3))
        #expect(refined.overrides.map(\.keyPath) == ["mold.cost", "mold.cost.max"])
    }

    @Test func overridesAreRecordedInTheOrderGiven() throws {
        let raws = ["window.season_days = 20", "product.stock=500", "cycles.a.rework_probability=0",
                    "analysis.stock_levels=[100, 300]", "scenario.seed=7"]
        let scenario = try parse(F.minimal(), raws)
        #expect(scenario.overrides.map(\.keyPath) == ["window.season_days", "product.stock", "cycles.a.rework_probability",
                                                      "analysis.stock_levels", "scenario.seed"])
        #expect(scenario.overrides.map(\.value) == ["20", "500", "0", "[100, 300]", "7"])
        #expect(scenario.stockLevels == [100, 300])
        #expect(scenario.seed == 7)
    }

    @Test func cyclesKeepFileOrderAndCyclesCreatedByOverridesGoLastInTheirOrder() throws {
        let text = F.minimal(cycles: """
        [cycles.zeta]
        commit_days_before_window = 1
        demand = { units = 1 }
        [cycles.mid]
        commit_days_before_window = 1
        demand = { units = 1 }
        """)
        let cycle = "{ commit_days_before_window = 2, demand = { units = 2 } }"
        let scenario = try parse(text, ["cycles.b2=\(cycle)", "cycles.mid.fixed_cost=1", "cycles.a1=\(cycle)"])
        #expect(scenario.cycles.map(\.name) == ["zeta", "mid", "b2", "a1"])
        let whole = try parse(text, ["cycles={ yy = \(cycle), xx = \(cycle), zeta = \(cycle) }"])
        #expect(whole.cycles.map(\.name) == ["zeta", "yy", "xx"])
    }

    @Test func anOverrideCanMendTheFile() throws {
        let scenario = try parse(F.withProductLine("salvage_value = 20"), ["product.salvage_value=1"])
        #expect(scenario.product.salvageValue == 1)
    }

    // MARK: - Problems, validated like the file and naming the override

    @Test func anUnknownKeyIsRefusedWithASuggestion() {
        let error = failure(F.minimal(), ["product.stok=5"])
        #expect(error.problems == [.init(keyPath: "product.stok", message: "unknown key 'stok' (did you mean 'stock'?)",
                                         overrideArgument: "product.stok=5")])
        #expect(error.description == "test.toml: --set product.stok=5: product.stok: unknown key 'stok' (did you mean 'stock'?)")
        let table = failure(F.minimal(), ["colour.red=1"])
        #expect(table.problems.map(\.keyPath) == ["colour"])
        let distribution = failure(F.designExample, ["mold.cost.mdoe=3"])
        #expect(distribution.problems.count == 1)
        #expect(distribution.problems.first?.message.hasPrefix("unknown key 'mdoe' (did you mean 'mode'?)") == true)
    }

    @Test func aWrongTypeIsRefused() {
        let error = failure(F.minimal(), [#"product.stock="many""#])
        #expect(error.description == #"test.toml: --set product.stock="many": product.stock: expected a number, found a string"#)
    }

    @Test func anIllegalValueIsRefused() {
        #expect(failure(F.minimal(), ["product.stock=-5"]).description
            == "test.toml: --set product.stock=-5: product.stock: must be ≥ 1 (range 1 to 1e9 units, whole; got -5)")
        let mode = failure(F.designExample, ["mold.cost.mode=900000"])
        #expect(mode.description == "test.toml: --set mold.cost.mode=900000: mold.cost.mode: mode (900000) must be between min (150000) and max (800000)")
    }

    @Test func aValueThatIsNotTOMLIsRefusedWithoutAKeyPath() {
        let error = failure(F.minimal(), ["product.stock=abc"])
        #expect(error.problems.count == 1)
        let problem = error.problems.first
        #expect(problem?.keyPath == "")
        #expect(problem?.overrideArgument == "product.stock=abc")
        #expect(problem?.message.hasPrefix("not a TOML value (") == true)
        #expect(error.description.hasPrefix("test.toml: --set product.stock=abc: not a TOML value ("))
        for raw in ["product.stock=", "product.stock=1 2", "product.stock=[1", "product.stock=1\nproduct = 3"] {
            let message = failure(F.minimal(), [raw]).problems.first?.message ?? ""
            #expect(message.hasPrefix("not a TOML value ("), "\(raw): \(message)")
        }
        let name = failure(F.minimal(), ["scenario.name=Cup"])
        #expect(name.problems.first?.message.contains(#"a string needs quotes: --set 'scenario.name="Cup"'"#) == true)
    }

    @Test func aSubkeyOfANonexistentCycleCreatesAnIncompleteCycle() {
        let error = failure(F.minimal(), ["cycles.fast.fixed_cost=1"])
        #expect(error.description == """
            test.toml: --set cycles.fast.fixed_cost=1: cycles.fast.commit_days_before_window: missing required key
            test.toml: --set cycles.fast.fixed_cost=1: cycles.fast.demand: missing required key
            """)
    }

    @Test func aKeyInsideAValueThatIsNotATableIsRefused() {
        let error = failure(F.minimal(), ["mold.cost.mode=300000"])  // minimal's mold.cost is a number
        #expect(error.problems == [.init(keyPath: "mold.cost",
                                         message: "is an integer, not a table, so it has no key 'mode'; set mold.cost as a whole",
                                         overrideArgument: "mold.cost.mode=300000")])
    }

    @Test func aProblemInAnotherKeyThatTheOverrideCausedNamesIt() {
        let salvage = failure(F.minimal(), ["product.salvage_value=50"])
        #expect(salvage.problems == [.init(keyPath: "product.unit_price",
                                           message: "unit_price (10) must be greater than salvage_value (50)",
                                           overrideArgument: "product.salvage_value=50")])
        let rework = failure(F.minimal(), ["cycles.a.rework_probability=0.5"])
        #expect(rework.problems.map(\.keyPath) == ["cycles.a.rework_days", "cycles.a.rework_cost"])
        #expect(rework.problems.allSatisfy { $0.overrideArgument == "cycles.a.rework_probability=0.5" })
    }

    @Test func theFilesOwnProblemsDoNotNameAnOverride() {
        let error = failure(F.withProductLine("colour = 1"), ["product.stock=5", "product.unit_cost=-1"])
        #expect(error.problems == [
            .init(keyPath: "product.colour", message: "unknown key 'colour'"),
            .init(keyPath: "product.unit_cost", message: "must be ≥ 0 (range 0 to 1e6 yuan a unit; got -1)", overrideArgument: "product.unit_cost=-1"),
        ])
    }

    @Test func everyProblemAtOnceTheOverridesOwnFirst() {
        let error = failure(F.withMoldLine("capacity_per_day = 0"),
                            ["product.stock=-1", "scenario.trials=x", "product.stok=1", "mold.days.min=1"])
        #expect(error.problems.map { "\($0.overrideArgument ?? "file") | \($0.keyPath)" } == [
            "scenario.trials=x | ",
            "mold.days.min=1 | mold.days",
            "product.stok=1 | product.stok",
            "product.stock=-1 | product.stock",
            "file | mold.capacity_per_day",
        ])
    }

    @Test func aFileSyntaxErrorIsReportedWithTheOverridesValueErrors() {
        let error = failure("[product\n", ["product.stock=oops"])
        #expect(error.problems.count == 2)
        #expect(error.problems.first?.position != nil)
        #expect(error.problems.last?.overrideArgument == "product.stock=oops")
    }

    @Test func aMalformedArgumentGivenToTheLibraryIsAProblemToo() {
        let error = failure(F.minimal(), ["product.stock"])
        #expect(error.problems.count == 1)
        #expect(error.problems.first?.message.hasPrefix("not KEY=VALUE: no '='") == true)
    }

    @Test func aNewlineInAnArgumentIsEscapedInTheMessage() {
        let error = failure(F.minimal(), ["product.stock=-1\n"])
        #expect(error.description == #"test.toml: --set product.stock=-1\n: product.stock: must be ≥ 1 (range 1 to 1e9 units, whole; got -1)"#)
    }

    // MARK: - KEY=VALUE syntax (the CLI's usage check)

    @Test func wellFormedArgumentsSplitIntoKeysAndValue() {
        let cases: [(String, [String], String)] = [
            ("product.stock=80000", ["product", "stock"], "80000"),
            (" product . stock = 80000 ", ["product", "stock"], "80000"),
            (#"cycles."数据驱动".fixed_cost=1"#, ["cycles", "数据驱动", "fixed_cost"], "1"),
            ("cycles.数据驱动.fixed_cost=1", ["cycles", "数据驱动", "fixed_cost"], "1"),
            ("cycles.'v1.2'.fixed_cost=1", ["cycles", "v1.2", "fixed_cost"], "1"),
            (#"cycles."a=b".x=1"#, ["cycles", "a=b", "x"], "1"),
            (#"cycles."a\"\u0041".x=1"#, ["cycles", "a\"A", "x"], "1"),
            (#"scenario.name="a=b""#, ["scenario", "name"], #""a=b""#),
            ("product.stock=", ["product", "stock"], ""),
        ]
        for (raw, keys, value) in cases {
            let parsed = ScenarioOverride.parse(raw)
            #expect(parsed?.keys == keys && parsed?.value == value, "\(raw) → \(String(describing: parsed))")
            #expect(ScenarioOverride.usageProblem(in: raw) == nil, "\(raw)")
        }
    }

    @Test(arguments: ["", "product.stock", "=5", " = 5", "a..b=1", ".a=1", "a.=1", #"a."b=1"#, "a[0]=1",
                      "a b=1", "cycles.fast track.x=1", #"a."\q"=1"#])
    func malformedArgumentsAreUsageErrors(_ raw: String) {
        #expect(ScenarioOverride.parse(raw) == nil)
        #expect(ScenarioOverride.usageProblem(in: raw) != nil)
    }

    @Test func usageProblemsSayWhatIsWrong() {
        #expect(ScenarioOverride.usageProblem(in: "product.stock")?.hasPrefix("no '='") == true)
        #expect(ScenarioOverride.usageProblem(in: "=5")?.hasPrefix("empty key") == true)
        #expect(ScenarioOverride.usageProblem(in: "analysis.stock_levels[1]=5")?.contains("set the whole array") == true)
    }
}
