import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `--lang zh`: the reports a person reads in Chinese, with the text report's rules kept (80
/// display columns, 66-line pages), and JSON and CSV unchanged by the language.
@Suite(TestTimeLimit.minutes(20)) struct ReportChineseTests {
    /// The rinse-cup scenario of `scenarios/`, on fewer trials (fast) with the tornado and the
    /// lead search, as `moldrisk run` computes it; `tolerance` replaces its 20 % (5 % makes it NO-GO).
    static func rinseCups(tolerance: Double? = nil) throws -> RunResult {
        var scenario = try checkedInScenario("rinse-cups")
        if let tolerance { scenario.maxLossProbability = tolerance }
        return try MoldRiskRun.run(scenario, options: MoldRiskRun.Options(trials: 10_000, threads: 2, sensitivity: true,
                                                                       searchLead: true))
    }

    static let go = Result(catching: { try rinseCups() })
    static let noGo = Result(catching: { try rinseCups(tolerance: 0.05) })

    static func text(_ result: RunResult, _ language: ReportLanguage = .zh) -> String {
        ReportRenderer.render(result, as: .text, chartsPath: nil, language: language)
    }

    @Test func verdictIsTheFactoryHeadsTermWithGoOrNoGoInParentheses() throws {
        let go = try Self.go.get(), noGo = try Self.noGo.get()
        #expect(go.verdict.decision == .go && noGo.verdict.decision == .noGo)
        let goText = Self.text(go), noGoText = Self.text(noGo)
        #expect(goText.contains("结论      建议开模 (GO)\n"))
        #expect(noGoText.contains("结论      不建议开模 (NO-GO)\n"))
        #expect(!noGoText.contains("建议开模 (GO)") && !noGoText.contains("开模(GO)"))
        #expect(HeadlineRenderer.render(go, words: ChineseStrings()).hasPrefix("建议开模 (GO)：开发周期 数据驱动流程，备货 100,000件\n"))
        #expect(ChineseStrings().decision(.goAtSmallerStock) == "减量开模 (GO AT A SMALLER STOCK)")
    }

    /// Every large sum in 万元: the expected profit divided by 10,000 with two decimals, on page 1
    /// and with its standard error in the method appendix; the English report writes ¥ with k/M.
    @Test func moneyIsInWanYuan() throws {
        let result = try Self.go.get()
        let text = Self.text(result)
        let cycle = try #require(ReportContent.verdictCycle(result))
        let wan = Fmt.fixed(cycle.profit.mean / 10_000, places: 2) + "万元"
        #expect(text.range(of: "\n期望利润 +\(wan)\n", options: .regularExpression) != nil)
        #expect(text.contains("期望利润 \(wan) ± "))
        #expect(!text.contains("¥"))
        #expect(Self.text(result, .en).contains("Expected profit  \(EnglishStrings().money(cycle.profit.mean))\n"))
    }

    @Test(arguments: [(195_365.0, "19.54万元"), (10_000, "1.00万元"), (9_300, "9,300元"), (-12_345_678, "-1,234.57万元"),
                      (0, "0元"), (-0.4, "0元"), (-9_999.4, "-9,999元"), (Double.nan, "n/a")])
    func chineseMoney(yuan: Double, expected: String) {
        #expect(ChineseStrings().money(yuan) == expected)
    }

    /// No heading, label, column header or legend of the English table is left in the Chinese
    /// reports (the words every report has: the two rinse-cup reports cover all of them but a few
    /// of the NO-GO and to-go ones, which `noGo` adds).
    @Test func noEnglishHeadingIsLeft() throws {
        let english = EnglishStrings(), chinese = ChineseStrings()
        let headings = english.sectionTitles + ReportPhrase.allCases.map(english.phrase).filter { phrase in
            // Notation shared by both languages (P5, ρ, GO) is not English prose, and a lone word
            // (`units`, `profit`) may be part of a scenario key (`demand.units`).
            phrase.count >= 5 && phrase.contains(where: \.isUppercase) && !chinese.sectionTitles.contains(phrase)
                && !ReportPhrase.allCases.map(chinese.phrase).contains(phrase)
        }
        #expect(headings.count > 80)
        // The value-of-information block: its headings, and its sentences' English words (the
        // table's methods, not phrases).
        let valueOfInformation = [english.phrase(.valueOfInformationTitle), english.phrase(.impressionsColumn),
                                  english.phrase(.netValueColumn), "Knowing every uncertain input", "test listing",
                                  "pays for itself", "the best size is", "distribution form", "preposterior",
                                  "standard error", "exact on the trials run"]
        let texts = try [Self.go.get(), Self.noGo.get()].flatMap { result in
            [Self.text(result), ReportRenderer.render(result, as: .markdown, chartsPath: "charts", language: .zh),
             HeadlineRenderer.render(result, words: chinese)]
        }
        for text in texts.prefix(2) {
            #expect(text.contains("信息价值") && text.contains("EVPI（完全信息期望价值）")
                     && text.contains("EVSI（样本信息期望价值）") && text.contains("再做一次测款"))
        }
        for heading in headings + valueOfInformation {
            for text in texts {
                #expect(!text.contains(heading), "English left in the Chinese report: \(heading)")
            }
        }
    }

    @Test func everyLineFitsEightyColumnsAndPagesHaveAtMost66Lines() throws {
        for result in try [Self.go.get(), Self.noGo.get(), ReportFixtures.full()] {
            let text = Self.text(result)
            let pages = ReportTestSupport.pages(text)
            #expect(pages.count >= 5)
            #expect(text.filter { $0 == "\u{0C}" }.count == pages.count - 1)
            for (index, page) in pages.enumerated() {
                #expect(page.count <= 66)
                #expect(page[0].hasSuffix("第 \(index + 1) 页，共 \(pages.count) 页"), "\(page[0])")
                for line in page {
                    #expect(DisplayWidth.of(line) <= 80, "page \(index + 1): \(line)")
                }
            }
            for line in HeadlineRenderer.render(result, words: ChineseStrings()).split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
            }
        }
    }

    /// Columns line up by display width: in the stock-curve table every row's P(loss) ends in
    /// the column its header ends in, though the money cells hold CJK characters.
    @Test func tableColumnsAlignByDisplayWidth() throws {
        let lines = Self.text(try Self.go.get()).split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.contains("备货量") && $0.hasSuffix("备注") })
        func end(of text: String, in line: String) -> Int? {
            line.range(of: text).map { DisplayWidth.of(String(line[..<$0.upperBound])) }
        }
        let lossEnd = try #require(end(of: "亏损概率", in: lines[header]))
        var rows = 0
        for line in lines[(header + 2)...].prefix(while: { $0.first?.isNumber == true || $0.hasPrefix(" ") }) {
            guard let percent = line.range(of: #"\d+\.\d %"#, options: .regularExpression) else { continue }
            #expect(DisplayWidth.of(String(line[..<percent.upperBound])) == lossEnd, "\(line)")
            rows += 1
        }
        #expect(rows >= 6)
    }

    @Test func jsonAndCSVDoNotChangeWithTheLanguage() throws {
        for result in try [Self.go.get(), ReportFixtures.full()] {
            for format in [ReportFormat.json, .csv] {
                let english = ReportRenderer.render(result, as: format, chartsPath: nil, language: .en)
                expectSameBytes(ReportRenderer.render(result, as: format, chartsPath: nil, language: .zh), english, "\(format)")
                expectSameBytes(ReportRenderer.render(result, as: format), english, "\(format)")
            }
        }
    }

    @Test func chartsAreWordedInChinese() throws {
        let charts = ChartRenderer.render(try Self.go.get(), language: .zh)
        #expect(charts.map(\.fileName) == ChartRenderer.render(try Self.go.get()).map(\.fileName))
        for chart in charts {   // the words drawn (not the class names): no English left
            let drawn = chart.svg.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
            for word in ["expected", "profit", "tolerance", "stock", "share", "trials", "late", "swing", "yuan"] {
                #expect(!drawn.contains(word), "\(chart.fileName): \(word)")
            }
        }
        let stock = try #require(charts.first { $0.fileName == "stock-curve.svg" }).svg
        #expect(stock.contains("备货量曲线") && stock.contains("容忍度 20.0 %") && stock.contains("期望利润 (万元)"))
    }

    @Test func tickLabelsArePlacedByDisplayWidth() {
        var row = TickRow(width: 20)
        let placed = [row.place("-1.5万元", at: 0, clear: true), row.place("0元", at: 10, clear: true),
                      row.place("9万元", at: 11, clear: true)]   // the last would touch the label before it
        #expect(placed == [true, true, false])
        row.place("3.2万元", at: 99)                       // moved inside the row
        #expect(row.text == "-1.5万元  0元3.2万元")
        #expect(DisplayWidth.of(row.text) == 20)
    }

    @Test func closingPunctuationNeverStartsALineAndUnitsStayWithTheirNumber() {
        let lines = DisplayWidth.wrap("甲乙丙丁戊己庚辛，壬癸。", width: 16)
        #expect(lines == ["甲乙丙丁戊己庚", "辛，壬癸。"])
        #expect(lines.allSatisfy { !$0.hasPrefix("，") && !$0.hasPrefix("。") })
        // A number keeps its unit: the line breaks before the figure, not inside it.
        #expect(DisplayWidth.wrap("差异区间 -3.91万元 至 -3.03万元", width: 26) == ["差异区间 -3.91万元 至", "-3.03万元"])
        #expect(DisplayWidth.wrap("需售出备货的57,158件", width: 16) == ["需售出备货的", "57,158件"])
        // Only a figure's unit: a unit word on its own wraps like any other Chinese text.
        #expect(DisplayWidth.wrap("Money in 万元: 1", width: 10) == ["Money in", "万元: 1"])
        #expect(DisplayWidth.wrap("Money in 万元: 1", width: 11) == ["Money in 万", "元: 1"])
    }
}
