import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Intervals on means under Latin hypercube and Sobol sampling (issue 19 item 7): below
/// `ChunkSpread.minimumChunks` chunks the independent trials' standard error (an upper bound);
/// from there the chunk means' spread with Student's t quantile of chunks − 1 degrees of freedom,
/// in every interval and judgement. Coverage is tested statistically, with a tolerance of 4
/// binomial standard errors.
@Suite struct ChunkIntervalTests {
    /// t quantiles against the tables (0.975: 9 df 2.262, 19 df 2.093, 99 df 1.984).
    @Test func studentTQuantileMatchesTheTables() {
        for (df, table) in [(1, 12.706), (9, 2.262), (19, 2.093), (99, 1.984)] {
            #expect(abs(Quantile.studentT(0.975, degreesOfFreedom: df) - table) < 5e-4, "\(df) df")
        }
        #expect(ChunkSpread.quantile95(chunks: 10) == Quantile.studentT(0.975, degreesOfFreedom: 9))
    }

    /// 20,000 replicates of 10 chunk means of a normal estimate with a known truth: the interval
    /// with t(9) covers it 95 % of the time, within 4 binomial SE; 1.96 would cover only ~91.8 %.
    @Test func tenChunkIntervalsCoverAtTheirLevel() {
        let stream = RandomStream(seed: 1019)
        let replicates = 20_000, chunks = 10, truth = 89_324.0
        var coveredT = 0, coveredZ = 0
        for _ in 0..<replicates {
            let means = (0..<chunks).map { _ in
                Moments(count: 1_000, mean: truth + 400 * stream.unowned.standardNormal(), m2: 0)
            }
            var total = Moments()
            for m in means { total.merge(m) }
            let se = ChunkSpread.standardError(means)!
            let miss = abs(total.mean - truth)
            if miss <= ChunkSpread.quantile95(chunks: chunks) * se { coveredT += 1 }
            if miss <= ConfidenceInterval.z95 * se { coveredZ += 1 }
        }
        let binomialSE = (0.95 * 0.05 / Double(replicates)).squareRoot()
        let rateT = Double(coveredT) / Double(replicates), rateZ = Double(coveredZ) / Double(replicates)
        #expect(abs(rateT - 0.95) <= 4 * binomialSE, "t(9) coverage \(rateT)")
        #expect(rateZ < 0.95 - 4 * binomialSE, "1.96 coverage \(rateZ): the test can tell the two apart")
    }

