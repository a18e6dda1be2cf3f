import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `--lang zh` with `[life]`: the NPV and payback tables, the verdict rows, the reason's prefix,
/// the headline's season-1 lines, `payback.svg` and the value judged by EVPI all in Chinese; the
/// 80-column rule kept; JSON and CSV (the verdict's `reason` included) unchanged by the language.
@Suite(TestTimeLimit.minutes(20)) struct ReportChineseLifeTests {
    /// `scenarios/storage-box.toml` on a life of 3 seasons and few trials (fast); `tolerance`
    /// replaces its 20 % (1 % makes it NO-GO on the NPV).
    static func storageBox(tolerance: Double? = nil) throws -> RunResult {
        var scenario = try checkedInScenario("storage-box")
        scenario.life?.seasons = 3
        if let tolerance { scenario.maxLossProbability = tolerance }
        return try MoldRiskRun.run(scenario, options: MoldRiskRun.Options(trials: 4_000, threads: 2, sensitivity: true,
                                                                       searchLead: false))
    }

    static let go = Result(catching: { try storageBox() })
    static let noGo = Result(catching: { try storageBox(tolerance: 0.01) })

    @Test func noEnglishLifeWordIsLeft() throws {
        let chinese = ChineseStrings()
        for result in try [Self.go.get(), Self.noGo.get()] {
            #expect(result.scenario.life?.seasons == 3)
            let text = ReportRenderer.render(result, as: .text, chartsPath: nil, language: .zh)
            let markdown = ReportRenderer.render(result, as: .markdown, chartsPath: "charts", language: .zh)
            let headline = HeadlineRenderer.render(result, words: chinese)
            let charts = ChartRenderer.render(result, language: .zh).map {   // the words drawn, not class names
                $0.svg.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
            }
            #expect(ChartRenderer.render(result, language: .zh).contains { $0.fileName == ChartRenderer.paybackFile })
            for report in [text, markdown] {
                #expect(report.contains("模具寿命：3 季的净现值（每季折现 4.0 %）") && report.contains("逐季回本情况")
                         && report.contains("判断依据") && report.contains("，第 1 季") && report.contains("衡量的价值"))
                #expect(report.contains("按模具寿命 3 季计（净现值，每季折现 4.0 %）："))
            }
            #expect(headline.contains("\n第 1 季：期望利润 ") && headline.contains("\n第 1 季：亏损概率 ")
                     && headline.contains("\n判断依据：模具寿命 3 季的净现值"))
            for word in ReportTestSupport.englishLifeWords {
                for (name, output) in [("text", text), ("markdown", markdown), ("headline", headline)] + charts.map({ ("chart", $0) }) {
                    #expect(!output.contains(word), "English left in the Chinese \(name): \(word)")
                }
            }
            // The English report does say them: the words tested for are the ones it prints.
            let english = ReportRenderer.render(result, as: .text, chartsPath: nil, language: .en)
            #expect(english.contains("Judged on") && english.contains("Over the mold's 3 seasons") && english.contains(", season 1"))
        }
    }

    @Test func theNoGoMarkMovesToTheLifeTableInChinese() throws {
        let result = try Self.noGo.get()
        #expect(result.verdict.decision == .noGo)
        // The notes wrap at 80 columns without spaces between Chinese characters: joined again.
        let text = ReportRenderer.render(result, as: .text, chartsPath: nil, language: .zh)
            .replacingOccurrences(of: "\n", with: "")
        #expect(text.contains("（结论的备货量标在模具寿命表中）。"))
        #expect(text.contains("最接近：不建议开模"))   // the life table's note (the wrap takes the space before (NO-GO))
    }

    @Test func everyLineFitsEightyColumns() throws {
        for result in try [Self.go.get(), Self.noGo.get()] {
            let text = ReportRenderer.render(result, as: .text, chartsPath: nil, language: .zh)
            for page in ReportTestSupport.pages(text) {
                #expect(page.count <= 66)
                for line in page { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
            }
            for line in HeadlineRenderer.render(result, words: ChineseStrings()).split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
            }
        }
    }

    /// JSON and CSV are language-neutral; the JSON `reason` is the English one with the life's prefix.
    @Test func jsonAndCSVDoNotChangeWithTheLanguage() throws {
        let result = try Self.go.get()
        for format in [ReportFormat.json, .csv] {
            let english = ReportRenderer.render(result, as: format, chartsPath: nil, language: .en)
            expectSameBytes(ReportRenderer.render(result, as: format, chartsPath: nil, language: .zh), english, "\(format)")
        }
        let json = ReportRenderer.render(result, as: .json, chartsPath: nil, language: .zh)
        #expect(json.contains("\"reason\": \"Over the mold's 3 seasons (NPV, discounted 4.0 % a season): "))
    }
}
