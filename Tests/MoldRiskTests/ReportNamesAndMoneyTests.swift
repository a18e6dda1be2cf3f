import Testing
@testable import MoldRisk
@testable import MoldRiskReport
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// DESIGN §8.6: English money in ¥ with k/M, cycle labels in every report, inputs named in words.
@Suite struct ReportNamesAndMoneyTests {
    @Test(arguments: [
        (0.0, "¥0"), (0.4, "¥0"), (-0.4, "¥0"), (950, "¥950"), (999.4, "¥999"), (999.6, "¥1k"),
        (1_234, "¥1.23k"), (12_345, "¥12.3k"), (-17_800, "-¥17.8k"), (131_000, "¥131k"), (250_000, "¥250k"),
        (999_700, "¥1M"), (1_190_000, "¥1.19M"), (1_195_000, "¥1.2M"), (12_340_000, "¥12.3M"),
        (2_500_000_000, "¥2.5B"), (Double.nan, "n/a"),
    ])
    func englishMoneyInThousandsAndMillions(_ value: Double, _ text: String) {
        #expect(EnglishStrings().money(value) == text.replacingOccurrences(of: "n/a", with: Fmt.notAvailable))
    }

    @Test func chineseMoneyIn元And万元() {
        #expect(ChineseStrings().money(195_365) == "19.54万元")
        #expect(ChineseStrings().money(-9_300) == "-9,300元")
    }

    static let labelled = ScenarioFixtures.minimal(cycles: """
        [cycles.a]
        label = { en = "Own design team", zh = "自主设计" }
        commit_days_before_window = 90
        demand = { units = 800 }

        [cycles.b]
        label = "数据驱动"
        commit_days_before_window = 60
        demand = { units = 700 }
        """)

    @Test func labelIsOneStringOrOnePerLanguage() throws {
        let scenario = try parseScenario(Self.labelled)
        #expect(scenario.cycles.map { $0.displayName(in: .en) } == ["Own design team", "数据驱动"])
        #expect(scenario.cycles.map { $0.displayName(in: .zh) } == ["自主设计", "数据驱动"])
        let english = try parseScenario(ScenarioFixtures.withCycleLine("label = { en = \"Fast\" }"))
        #expect(english.cycles[0].displayName(in: .zh) == "Fast")
        #expect(try parseScenario(ScenarioFixtures.minimal()).cycles[0].displayName(in: .zh) == "a")
    }

    @Test func badLabelsAreNamed() {
        expectProblem(ScenarioFixtures.withCycleLine("label = 3"), at: "cycles.a.label", "a string")
        expectProblem(ScenarioFixtures.withCycleLine("label = \"  \""), at: "cycles.a.label", "must not be empty")
        expectProblem(ScenarioFixtures.withCycleLine("label = { fr = \"x\" }"), at: "cycles.a.label.fr", "unknown key")
        expectProblem(ScenarioFixtures.withCycleLine("label = {}"), at: "cycles.a.label", "at least one language")
        expectProblem(ScenarioFixtures.withCycleLine("label = \"\(String(repeating: "x", count: 65))\""),
                      at: "cycles.a.label", "too long")
        expectProblem(ScenarioFixtures.minimal(cycles: """
            [cycles.a]
            commit_days_before_window = 90
            demand = { units = 800 }
            [cycles.b]
            label = "a"
            commit_days_before_window = 60
            demand = { units = 700 }
            """), at: "cycles.b.label", "each cycle needs its own label")
    }

    @Test func reportsPrintLabelsAndJSONKeepsKeys() throws {
        let result = try MoldRiskRun.run(try parseScenario(Self.labelled), trials: 2_000, threads: 1)
        let english = TextReport.render(result, words: EnglishStrings())
        #expect(english.contains("Own design team") && english.contains("数据驱动"))
        #expect(!english.contains("自主设计"))
        let chinese = TextReport.render(result, words: ChineseStrings())
        #expect(chinese.contains("自主设计"))
        // The inputs section keeps the keys as written in the file.
        #expect(english.contains("cycles.a") && chinese.contains("cycles.b"))
        let headline = HeadlineRenderer.render(result, words: EnglishStrings())
        #expect(headline.contains("Own design team") || headline.contains("数据驱动"))
        // The sentence naming the runner-up uses labels too, never a key.
        let labelled = result.labelled(in: .en)
        let choice = try #require(labelled.verdict.choice)
        #expect(Set([choice.chosen.cycle, choice.other.cycle]) == ["Own design team", "数据驱动"])
        let json = JSONReport.render(result)
        #expect(json.contains("\"a\"") && !json.contains("Own design team"))
        let svg = ChartRenderer.render(result, language: .en).map(\.svg).joined()
        #expect(svg.contains("Own design team") && !svg.contains(">a<"))
    }

    @Test func tornadoNamesInputsInWords() throws {
        let text = ScenarioFixtures.minimal(
            mold: "[mold]\ncost = { dist = \"uniform\", min = 50_000, max = 150_000 }\ndays = 25",
            cycles: "[cycles.a]\ncommit_days_before_window = 90\nresearch_days = { dist = \"uniform\", min = 10, max = 80 }\n"
                + "rework_probability = 0.4\nrework_days = 10\nrework_cost = 5000\ndemand = { units = 800 }")
        let result = try MoldRiskRun.run(try parseScenario(text), options: .init(trials: 4_000, threads: 1, sensitivity: true))
        let english = TextReport.render(result, words: EnglishStrings())
        #expect(english.contains("mold cost") && english.contains("research days"))
        #expect(english.contains("rework, 40 % chance"))
        let chinese = TextReport.render(result, words: ChineseStrings())
        #expect(chinese.contains("模具费") && chinese.contains("调研天数") && chinese.contains("返工，概率 40 %"))
        let svg = ChartRenderer.render(result, language: .en).map(\.svg).joined()
        #expect(svg.contains("mold cost") && !svg.contains("mold.cost") && !svg.contains("research_days"))
    }
}