    /// The issue's run: the DESIGN example, 20,000 trials (2 chunks), seed 1019, Latin hypercube.
    /// It called the difference "clear" at ¥90,232–90,233 (SE ¥0.2) when the truth was
    /// ¥89,324 ± 426; now the interval is the independent trials' and holds the truth.
    @Test func theIssuesTwoChunkRunNoLongerClaimsTooMuch() throws {
        let scenario = try ScenarioLoader.parse(ScenarioFixtures.designExample, file: "design.toml",
                                                overrides: ["scenario.sampling=\"latin_hypercube\""])
        let result = try MoldRiskRun.run(scenario, trials: 20_000, seed: 1019, threads: 2)
        let comparison = try #require(result.comparisons.first)
        #expect(comparison.ci.lower < 89_324 && 89_324 < comparison.ci.upper,
                "\(comparison.ci.lower) … \(comparison.ci.upper)")
        #expect(comparison.ci.upper - comparison.ci.lower > 2 * 426)
        let sampling = try #require(result.method.sampling)
        #expect(!sampling.fromChunkSpread && sampling.chunks == 2)
        #expect(sampling.intervalQuantile == ConfidenceInterval.z95)
        #expect(result.cycles.allSatisfy { abs($0.profit.se - $0.standardErrors.expectedProfit) == 0 })
    }

    /// From 10 chunks the chunk means' spread is used, with t(chunks − 1) in the comparison's
    /// interval and the quantile reported in JSON and the method section.
    @Test func tenChunksUseTheSpreadWithStudentsT() throws {
        let result = try MoldRiskRun.run(SamplingFixtures.twoCycles(trials: 100_000, sampling: .latinHypercube), threads: 2)
        let sampling = try #require(result.method.sampling)
        #expect(sampling.fromChunkSpread && sampling.chunks == 10)
        let t9 = Quantile.studentT(0.975, degreesOfFreedom: 9)
        #expect(sampling.intervalQuantile == t9)
        let c = try #require(result.comparisons.first)
        let half = (c.ci.upper - c.ci.lower) / 2
        let centre = (c.ci.upper + c.ci.lower) / 2
        #expect(abs(centre - c.expectedProfitDifference) <= 1e-6 * max(1, abs(centre)))
        // The half-width is t(9) standard errors of the difference's chunk spread: more than 1.96's.
        #expect(half > ConfidenceInterval.z95 * (half / t9) * 1.1)
        let json = ReportRenderer.render(result, as: .json, chartsPath: nil)
        #expect(json.contains("\"interval_quantile\": \(t9)"))
        let text = Self.flat(ReportRenderer.render(result, as: .text, chartsPath: nil))
        #expect(text.contains("Student's t with 9 degrees of freedom"))
        let chinese = Self.unspaced(ReportRenderer.render(result, as: .text, chartsPath: nil, language: .zh))
        #expect(chinese.contains("自由度为9的t分布"))
    }

    /// Over 40 seeds of a two-chunk Latin hypercube run of the uniform-demand newsvendor (closed
    /// form), the 95 % interval of expected profit covers the truth at least 95 % − 4 binomial SE
    /// of the time. With the two chunk means' spread and 1.96 it covered ~70 % (one degree of freedom).
    @Test func twoChunkIntervalsCoverTheTruthAcrossSeeds() throws {
        let seeds = 40
        var covered = 0
        for seed in 1...seeds {
            let scenario = SamplingFixtures.uniformDemand(trials: 20_000, seed: UInt64(seed), sampling: .latinHypercube)
            let result = try MoldRiskRun.run(scenario, threads: 2)
            let truth = SamplingFixtures.uniformDemandExpectedProfit(scenario, stock: scenario.product.stock)
            let profit = result.cycles[0].profit
            if abs(profit.mean - truth) <= result.method.sampling!.intervalQuantile * profit.se { covered += 1 }
        }
        let binomialSE = (0.95 * 0.05 / Double(seeds)).squareRoot()
        #expect(Double(covered) / Double(seeds) >= 0.95 - 4 * binomialSE, "covered \(covered) of \(seeds)")
    }

    /// The text report's words on one line (its wrapping and indentation as single spaces).
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The Chinese report without any whitespace (it wraps between any two characters).
    static func unspaced(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }

    /// Issue 25 item 12: fewer than 10 chunks of a stratified method are warned about (naming
    /// the trials that give 10) and said in the method section, in both languages.
    @Test func fewChunksAreWarnedAboutAndSaidInTheMethodSection() throws {
        let scenario = SamplingFixtures.twoCycles(trials: 20_000, sampling: .sobol)
        let warning = try #require(scenario.warnings(trials: 10_001).last)
        #expect(warning.keyPath == "scenario.sampling")
        #expect(warning.message.contains("sobol with 10,001 trials runs in 2 chunks"))
        #expect(warning.message.contains("use at least 100,000 trials"))
        #expect(!scenario.warnings(trials: 100_000).contains { $0.keyPath == "scenario.sampling" })
        #expect(!SamplingFixtures.twoCycles(trials: 20_000).warnings.contains { $0.keyPath == "scenario.sampling" })

        let result = try MoldRiskRun.run(scenario, threads: 2)
        let english = Self.flat(ReportRenderer.render(result, as: .text, chartsPath: nil))
        #expect(english.contains("the spread of only 2 chunk means is no guide"))
        #expect(english.contains("use at least 10 chunks, 100,000 trials"))
        let chinese = Self.unspaced(ReportRenderer.render(result, as: .text, chartsPath: nil, language: .zh))
        #expect(chinese.contains("只有2个分块，其平均值的离散程度不可靠"))
    }
}
