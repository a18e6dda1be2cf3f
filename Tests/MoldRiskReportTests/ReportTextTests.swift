import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

@Suite struct ReportTextTests {
    let result = ReportFixtures.result()
    var text: String { ReportRenderer.render(result, as: .text) }

    @Test func everyLineFitsEightyDisplayColumns() {
        for (p, page) in ReportTestSupport.pages(text).enumerated() {
            for line in page {
                #expect(DisplayWidth.of(line) <= 80, "page \(p + 1): \(line)")
            }
        }
        // The fixture really exercises wide characters: the name would not fit untruncated.
        #expect(DisplayWidth.of(ReportFixtures.longChineseName) > 80)
        #expect(text.contains("数据驱动"))
    }

    @Test func pagesHaveAtMost66LinesAndAreSeparatedByFormFeeds() {
        let pages = ReportTestSupport.pages(text)
        #expect(pages.count >= 3)
        #expect(text.filter { $0 == "\u{0C}" }.count == pages.count - 1)
        #expect(text.hasSuffix("\n"))
        for page in pages {
            #expect(page.count <= 66)
            #expect(!page.isEmpty)
        }
    }

    @Test func everyPageHeaderHasTheNameAndPageXOfY() {
        let pages = ReportTestSupport.pages(text)
        for (index, page) in pages.enumerated() {
            let header = page[0]
            #expect(header.hasSuffix("page \(index + 1) of \(pages.count)"), "\(header)")
            #expect(header.hasPrefix("家用漱口杯"))
            #expect(header.contains("…"))   // the long name is truncated by display width
            #expect(DisplayWidth.of(header) <= 80)
            #expect(page[1].allSatisfy { $0 == "─" } && DisplayWidth.of(page[1]) == 80)
        }
    }

    @Test func noBlockThatFitsAPageIsSplit() {
        let blocks = TextReport.blocks(ReportContent.document(result))
        let pages = ReportTestSupport.pages(text)
        var checked = 0
        for block in blocks where block.height <= TextPaginator(title: "").bodyHeight && block.height > 0 {
            let lines = (block.lead + block.heading + block.rows.flatMap { $0 }).map(TextCharts.trimTrailing)
            let onOnePage = pages.contains { page in
                page.count >= lines.count && (0...(page.count - lines.count)).contains { start in
                    Array(page[start..<start + lines.count]) == lines
                }
            }
            #expect(onOnePage, "block starting \(lines.first ?? "") is split")
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test func stockCurveTableHeaderAndLastRowShareAPage() {
        let pages = ReportTestSupport.pages(text)
        let titled = pages.filter { $0.contains("Stock curve (same trials for every stock)") }
        #expect(titled.count == 2)   // one per cycle, each wholly on a page
        for page in titled {
            let start = page.firstIndex(of: "Stock curve (same trials for every stock)")!
            #expect(page[start + 1].contains("Stock") && page[start + 1].contains("P95"))
            #expect(page[(start + 2)...].contains { $0.hasPrefix("150,000") })
            #expect(page[(start + 2)...].contains { $0.hasPrefix(" 40,000") })
        }
    }

    @Test func sectionsAppearInOrderWithVerdictFirst() throws {
        let positions = try ReportContent.sectionTitles.map { title in
            try #require(text.range(of: title)?.lowerBound, "missing \(title)")
        }
        #expect(positions == positions.sorted())
        // Page 1 is the summary (issue 20): the verdict, its stock and the key figures; the
        // comparison of the cycles opens page 2; the risk profiles follow, one cycle after another.
        let pages = ReportTestSupport.pages(text).map { $0.joined(separator: "\n") }
        let first = pages[0]
        #expect(first.contains(ReportContent.sectionTitles[0]) && !first.contains(ReportContent.sectionTitles[1]))
        for fact in ["GO AT A SMALLER STOCK", "80,000 units", "Expected profit", "P(loss)", "VaR 95 %",
                     "P(late)", "Break-even"] {
            #expect(first.contains(fact), "page 1 lacks \(fact)")
        }
        #expect(pages[1].contains(ReportContent.sectionTitles[1]))
        #expect(pages[1].contains("数据驱动 earns ¥61.2k more on average than traditional"))
        let cycle1 = try #require(text.range(of: "3.1  Cycle traditional")?.lowerBound)
        let cycle2 = try #require(text.range(of: "3.2  Cycle 数据驱动")?.lowerBound)
        #expect(positions[2] < cycle1 && cycle1 < cycle2 && cycle2 < positions[3])
    }

    @Test func perCycleContentIsPresent() {
        for needle in ["P1 ", "P99", "Standard error of the mean", "█", "┬", "Units to sell", "Ready P10 / P50 / P90",
                       "late", "best", "max", "plan", "GO", "pert: min 150,000, mode 250,000, max 800,000, lambda 4",
                       #"[cycles."数据驱动"]"#, "demand.event_impressions", "max_loss_probability", "0.2 (20.0 %)",
                       "xoshiro256++ via gsl_rng", "49 chunks of 4,096 trials", "0.5 % relative",
                       "identical report"] {
            // Wrapped lines joined back, so a phrase broken across lines is still found.
            let flat = text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }.joined(separator: " ")
            #expect(flat.contains(needle), "missing \(needle)")
        }
    }

    @Test func marginalVerdictSaysMoreTrialsCouldFlipIt() {
        // Wrapped lines joined back, so a phrase broken across lines is still found.
        func flat(_ text: String) -> String {
            text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }.joined(separator: " ")
        }
        let marginal = flat(ReportRenderer.render(ReportFixtures.result(marginal: true), as: .text))
        #expect(marginal.contains("more trials could change this decision"))
        #expect(!flat(text).contains("more trials could change this decision"))
        #expect(flat(text).contains("more trials would not change this decision"))
    }

