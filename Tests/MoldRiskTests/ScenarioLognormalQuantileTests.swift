import CGSL
import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

private typealias F = ScenarioFixtures

/// `lognormal` written by its percentiles `p10` and `p90`: the equivalent median and sigma (with
/// the exact z = Φ⁻¹(0.9)), the rules of the form, the inputs section showing both forms, and the
/// same draws as the median/sigma spec.
@Suite(TestTimeLimit.minutes(20)) struct ScenarioLognormalQuantileTests {
    static func moldCost(_ spec: String) -> String {
        F.minimal(mold: "[mold]\ncost = \(spec)\ndays = 25")
    }

    @Test func percentilesGiveTheMedianAndSigmaWithTheExactZ() throws {
        let scenario = try parseScenario(Self.moldCost("{ dist = \"lognormal\", p10 = 40_000, p90 = 160_000 }"))
        guard case let .lognormal(median, sigma) = scenario.mold.cost else {
            Issue.record("not a lognormal: \(scenario.mold.cost)")
            return
        }
        #expect(abs(median - 80_000) <= 1e-9 * 80_000)
        // z = Φ⁻¹(0.9) to double precision, not the rounded 1.2816 (which gives 0.5408451…).
        #expect(sigma == (log(160_000.0) - log(40_000.0)) / (2 * 1.2815515655446004))
        #expect(abs(sigma - 0.5408656188) < 1e-9)   // 1.2816 would give 0.5408451783
        #expect(scenario.lognormalQuantiles == ["mold.cost": LognormalQuantiles(p10: 40_000, p90: 160_000)])
    }

    @Test func theZIsPhiInverseOfNinetyPercent() {
        #expect(abs(gsl_cdf_ugaussian_P(LognormalQuantiles.z90) - 0.9) < 1e-15)
        #expect(abs(gsl_cdf_ugaussian_Pinv(0.9) - LognormalQuantiles.z90) < 1e-14)
    }

    @Test func percentilesRoundTripThroughMedianAndSigma() {
        let written = LognormalQuantiles(p10: 3, p90: 50)
        let back = LognormalQuantiles(median: written.median, sigma: written.sigma)
        #expect(abs(back.p10 - 3) <= 1e-12 * 3)
        #expect(abs(back.p90 - 50) <= 1e-12 * 50)
    }

    @Test func aMedianSigmaSpecRecordsNoPercentiles() throws {
        let scenario = try parseScenario(Self.moldCost("{ dist = \"lognormal\", median = 80_000, sigma = 0.6 }"))
        #expect(scenario.mold.cost == .lognormal(median: 80_000, sigma: 0.6))
        #expect(scenario.lognormalQuantiles.isEmpty)
    }

    static let rules: [RuleCase] = [
        RuleCase("both forms", moldCost("{ dist = \"lognormal\", median = 8, sigma = 0.5, p10 = 4 }"), "mold.cost.p10",
                 "a lognormal takes either median and sigma or p10 and p90, not both"),
        RuleCase("p10 above p90", moldCost("{ dist = \"lognormal\", p10 = 9, p90 = 4 }"), "mold.cost.p10",
                 "p10 (9) must be < p90 (4)"),
        RuleCase("p10 equal to p90", moldCost("{ dist = \"lognormal\", p10 = 4, p90 = 4 }"), "mold.cost.p10",
                 "p10 (4) must be < p90 (4)"),
        RuleCase("p10 zero", moldCost("{ dist = \"lognormal\", p10 = 0, p90 = 4 }"), "mold.cost.p10", "must be > 0"),
        RuleCase("p90 negative", moldCost("{ dist = \"lognormal\", p10 = 1, p90 = -4 }"), "mold.cost.p90", "must be > 0"),
        RuleCase("p90 missing", moldCost("{ dist = \"lognormal\", p10 = 4 }"), "mold.cost.p90", "missing required key"),
        RuleCase("neither form", moldCost("{ dist = \"lognormal\" }"), "mold.cost",
                 "a lognormal needs median and sigma, or p10 and p90"),
        RuleCase("too far apart", moldCost("{ dist = \"lognormal\", p10 = 1e-12, p90 = 1e12 }"), "mold.cost.p90",
                 "is too far above p10"),
        RuleCase("p10 not a number", moldCost("{ dist = \"lognormal\", p10 = \"4\", p90 = 8 }"), "mold.cost.p10",
                 "expected a number, found a string"),
        RuleCase("typo", moldCost("{ dist = \"lognormal\", p1 = 4, p90 = 8 }"), "mold.cost.p1",
                 "unknown key 'p1' (did you mean 'p10'?); a lognormal distribution has median, sigma (or p10, p90 instead)"),
    ]

    @Test(arguments: rules) func rulesNameKeyAndFault(_ rule: RuleCase) {
        expectProblem(rule.text, at: rule.keyPath, rule.fault)
    }

    @Test func setWorksOnAPercentile() throws {
        let text = Self.moldCost("{ dist = \"lognormal\", p10 = 40_000, p90 = 160_000 }")
        let scenario = try ScenarioLoader.parse(text, file: "t.toml", overrides: ["mold.cost.p10=20000"])
        #expect(scenario.lognormalQuantiles["mold.cost"] == LognormalQuantiles(p10: 20_000, p90: 160_000))
        #expect(scenario.mold.cost == LognormalQuantiles(p10: 20_000, p90: 160_000).distribution)
        do {
            _ = try ScenarioLoader.parse(text, file: "t.toml", overrides: ["mold.cost.median=1"])
            Issue.record("median next to p10/p90 was accepted")
        } catch {
            #expect(error.description.contains("t.toml: --set mold.cost.median=1: mold.cost.p10: a lognormal takes either"))
        }
    }

    @Test func theInputsSectionShowsBothForms() throws {
        let quantiles = ReportContent.describe(.lognormal(median: 80_000, sigma: LognormalQuantiles(p10: 40_000, p90: 160_000).sigma),
                                               unit: "units", written: LognormalQuantiles(p10: 40_000, p90: 160_000))
        #expect(quantiles == "lognormal: p10 40,000, p90 160,000, i.e. median 80,000, sigma 0.541 (units)")
        let median = ReportContent.describe(.lognormal(median: 80_000, sigma: 0.6), unit: "units")
        // p10 = 80,000 e^(−1.28155 × 0.6) = 37,080.67, p90 = 80,000 e^(1.28155 × 0.6) = 172,596.69
        #expect(median == "lognormal: median 80,000, sigma 0.6, i.e. p10 37,081, p90 172,597 (units)")
    }

    /// DESIGN's example with the traditional demand written either way: the same `Distribution`,
    /// so the same draws; the reports differ in the inputs section only.
    @Test func percentilesAndTheirMedianSigmaGiveTheSameReportButForTheInputs() throws {
        let written = LognormalQuantiles(p10: 40_000, p90: 160_000)
        let base = F.designExample.replacingOccurrences(of: "trials = 200_000", with: "trials = 3_000")
        let medianSpec = "{ dist = \"lognormal\", median = 80_000, sigma = 0.6 }"
        let byQuantiles = try parseScenario(base.replacingOccurrences(
            of: medianSpec, with: "{ dist = \"lognormal\", p10 = 40_000, p90 = 160_000 }"))
        let byMedian = try parseScenario(base.replacingOccurrences(
            of: medianSpec, with: "{ dist = \"lognormal\", median = \(written.median), sigma = \(written.sigma) }"))
        #expect(byQuantiles.cycles == byMedian.cycles)
        let options = MoldRiskRun.Options(threads: 2, sensitivity: true)
        let a = try MoldRiskRun.run(byQuantiles, options: options)
        let b = try MoldRiskRun.run(byMedian, options: options)
        expectSameBytes(ReportRenderer.render(a, as: .json), ReportRenderer.render(b, as: .json))
        let (markdownA, markdownB) = (ReportRenderer.render(a, as: .markdown), ReportRenderer.render(b, as: .markdown))
        let inputs = ReportContent.sectionTitles[3], method = ReportContent.sectionTitles[4]
        let (partsA, partsB) = (Self.split(markdownA, inputs, method), Self.split(markdownB, inputs, method))
        #expect(partsA.before == partsB.before)
        #expect(partsA.after == partsB.after)
        #expect(partsA.inputs.contains("lognormal: p10 40,000, p90 160,000, i.e. median 80,000, sigma 0.541 (units)"))
        #expect(partsB.inputs.contains("lognormal: median 80,000, sigma \(written.sigma), i.e. p10 40,000, p90 160,000 (units)"))
    }

    /// `text` before the `from` title, from it to the `to` title, and from there on.
    static func split(_ text: String, _ from: String, _ to: String) -> (before: Substring, inputs: Substring, after: Substring) {
        guard let start = text.range(of: from), let end = text.range(of: to, range: start.upperBound..<text.endIndex) else {
            Issue.record("section titles not found")
            return ("", "", "")
        }
        return (text[..<start.lowerBound], text[start.lowerBound..<end.lowerBound], text[end.lowerBound...])
    }

    /// The sampler puts a tenth of the draws below p10 and nine tenths below p90, within 5
    /// standard errors √(0.09/n) of a binomial share.
    @Test(arguments: [(40_000.0, 160_000.0), (3.0, 50.0), (0.5, 0.55)])
    func sampledPercentilesMatch(p10: Double, p90: Double) {
        let n = 100_000
        let draws = sample(LognormalQuantiles(p10: p10, p90: p90).distribution, n, seed: 2026)
        let below10 = Double(draws.count { $0 < p10 }) / Double(n)
        let below90 = Double(draws.count { $0 < p90 }) / Double(n)
        let se = (0.1 * 0.9 / Double(n)).squareRoot()
        #expect(abs(below10 - 0.1) <= 5 * se, "share below p10: \(below10)")
        #expect(abs(below90 - 0.9) <= 5 * se, "share below p90: \(below90)")
    }
}
