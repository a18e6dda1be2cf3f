import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The tornado tells the truth: its centre comes from the bars' own
/// trials, yes/no events are held never / always, and every bar carries the values it held.
@Suite(TestTimeLimit.minutes(20)) struct SensitivityTruthTests {
    /// One cycle that can never be late (ready ≤ 40 + 25 + 5 + 25 = 95 < 100 days), so research
    /// and rework days cannot change profit; uncertain demand, mold cost and rework.
    func neverLate(trials: Int, reworkProbability: Double = 0.35) -> Scenario {
        var s = ScenarioSamples.deterministic()
        s.trials = trials
        s.mold.cost = .uniform(min: 0, max: 2_000_000)
        s.cycles[0].researchDays = .triangular(min: 30, mode: 35, max: 40)
        s.cycles[0].reworkProbability = reworkProbability
        s.cycles[0].reworkDays = .triangular(min: 5, mode: 10, max: 25)
        s.cycles[0].reworkCost = .triangular(min: 20_000, mode: 50_000, max: 150_000)
        s.cycles[0].demand = Demand(source: .units(.uniform(min: 60_000, max: 100_000)))
        return s
    }

    func bar(_ result: RunResult, _ key: TOMLPath) throws -> SensitivityBar {
        try #require(try result.cycles[0].tornadoBars().first { $0.input == key })
    }

    // MARK: Bars and centre from the same trials

    /// With more trials than the tornado uses, the old centre (the whole run's mean) differed
    /// from the bars of an input without effect; now both sit on the baseline exactly.
    @Test func anInputWithoutEffectSitsExactlyOnTheCentre() throws {
        let result = try MoldRiskRun.run(neverLate(trials: 60_000), options: .init(threads: 2, sensitivity: true))
        let cycle = result.cycles[0]
        let baseline = try #require(cycle.sensitivity?.baseline)
        #expect(cycle.sensitivity?.trials == Sensitivity.maxTrials)
        #expect(baseline != cycle.profit.mean)   // 50,000 of 60,000 trials: a different mean
        for key: TOMLPath in ["cycles.only.research_days", "cycles.only.rework_days"] {
            let b = try bar(result, key)
            #expect(b.expectedProfitAtP10 == baseline && b.expectedProfitAtP90 == baseline, "\(key)")
            #expect(b.swing == 0, "\(key)")
        }
        // Every report draws its centre there: the JSON's exact figure, the text tornado's caption
        // (money as the reader writes it, ¥ with k/M: the run's mean can round to the same words).
        #expect(ReportRenderer.render(result, as: .json).contains("\"sensitivity_baseline\": \(baseline)"))
        let words = EnglishStrings()
        let text = ReportRenderer.render(result, as: .text).split(separator: "\n").joined(separator: " ")
        #expect(text.contains("│ is the expected profit \(words.money(baseline)) with every input varying"))
        if words.money(baseline) != words.money(cycle.profit.mean) {
            #expect(!text.contains("│ is the expected profit \(words.money(cycle.profit.mean))"))
        }
    }

    @Test func theBaselineIsTheRunsMeanWhenTheRunFitsTheTornado() throws {
        let result = try MoldRiskRun.run(neverLate(trials: 20_000), options: .init(threads: 3, sensitivity: true))
        #expect(result.cycles[0].sensitivity?.baseline == result.cycles[0].profit.mean)
        #expect(result.cycles[0].sensitivity?.trials == 20_000)
        let json = ReportRenderer.render(result, as: .json)
        #expect(json.contains("\"sensitivity_baseline\": \(result.cycles[0].profit.mean)"))
    }

    /// A `--precision` run that stops before 50,000 trials: the tornado uses the trials it ran,
    /// not the first 50,000 of its cap, so its centre is still the run's mean.
    @Test func aPrecisionRunsTornadoUsesTheTrialsItRan() throws {
        var scenario = neverLate(trials: 200_000)
        scenario.mold.cost = .uniform(min: 300_000, max: 500_000)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, precision: 0.01, sensitivity: true))
        #expect(result.trials < Sensitivity.maxTrials)
        #expect(result.cycles[0].sensitivity?.trials == result.trials)
        #expect(result.cycles[0].sensitivity?.baseline == result.cycles[0].profit.mean)
    }

    // MARK: Events never / always

    /// At p = 0.10 "held at P10 and P90" was never/never (swing ¥0), at p = 0.11 never/always.
    /// Held never and always, the two ends do not depend on p at all on common random numbers.
    @Test func reworkIsHeldNeverAndAlwaysContinuouslyInItsProbability() throws {
        let key: TOMLPath = "cycles.only.rework_probability"
        let at10 = try bar(try MoldRiskRun.run(neverLate(trials: 20_000, reworkProbability: 0.10),
                                           options: .init(threads: 2, sensitivity: true)), key)
        let at11Result = try MoldRiskRun.run(neverLate(trials: 20_000, reworkProbability: 0.11),
                                         options: .init(threads: 2, sensitivity: true))
        let at11 = try bar(at11Result, key)
        #expect(at10.held == .event(probability: 0.10) && at11.held == .event(probability: 0.11))
        #expect(abs(at10.expectedProfitAtP10 - at11.expectedProfitAtP10) < 1)
        #expect(abs(at10.expectedProfitAtP90 - at11.expectedProfitAtP90) < 1)
        // Always reworking costs E[rework_cost] = (20 000 + 50 000 + 150 000)/3 more, trial by
        // trial the drawn cost: the swing is that mean within 5 standard errors (sd 27 789 / √n).
        #expect(abs(at10.swing - 220_000.0 / 3) < 5 * 27_789 / Double(20_000).squareRoot())
        // The run's own rework chance lies between never and always.
        let baseline = try #require(at11Result.cycles[0].sensitivity?.baseline)
        #expect(at11.expectedProfitAtP90 <= baseline && baseline <= at11.expectedProfitAtP10)
        #expect(at11.probabilityOfLossAtP10 <= at11.probabilityOfLossAtP90)
    }

    @Test func eventsComeAfterTheInputsInEveryFormat() throws {
        let result = try MoldRiskRun.run(neverLate(trials: 5_000), options: .init(threads: 2, sensitivity: true))
        let bars = try result.cycles[0].tornadoBars()
        #expect(bars.last?.input == "cycles.only.rework_probability" && bars.filter(\.isEvent).count == 1)
        let text = ReportRenderer.render(result, as: .text)
        let events = try #require(text.range(of: "Yes/no events: expected profit if the event never and if it always happens"))
        let inputs = try #require(text.range(of: "Sensitivity: expected profit with each input held at its P10"))
        #expect(inputs.lowerBound < events.lowerBound)
        #expect(text.contains("\nrework  rework, 35 % chance: never / always\n"))
        let markdown = ReportRenderer.render(result, as: .markdown)
        #expect(markdown.contains("rework, 35 % chance: never / always"))
        let csv = ReportRenderer.render(result, as: .csv)
        #expect(csv.contains("only,sensitivity_expected_profit_if_always,cycles.only.rework_probability,key,"))
        #expect(!csv.contains("only,sensitivity_expected_profit_at_p10,cycles.only.rework_probability"))
    }

    // MARK: The values held

    /// The value a bar shows is the value every trial of the pinned run used.
    @Test func theValuesShownAreTheValuesEveryTrialUsed() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 2_000)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, sensitivity: true))
        let plan = SimulationPlan(scenario: scenario, trials: 2_000)
        var checked = 0
        for input in SensitivityInput.all(in: scenario) where !input.isEvent {
            let k = input.cycle ?? 0
            let key = input.keyPath(in: scenario)
            let shown = try #require(try result.cycles[k].tornadoBars().first { $0.input == key })
            guard case let .input(unit, atP10, atP90) = shown.held else { Issue.record("\(key) is not an input"); continue }
            #expect(unit == input.unit(in: scenario))
            #expect(atP10.isFinite && atP90.isFinite, "\(key)")
            for (q, value) in [(0.1, atP10), (0.9, atP90)] {
                let pinned = input.pinning(plan, atQuantile: q)
                let evaluator = TrialEvaluator(plan: pinned)
                var record = TrialRecord(cycleCount: pinned.cycles.count, stockCount: pinned.stocks.count)
                let streams = ChunkStreams(plan: pinned, chunk: 0)
                for _ in 0..<200 {
                    evaluator.evaluate(streams, into: &record)
                    let d = record.draws[k]
                    // rework days and cost only apply to reworked trials.
                    if case .reworkDays = input, !d.reworked { continue }
                    if case .reworkCost = input, !d.reworked { continue }
                    #expect(input.drawnValue(record) == value, "\(key) at \(q)")
                    checked += 1
                }
            }
        }
        #expect(checked > 2_000)
    }

    @Test func aUniformMoldCostShowsItsExactP10AndP90() throws {
        let result = try MoldRiskRun.run(neverLate(trials: 2_000), options: .init(threads: 1, sensitivity: true))
        let mold = try bar(result, "mold.cost")
        #expect(mold.held == .input(unit: .yuan, atP10: 200_000, atP90: 1_800_000))
        #expect(ReportContent.heldLabel(mold) == "¥200k → ¥1.8M")
        let text = ReportRenderer.render(result, as: .text)
        #expect(text.contains("\nmold cost  ¥200k → ¥1.8M\n"))
        let json = ReportRenderer.render(result, as: .json)
        #expect(json.contains("\"value_at_p10\": 200000") && json.contains("\"value_at_p90\": 1800000"))
    }

    @Test func heldValuesPrintInTheirUnit() {
        func label(_ unit: SensitivityUnit, _ a: Double, _ b: Double) -> String {
            ReportContent.heldLabel(SensitivityBar(input: "k", held: .input(unit: unit, atP10: a, atP90: b),
                                                   expectedProfitAtP10: 0, expectedProfitAtP90: 0,
                                                   probabilityOfLossAtP10: 0, probabilityOfLossAtP90: 0, rankCorrelation: 0))
        }
        #expect(label(.yuan, 212_000, 498_000) == "¥212k → ¥498k")
        #expect(label(.days, 38.24, 63.36) == "38.2 → 63.4 days")
        #expect(label(.units, 37_081.4, 172_597.2) == "37,081 → 172,597 units")
        #expect(label(.visitors, 1_088_801, 2_066_493) == "1,088,801 → 2,066,493 impressions")
        #expect(label(.probability, 0.05304, 0.05712) == "5.30 → 5.71 %")
        #expect(label(.factor, 0.684, 1.372) == "×0.68 → ×1.37")
        #expect(label(.yuan, .nan, 1) == "n/a → ¥1")
        let event = SensitivityBar(input: "cycles.数据驱动.rework_probability", held: .event(probability: 0.125),
                                   expectedProfitAtP10: 0, expectedProfitAtP90: 0,
                                   probabilityOfLossAtP10: 0, probabilityOfLossAtP90: 0, rankCorrelation: 0)
        #expect(ReportContent.heldLabel(event) == "rework, 12.5 % chance: never / always")
    }

    /// A cycle whose name needs quotes in TOML: its own inputs are still named in words (the
    /// key path without the cycle's table), never by key path (DESIGN §8.6).
    @Test func ownKeysOfAQuotedCycleNameAreNamedInWords() throws {
        let words = EnglishStrings()
        #expect(ReportContent.inputLabel("cycles.\"数据 驱动\".research_days", words: words) == "research days")
        #expect(ReportContent.inputLabel("cycles.traditional.demand.units", words: words) == "demand")
        #expect(ReportContent.inputLabel("mold.cost", words: words) == "mold cost")
        #expect(ReportContent.inputLabel("mold.cost", words: ChineseStrings()) == "模具费")
        var scenario = neverLate(trials: 2_000)
        scenario.cycles[0].name = "数据 驱动"
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 1, sensitivity: true))
        #expect(try result.cycles[0].tornadoBars().contains { $0.input == "cycles.\"数据 驱动\".research_days" })
        let text = ReportRenderer.render(result, as: .text)
        #expect(text.contains("\nresearch days  32.2 → 37.8 days\n"))   // triangular(30, 35, 40): 30 + √5, 40 − √5
        #expect(!text.contains("\ncycles.\"数据 驱动\".research_days"))
    }
}
