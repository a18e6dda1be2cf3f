import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `--lang zh` with DESIGN §8.3: the method section's sampling and correlation rows come from the
/// string table (抽样方法, 拉丁超立方抽样, 有效试验次数, 秩相关), no English sentence or term of theirs
/// (Spearman, copula, Cholesky, sd) is left, every line fits 80 columns, and JSON is unchanged by the language.
@Suite(TestTimeLimit.minutes(20)) struct SamplingChineseReportTests {
    /// Ten chunks, so the effective trials are reported (fewer fall back to sd/√n and say so).
    static let result = Result<RunResult, any Error> { try MoldRiskRun.run(SamplingFixtures.twoCycles(trials: ChunkSpread.minimumChunks * SimulationPlan.chunkSize,
                                                                   sampling: .latinHypercube,
                                                                   correlations: SamplingFixtures.correlations),
                                        threads: 2) }

    @Test func samplingRowsAreInChinese() throws {
        let text = ReportRenderer.render((try Self.result.get()), as: .text, chartsPath: nil, language: .zh)
        let joined = text.replacingOccurrences(of: "\n", with: "")
        #expect(text.range(of: "\n抽样方法 +拉丁超立方抽样（每个分块内分层）", options: .regularExpression) != nil)
        #expect(joined.contains("有效试验次数") && joined.contains("斯皮尔曼秩相关") && text.contains("输入相关"))
        let english = EnglishStrings()
        for phrase in [english.samplingMethod(.latinHypercube), "effective trials", "chunk means", "Gaussian copula",
                       "rank correlation", "The tornado holds", "Spearman", "copula", "Cholesky", "sd/√n", english.phrase(.samplingLabel),
                       english.phrase(.correlationsLabel)] {
            #expect(!text.contains(phrase), "English left: \(phrase)")
        }
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line.drop { $0 == "\u{0C}" })) <= 80, "\(line)")
        }
        // The English wording is the one the report printed before the string table.
        let englishText = ReportRenderer.render((try Self.result.get()), as: .text, chartsPath: nil, language: .en)
        #expect(englishText.contains("Latin hypercube (stratified within each chunk)"))
        #expect(ReportRenderer.render((try Self.result.get()), as: .json, chartsPath: nil, language: .zh)
                 == ReportRenderer.render((try Self.result.get()), as: .json, chartsPath: nil, language: .en))
    }

    @Test func everyMethodHasAChineseName() {
        for method in SamplingMethod.allCases {
            let name = ChineseStrings().samplingMethod(method)
            #expect(name != EnglishStrings().samplingMethod(method) && name.contains { !$0.isASCII })
        }
    }
}