    @Test func noStockWithinToleranceIsSaid() {
        let text = ReportRenderer.render(ReportFixtures.result(withinTolerance: false), as: .text)
        #expect(text.contains("No evaluated stock keeps P(loss) within 20.0 %."))
    }

    @Test func aVeryLongInputListIsSplitBetweenRowsWithItsHeadingRepeated() {
        let names = (1...12).map { "cycle_\($0)_长名字" }
        let big = ReportFixtures.result(cycleNames: names)
        let pages = ReportTestSupport.pages(ReportRenderer.render(big, as: .text))
        let continued = pages.filter { $0.count > 3 && $0[3] == "Scenario inputs, by key (continued)" }
        #expect(continued.count >= 2)
        for page in pages {
            #expect(page.count <= 66)
            #expect(page.allSatisfy { DisplayWidth.of($0) <= 80 })
        }
        for page in continued {
            #expect(page[4].hasPrefix("Key") && page[4].contains("Value"))
            #expect(page[5].hasPrefix("────"))
        }
        // Every logical row of the inputs table stays whole: a wrapped value never starts a page.
        for page in continued { #expect(!page[6].hasPrefix(" ")) }
    }

    @Test func renderingTwiceIsIdentical() {
        for format in ReportFormat.allCases {
            let a = ReportRenderer.render(ReportFixtures.result(), as: format)
            let b = ReportRenderer.render(ReportFixtures.result(), as: format)
            #expect(a == b, "\(format)")
        }
        #expect(HeadlineRenderer.render(result) == HeadlineRenderer.render(ReportFixtures.result()))
    }

    @Test func headlineIsShortAndFits() {
        let headline = HeadlineRenderer.render(result)
        let lines = headline.split(separator: "\n").map(String.init)
        #expect((5...12).contains(lines.count))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines[0] == "GO AT A SMALLER STOCK: cycle 数据驱动, 80,000 units")
        #expect(headline.contains("P(loss) 10.1 %"))
        #expect(headline.contains("tolerance 20.0 %"))
        #expect(headline.contains("Break-even: sell 61.2 %"))
        #expect(headline.contains("Expected profit ¥240k"))
    }

    @Test func marginalHeadlineWarnsInOneLine() {
        let headline = HeadlineRenderer.render(ReportFixtures.result(marginal: true))
        let lines = headline.split(separator: "\n")
        // The bound of `headlineIsShortAndFits`: the fixture's reason is worded by Report
        // (`EnglishStrings().verdictReason`), three lines at 80 columns, like a real run's.
        #expect((5...12).contains(lines.count))
        #expect(lines.last == "Marginal verdict: more trials could change it; rerun with more trials.")
    }

    @Test func degenerateResultsStillRenderWithinTheLimits() {
        var r = ReportFixtures.result(name: "x", cycleNames: ["only"])
        r.cycles[0].profitCDF = []
        r.cycles[0].profitHistogram = []
        r.cycles[0].leadTime.histogram = [HistogramBin(lower: 1, upper: 2, share: 1)]
        r.cycles[0].var95 = .nan
        r.cycles[0].profit.percentiles = []
        for format in ReportFormat.allCases { #expect(!ReportRenderer.render(r, as: format).isEmpty) }
        let text = ReportRenderer.render(r, as: .text)
        #expect(text.contains("nothing to compare"))
        #expect(text.contains("n/a"))
        for page in ReportTestSupport.pages(text) {
            #expect(page.count <= 66)
            #expect(page.allSatisfy { DisplayWidth.of($0) <= 80 })
        }
        #expect(HeadlineRenderer.render(r).contains("GO AT A SMALLER STOCK: cycle only"))
    }

    @Test func fileExtensions() {
        #expect(ReportFormat.allCases.map(\.fileExtension) == ["txt", "json", "csv", "md"])
        #expect(ReportFormat(rawValue: "markdown") == .markdown)
    }
}

@Suite struct ReportPaginatorTests {
    func block(_ name: String, rows: Int, heading: Int = 1) -> TextBlock {
        TextBlock(heading: (0..<heading).map { "\(name) head \($0)" },
                  continuedHeading: (0..<heading).map { "\(name) head \($0) (continued)" },
                  rows: (0..<rows).map { ["\(name) row \($0)"] })
    }

    @Test func aBlockThatDoesNotFitMovesToTheNextPage() {
        let paginator = TextPaginator(title: "T", pageLength: 20)   // body 17 lines
        let pages = paginator.paginate([block("a", rows: 9), block("b", rows: 9)])
        #expect(pages.count == 2)
        #expect(pages[1].first == "b head 0")
        #expect(pages[1].last == "b row 8")
    }

    @Test func aBlockTallerThanAPageIsSplitBetweenRowsWithHeadingRepeated() {
        let paginator = TextPaginator(title: "T", pageLength: 20)
        let pages = paginator.paginate([block("a", rows: 3), block("big", rows: 40, heading: 2)])
        #expect(pages.allSatisfy { $0.count <= 17 })
        let rows = pages.flatMap { $0 }.filter { $0.hasPrefix("big row") }
        #expect(rows == (0..<40).map { "big row \($0)" })
        for page in pages.dropFirst() {
            #expect(page[0] == "big head 0 (continued)" && page[1] == "big head 1 (continued)")
        }
    }

    @Test func multiLineRowsAreNeverCut() {
        let paginator = TextPaginator(title: "T", pageLength: 13)   // body 10 lines
        let rows = (0..<12).map { i in ["r\(i) line 1", "r\(i) line 2", "r\(i) line 3"] }
        let pages = paginator.paginate([TextBlock(heading: ["h"], continuedHeading: ["h (continued)"], rows: rows)])
        for page in pages {
            #expect(page.count <= 10)
            let body = page.dropFirst()
            #expect(body.first?.hasSuffix("line 1") ?? true)
            #expect(body.last?.hasSuffix("line 3") ?? true)
        }
    }

    @Test func headerIsRightAlignedWithinWidth() {
        let paginator = TextPaginator(title: String(repeating: "漱口杯", count: 20))
        let header = paginator.header(page: 3, of: 12)
        #expect(DisplayWidth.of(header) == 80)
        #expect(header.hasSuffix("page 3 of 12"))
        #expect(header.contains("…"))
    }
}
