import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskReport
@testable import MoldRisk
@testable import MoldRiskPDF
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The Chinese PDF with `[life]`: no English word of the life's wording is left in its text layer.
@Suite(TestTimeLimit.minutes(20)) struct PDFChineseLifeTests {
    @Test func pdfHasNoEnglishLifeWord() throws {
        // scenarios/storage-box.toml on a life of 3 seasons and few trials, as ReportChineseLifeTests runs it.
        var scenario = try checkedInScenario("storage-box")
        scenario.life?.seasons = 3
        let result = try MoldRiskRun.run(scenario, options: .init(trials: 4_000, threads: 2, sensitivity: true))
        let sample = try PDFSample.make(result, language: .zh)
        #expect(sample.text.contains("模具寿命"))
        let flat = sample.text.replacingOccurrences(of: "\n", with: " ")
        for word in ReportTestSupport.englishLifeWords {
            #expect(!flat.contains(word), "English left in the Chinese PDF: \(word)")
        }
    }
}
