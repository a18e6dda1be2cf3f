import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// What-if variants side by side (DESIGN §8.5): `[[variant]]` and `--variant`, validated like
/// `--set`, run on common random numbers, each equal to its `--set` run.
@Suite struct VariantTests {
    /// The design example on 30,000 trials (3 chunks) or `trials`.
    static func text(trials: Int = 30_000, variants: String = "") -> String {
        ScenarioFixtures.designExample.replacingOccurrences(of: "trials = 200_000", with: "trials = \(trials)") + variants
    }

    static let fileVariants = """

        [[variant]]
        name = "报价 28万"
        set = { "mold.cost" = 280_000, "product.stock" = 40_000 }

        [[variant]]
        name = "fast track"
        set = { "cycles.data_driven.fixed_cost" = 5_000, "cycles.traditional.rework_probability" = 0.2 }
        """

    /// A variant's figures are exactly those of a `--set` run of its changes on the same seed,
    /// whether it comes from the file or from the command line.
    @Test func aVariantEqualsItsSetRunExactly() throws {
        let fromFile = try ScenarioLoader.parse(Self.text(variants: Self.fileVariants), file: "v.toml")
        #expect(fromFile.variants.map(\.name) == ["报价 28万", "fast track"])
        let fromCLI = try ScenarioLoader.parse(Self.text(), file: "v.toml", variants: [
            "报价 28万: mold.cost=280_000; product.stock=40_000",
            "fast track: cycles.data_driven.fixed_cost=5000;cycles.traditional.rework_probability = 0.2",
        ])
        let options = MoldRiskRun.Options(threads: 2)
        let a = try MoldRiskRun.run(fromFile, options: options)
        let b = try MoldRiskRun.run(fromCLI, options: options)
        #expect(a.variants.map(\.expectedValue) == b.variants.map(\.expectedValue))
        #expect(a.variants.map(\.differenceToBase) == b.variants.map(\.differenceToBase))
        let sets = [["mold.cost=280000", "product.stock=40000"],
                    ["cycles.data_driven.fixed_cost=5000", "cycles.traditional.rework_probability=0.2"]]
        for (variant, set) in zip(a.variants, sets) {
            let alone = try MoldRiskRun.run(try ScenarioLoader.parse(Self.text(), file: "v.toml", overrides: set), options: options)
            #expect(variant.result.verdict == alone.verdict, "\(variant.name)")
            let value = VariantComparison.decisionValue(alone)
            #expect(variant.expectedValue == value.value && variant.probabilityOfLoss == value.probabilityOfLoss)
            #expect(variant.result.cycles.map(\.profit) == alone.cycles.map(\.profit))
            #expect(variant.result.cycles.map(\.stockCurve) == alone.cycles.map(\.stockCurve))
            // The JSON entry carries the --set run's figures.
            let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(a).utf8)) as! [String: Any]
            let entry = (json["variants"] as! [[String: Any]]).first { $0["name"] as? String == variant.name }!
            #expect(entry["verdict"] as? String == alone.verdict.decision.rawValue)
            #expect(entry["cycle"] as? String == alone.verdict.cycle)
            #expect(entry["expected_value"] as? Double == value.value)
        }
        #expect(a.variants[0].changes.map(\.keyPath.description) == ["mold.cost", "product.stock"])
    }

    /// The paired difference is the difference of the two decision values, and its interval
    /// covers it; a variant that changes nothing that matters differs by exactly zero.
    @Test func thePairedDifferenceIsTheDifferenceOfDecisionValues() throws {
        let scenario = try ScenarioLoader.parse(Self.text(trials: 120_000), file: "v.toml", variants: [
            "cheaper mold: mold.cost=200000",
            "same: decision.max_loss_probability=0.2",
        ])
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2))
        let base = VariantComparison.decisionValue(result).value
        let cheaper = result.variants[0].differenceToBase
        #expect(abs(cheaper.mean - (result.variants[0].expectedValue - base)) < 1e-6 * max(1, abs(base)))
        #expect(cheaper.fromChunkSpread)
        #expect(cheaper.ci.lower <= cheaper.mean && cheaper.mean <= cheaper.ci.upper)
        let same = result.variants[1].differenceToBase
        #expect(same.mean == 0 && same.standardError == 0 && same.ci == ClosedInterval(lower: 0, upper: 0))
        // Below 10 chunks the interval treats the runs as independent: wider than the pairing's.
        let short = try MoldRiskRun.run(try ScenarioLoader.parse(Self.text(trials: 30_000), file: "v.toml",
                                                             variants: ["cheaper mold: mold.cost=200000"]),
                                    options: .init(threads: 2))
        #expect(!short.variants[0].differenceToBase.fromChunkSpread)
        #expect(short.variants[0].differenceToBase.standardError > cheaper.standardError)
    }

    /// The interval is honest about the pairing: the chunk-spread standard error agrees with the
    /// paired per-trial one (sd of the trial-by-trial differences / √n, computed here from every
    /// trial's values) within the chunk estimate's own error, and is far below the standard
    /// error of two independent runs, which it would be near if the runs were not paired.
    @Test func theChunkStandardErrorMatchesThePairedTrialOne() throws {
        let scenario = try ScenarioLoader.parse(Self.text(trials: 120_000), file: "v.toml",
                                                variants: ["cheaper mold: mold.cost=200000"])
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2))
        let variant = result.variants[0]
        func values(_ r: RunResult) -> (TrialValues, Int) {
            let plan = SimulationPlan(scenario: r.scenario, trials: r.trials, seed: r.seed)
            let k = r.scenario.cycles.firstIndex { $0.name == r.verdict.cycle }!
            return (TrialValues(plan, threads: 2), k * plan.stocks.count + plan.stocks.firstIndex(of: r.verdict.stock)!)
        }
        let (b, bc) = values(result), (v, vc) = values(variant.result)
        var paired = Moments(), alone = (Moments(), Moments())
        for t in 0..<b.trials {
            paired.add(v[trial: t, cell: vc] - b[trial: t, cell: bc])
            alone.0.add(b[trial: t, cell: bc])
            alone.1.add(v[trial: t, cell: vc])
        }
        let d = variant.differenceToBase
        #expect(d.fromChunkSpread)
        #expect(abs(d.mean - paired.mean) < 1e-6 * abs(paired.mean))
        let independent = (alone.0.standardError * alone.0.standardError + alone.1.standardError * alone.1.standardError).squareRoot()
        #expect(d.standardError > 0.5 * paired.standardError && d.standardError < 2 * paired.standardError,
                "chunk SE \(d.standardError), paired SE \(paired.standardError)")
        #expect(paired.standardError < 0.5 * independent)
    }

    /// Every variant is validated like `--set`: a bad key or value names the variant and the
    /// change; nothing is built. Names are unique; a variant may not change the trials or seed.
    @Test func aBadVariantIsNamedAndRefused() throws {
        func problems(_ text: String, _ variants: [String] = []) -> String {
            do {
                _ = try ScenarioLoader.parse(text, file: "v.toml", variants: variants)
                return ""
            } catch {
                return error.description
            }
        }
        #expect(problems(Self.text(), ["cheap: mold.cots=1"])
            .contains("v.toml: variant 'cheap': mold.cots=1: mold.cots: unknown key 'cots' (did you mean 'cost'?)"))
        #expect(problems(Self.text(), ["cheap: mold.cost=abc"]).contains("variant 'cheap': mold.cost=abc"))
        #expect(problems(Self.text(), ["cheap: product.stock=-5"]).contains("variant 'cheap': product.stock=-5: product.stock:"))
        #expect(problems(Self.text(), ["no colon here"]).contains("--variant no colon here: not NAME: key=value"))
        #expect(problems(Self.text(), ["empty:"]).contains("changes nothing"))
        #expect(problems(Self.text(), ["a: mold.cost=1", "a: mold.cost=2"]).contains("two variants are named 'a'"))
        #expect(problems(Self.text(), ["seedy: scenario.seed=3"]).contains("variant 'seedy': scenario.seed: a variant runs on"))
        #expect(problems(Self.text(variants: "\n[[variant]]\nname = \"x\"\n")).contains("variant[0].set: missing required key"))
        #expect(problems(Self.text(variants: "\n[[variant]]\nname = \"x\"\nset = { \"mold.cost\" = -1 }\nwhat = 1\n"))
            .contains("v.toml: variant[0].what: unknown key 'what'"))
        #expect(problems("variant = 3\n" + Self.text()).contains("variant: expected an array of tables"))
        // The variants count in the work limit.
        let levels = (1...40).map { String($0 * 5_000) }.joined(separator: ", ")
        let big = Self.text(trials: 1_000_000_000).replacingOccurrences(
            of: "stock_levels = [40_000, 60_000, 80_000, 100_000, 120_000, 150_000]", with: "stock_levels = [\(levels)]")
        #expect(problems(big) == "")
        let refused = problems(big, ["a: mold.cost=1"])
        #expect(refused.contains("the scenario and its 1 variant together need about") && refused.contains("more than the limit of"),
                "\(refused)")
    }
}
