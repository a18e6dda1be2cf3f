import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

@Suite struct ReportCSVTests {
    @Test func oneTidyTableWithSixColumnsInEveryRow() {
        let result = ReportFixtures.result()
        let text = ReportRenderer.render(result, as: .csv)
        let rows = ReportTestSupport.parseCSV(text)
        #expect(rows.first == ["cycle", "curve", "x", "x_unit", "y", "y_unit"])
        #expect(rows.allSatisfy { $0.count == 6 })
        // The curves of every cycle, then EVPI and its standard error (the fixture prices no listing).
        let expected = result.cycles.reduce(0) { $0 + 6 * $1.stockCurve.count + $1.profitCDF.count + $1.lossExceedance.count } + 2
        #expect(rows.count == 1 + expected)
        #expect(text.hasSuffix("\r\n"))
        #expect(Set(rows.dropFirst().map { $0[1] }) == ["stock_expected_profit", "stock_expected_profit_se",
            "stock_probability_of_loss", "stock_p5", "stock_p95", "stock_mean_sell_through", "profit_cdf", "loss_exceedance",
            "evpi", "evpi_se"])
    }

    @Test func valuesMatchTheFixture() throws {
        let result = ReportFixtures.result()
        let rows = ReportTestSupport.parseCSV(ReportRenderer.render(result, as: .csv)).dropFirst()
        let cycle = result.cycles[1]
        let cdf = rows.filter { $0[0] == "数据驱动" && $0[1] == "profit_cdf" }
        #expect(cdf.map { Double($0[2]) } == cycle.profitCDF.map(\.x))
        #expect(cdf.map { Double($0[4]) } == cycle.profitCDF.map(\.probability))
        let loss = rows.filter { $0[0] == "数据驱动" && $0[1] == "stock_probability_of_loss" }
        #expect(loss.map { $0[2] } == cycle.stockCurve.map { String(Int($0.stock)) })
        #expect(loss.map { Double($0[4]) } == cycle.stockCurve.map(\.probabilityOfLoss))
        #expect(loss.allSatisfy { $0[3] == "units" && $0[5] == "probability" })
    }

    @Test func aNameWithACommaOrQuoteIsQuoted() {
        let result = ReportFixtures.result(cycleNames: ["traditional, slow", "say \"fast\""])
        let text = ReportRenderer.render(result, as: .csv)
        #expect(text.contains("\r\n\"traditional, slow\",stock_expected_profit,"))
        #expect(text.contains("\r\n\"say \"\"fast\"\"\",profit_cdf,"))
        let rows = ReportTestSupport.parseCSV(text)
        #expect(rows.allSatisfy { $0.count == 6 })
        // EVPI's rows belong to the whole decision: their cycle is empty.
        #expect(Set(rows.dropFirst().map { $0[0] }) == ["traditional, slow", "say \"fast\"", ""])
    }
}

@Suite struct ReportMarkdownTests {
    let markdown = ReportRenderer.render(ReportFixtures.result(), as: .markdown)

    @Test func hasHeadingsInOrderAndTheTables() throws {
        #expect(markdown.hasPrefix("# Mold risk report: 家用漱口杯"))
        let positions = try ReportContent.sectionTitles.map { title in
            try #require(markdown.range(of: "\n## " + title + "\n")?.lowerBound, "missing \(title)")
        }
        #expect(positions == positions.sorted())
        #expect(markdown.contains("\n### 3.2  Cycle 数据驱动\n"))
        #expect(markdown.contains("| Stock | Exp. profit | P(loss) | P5 | P95 | Sold | Note |\n|---:|---:|---:|---:|---:|---:|---|"))
        #expect(markdown.contains("| 80,000 | ¥200k | 8.7 % | -¥16k | ¥480k | 79.0 % | GO |"))
        #expect(markdown.contains("| Figure | Profit |"))
        #expect(markdown.contains("- **Decision:** GO AT A SMALLER STOCK"))
        #expect(markdown.contains("```text\n"))
        #expect(markdown.contains(#"| **\[cycles."数据驱动"\]** | |"#))
    }

    @Test func tableRowsHaveTheirColumnCountAndPipesAreEscaped() {
        let md = ReportRenderer.render(ReportFixtures.result(cycleNames: ["a|b", "c"]), as: .markdown)
        #expect(md.contains("a\\|b"))
        var inTable = false
        var columns = 0
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { inTable = false; continue }
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count - 1
            if !inTable { columns = cells; inTable = true }
            #expect(cells == columns, "\(line)")
        }
    }
}
