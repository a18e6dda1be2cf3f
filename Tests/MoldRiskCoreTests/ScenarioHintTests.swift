import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// Hints for the slips of a scenario written by hand: a number with thousands separators, a
/// probability written as a percent, a `--set` key without its table.
@Suite struct ScenarioHintTests {
    @Test func aNumberWithCommasGetsTheUnderscoreHint() {
        let text = F.minimal(product: "[product]\nunit_price = 10\nunit_cost = 3\nstock = 50,000")
        let problems = scenarioProblems(text)
        #expect(problems.count == 1)
        #expect(problems.first?.position?.line == 4)
        #expect(problems.first?.message.hasPrefix("TOML syntax error: ") == true)
        #expect(problems.first?.message.hasSuffix("; a number cannot contain ',': write 50_000 or 50000") == true,
                "\(problems)")
    }

    @Test func theCommaHintFindsTheNumberOnTheLineOnly() {
        let hint = TOMLSyntaxHint.thousandsSeparator
        #expect(hint("stock_levels = [40,000, 60,000]") == "; a number cannot contain ',': write 40_000 or 40000")
        #expect(hint("cost = { dist = \"fixed\", value = 1,234,567.5 }")
            == "; a number cannot contain ',': write 1_234_567.5 or 1234567.5")
        #expect(hint("name = \"1,000 cups\" x") == nil)          // inside a string
        #expect(hint("stock = 5 x # was 50,000") == nil)         // inside a comment
        #expect(hint("stock_levels = [40_000, 60_000") == nil)   // a comma between values
        // The line is the syntax error's line, counted at LF (a CRLF file counts the same).
        let text = "a = 1\r\nb = 2,5\r\n"
        #expect(TOMLSyntaxHint.hint(line: 2, of: text) == "; a number cannot contain ',': write 2_5 or 25")
        #expect(TOMLSyntaxHint.hint(line: 1, of: text) == "")
        #expect(TOMLSyntaxHint.hint(line: 9, of: text) == "")
    }

    @Test func aSetValueWithCommasGetsTheHintToo() {
        do {
            _ = try ScenarioLoader.parse(F.minimal(), file: "t.toml", overrides: ["product.stock=50,000"])
            Issue.record("50,000 accepted")
        } catch {
            #expect(error.description.contains("--set product.stock=50,000: not a TOML value ("))
            #expect(error.description.contains("write 50_000 or 50000"))
        }
    }

    static let percents: [(String, String)] = [
        ("20", "must be between 0 and 1 (20 % is 0.20)"),
        ("35", "must be between 0 and 1 (35 % is 0.35)"),
        ("12.5", "must be between 0 and 1 (12.5 % is 0.125)"),
        ("5", "must be between 0 and 1 (5 % is 0.05)"),
        ("100", "must be between 0 and 1 (100 % is 1.00)"),
        ("1.5", "must be between 0 and 1 (1.5 % is 0.015)"),
    ]

    @Test(arguments: percents) func aPercentWhereAProbabilityBelongsIsExplained(value: String, message: String) {
        for (text, path) in [
            (F.withCycleLine("rework_probability = \(value)\nrework_days = 5\nrework_cost = 100"), "cycles.a.rework_probability"),
            (F.minimal(extra: "[window]\npeak_share = \(value)"), "window.peak_share"),
            (F.minimal(extra: "[decision]\nmax_loss_probability = \(value)"), "decision.max_loss_probability"),
        ] {
            let problems = scenarioProblems(text)
            #expect(problems.contains { $0.keyPath == path && $0.message == message }, "\(path): \(problems)")
        }
    }

    @Test func outsideOneToAHundredThereIsNoPercentHint() {
        for value in ["101", "-20", "1e9"] {
            expectProblem(F.minimal(extra: "[window]\npeak_share = \(value)"), at: "window.peak_share", "must be between 0 and 1")
            let problems = scenarioProblems(F.minimal(extra: "[window]\npeak_share = \(value)"))
            #expect(!problems.contains { $0.message.contains("%") }, "\(problems)")
        }
    }

    /// `--set` with a key whose table is missing or wrong: "did you mean" the full key path.
    static let setKeys: [(String, String)] = [
        ("stock=1", "stock: unknown key 'stock' (did you mean product.stock?)"),
        ("seed=3", "seed: unknown key 'seed' (did you mean scenario.seed?)"),
        ("trails=5", "trails: unknown key 'trails' (did you mean scenario.trials?)"),
        ("rework_probability=0.2", "rework_probability: unknown key 'rework_probability' "
            + "(did you mean cycles.traditional.rework_probability or cycles.data_driven.rework_probability?)"),
        ("cycles.traditional.stok=1", "cycles.traditional.stok: unknown key 'stok' (did you mean product.stock?)"),
        ("product.stok=1", "product.stok: unknown key 'stok' (did you mean 'stock'?)"),
        ("foo.bar=1", "foo: unknown key 'foo'"),
    ]

    @Test(arguments: setKeys) func aSetKeyOutsideItsTableSuggestsTheFullPath(override: String, message: String) {
        do {
            _ = try ScenarioLoader.parse(F.designExample, file: "t.toml", overrides: [override])
            Issue.record("\(override) accepted")
        } catch {
            #expect(error.description == "t.toml: --set \(override): \(message)")
        }
    }

    @Test func keyPathSuggestions() {
        let known = ScenarioSchema.keyPaths(cycles: ["a", "数据驱动"])
        #expect(known.map(\.description).contains(#"cycles."数据驱动".demand.drift_per_30_days"#))
        #expect(KeySuggestion.keyPaths(near: ["capacity_per_day"], among: known) == ["mold.capacity_per_day"])
        #expect(KeySuggestion.keyPaths(near: ["fixed_cost"], among: known) == ["cycles.a.fixed_cost", #"cycles."数据驱动".fixed_cost"#])
        #expect(KeySuggestion.keyPaths(near: ["prodcut", "stock"], among: known) == ["product.stock"])
        #expect(KeySuggestion.keyPaths(near: ["nothing_like_it"], among: known).isEmpty)
    }
}
