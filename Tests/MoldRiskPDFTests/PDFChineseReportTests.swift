import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskReport
@testable import MoldRisk
@testable import MoldRiskPDF
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The PDF in Chinese (`--format pdf --lang zh`) read back with poppler-utils: the verdict, the
/// running footer and "第 X 页，共 Y 页" in its text layer as printed, no English heading left,
/// every font embedded, no word beyond the margins.
@Suite(TestTimeLimit.minutes(20)) struct PDFChineseReportTests {
    /// The rinse-cup scenario on 10 000 trials with the tornado and the lead search, as `moldrisk
    /// run` computes it (GO), and with a 5 % loss tolerance (NO-GO).
    static func rinseCups(tolerance: Double? = nil) throws -> RunResult {
        var scenario = try checkedInScenario("rinse-cups")
        if let tolerance { scenario.maxLossProbability = tolerance }
        return try MoldRiskRun.run(scenario, options: .init(trials: 10_000, threads: 2, sensitivity: true, searchLead: true))
    }

    static let goResult = Result(catching: { try rinseCups() })
    static let noGoResult = Result(catching: { try rinseCups(tolerance: 0.05) })
    static let go = Result { try PDFSample.make(Self.goResult.get(), language: .zh) }
    static let noGo = Result { try PDFSample.make(Self.noGoResult.get(), language: .zh) }
    static let words = ChineseStrings()

    @Test func verdictFooterAndPageNumbersAreChineseAsPrinted() throws {
        for (sample, result) in [(try Self.go.get(), try Self.goResult.get()),
                                 (try Self.noGo.get(), try Self.noGoResult.get())] {
            let pages = try #require(sample.infoValue("Pages").flatMap { Int($0) })
            #expect(pages >= 4)
            #expect(sample.infoValue("Title") == Self.words.documentTitle(result.scenario.name))
            let texts = sample.text.split(separator: "\u{0C}").map(String.init)
            #expect(texts.first?.contains(Self.words.verdictLine(result.labelled(in: .zh).verdict)) == true)
            for (index, text) in texts.prefix(pages).enumerated() {
                #expect(text.contains("第 \(index + 1) 页，共 \(pages) 页"), "page \(index + 1)")
                #expect(text.contains(Self.words.pageFooter(version: MoldRiskVersion.current, seed: result.seed,
                                                            trials: result.trials)))
                #expect(!text.contains(" of \(pages)") && !text.contains("\(Fmt.units(Double(result.trials))) trials"),
                        "page \(index + 1)")
            }
        }
        #expect(try Self.go.get().text.contains("建议开模 (GO)：开发周期 数据驱动流程"))
        #expect(try Self.noGo.get().text.contains("不建议开模 (NO-GO)："))
        #expect(try !Self.noGo.get().text.contains("建议开模 (GO)："))
    }

    /// The section titles and the fixed words of the value-of-information block are Chinese; no
    /// English section title or "(continued)" is left.
    @Test func headingsAreChinese() throws {
        let text = try Self.go.get().text
        for title in Self.words.sectionTitles {
            #expect(text.contains(title.replacingOccurrences(of: "  ", with: " "))
                    || text.contains(title), "\(title)")
        }
        for english in EnglishStrings().sectionTitles.map({ String($0.dropFirst(3)) })
            + ["(continued)", "Value of information", "Mold risk report", "page 1 of"] {
            #expect(!text.contains(english), "English left in the Chinese PDF: \(english)")
        }
        #expect(text.contains("EVPI（完全信息期望价值）"))
    }

    @Test func everyFontIsEmbeddedAndEveryWordInsideTheMargins() throws {
        let sample = try Self.go.get()
        let rows = sample.fonts.split(separator: "\n").drop { !$0.hasPrefix("---") }.dropFirst()
        #expect(rows.count >= 2)
        for row in rows {
            let fields = row.split(separator: " ")
            #expect(fields.count >= 7 && fields[fields.count - 5] == "yes", "not embedded: \(row)")
        }
        let g = PDFPageGeometry()
        #expect(sample.words.count > 300)
        for word in sample.words {
            let left = g.bodyLeft(page: word.page)
            let inside = word.xMin >= left - 0.5 && word.xMax <= left + g.bodyWidth + 0.5
                && word.yMin >= g.headerTop - 2 && word.yMax <= g.height - g.footerBottom + 2
            #expect(inside, "page \(word.page): \(word.text) at x \(word.xMin)–\(word.xMax), y \(word.yMin)–\(word.yMax)")
        }
    }

    /// A wrapped line never splits a figure from its unit (`9.20万` / `元）` was seen on page 1):
    /// no line of the text layer starts with a unit after a line ending in a digit.
    @Test func aFigureStaysWithItsUnit() throws {
        let lines = try Self.go.get().text.split(whereSeparator: \.isNewline).map(String.init)
        for (previous, line) in zip(lines, lines.dropFirst()) {
            let split = previous.last.map { $0.isASCII && $0.isNumber } == true
                && (line.first.map { "万元件天人".contains($0) } == true || line.hasPrefix("%"))
            #expect(!split, "\(previous) / \(line)")
        }
        let text = "差异的 95% 区间 8.93万元 至 9.20万元）；亏损概率 17.5 %"
        #expect(DisplayWidth.unbreakableRanges(text).map { String(text[$0]) } == ["3万元", "0万元", "5 %"])
    }

    @Test func englishAndChineseDifferAndEachIsDeterministic() throws {
        let result = try Self.goResult.get()
        let chinese = try PDFReport.render(result, language: .zh)
        #expect(chinese == (try Self.go.get().bytes))
        #expect(chinese != (try PDFReport.render(result, language: .en)))
    }
}
