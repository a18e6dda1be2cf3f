import CPangoCairo
import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskPDF
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The PDF report read back with poppler-utils: page size and numbering, embedded fonts, the text
/// layer against the text report, margins, outline, metadata and byte-identical output. The
/// fixture's scenario name is Chinese, so every test also exercises CJK text.
@Suite(TestTimeLimit.minutes(20)) struct PDFReportTests {
    static let name = "冲牙器杯 双11"
    static let result = ReportFixtures.result(name: name)
    static let sample = Result { try PDFSample.make(result) }
    static let geometry = PDFPageGeometry()
    static let words = EnglishStrings()

    var sample: PDFSample {
        get throws { try Self.sample.get() }
    }

    @Test func a4PagesEachWithHeaderAndPageXOfY() throws {
        let sample = try sample
        let pages = try #require(sample.infoValue("Pages").flatMap { Int($0) })
        #expect(pages >= 4)
        #expect(sample.infoValue("Page size") == "595.276 x 841.89 pts (A4)")
        let texts = sample.text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        #expect(texts.count == pages + 1 && texts.last?.trimmingCharacters(in: .whitespacesAndNewlines) == "")
        for (index, text) in texts.prefix(pages).enumerated() {
            #expect(text.contains(Self.words.page(index + 1, of: pages)), "page \(index + 1)")
            // (pdftotext may set a space where the font changes from CJK to Latin: `双 11`.)
            #expect(text.filter { !$0.isWhitespace }.contains(Self.name.filter { !$0.isWhitespace }),
                    "page \(index + 1) has no running header")
            #expect(text.contains(Self.words.pageFooter(version: MoldRiskVersion.current,
                                                           seed: Self.result.seed, trials: Self.result.trials)))
        }
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        let rows = try sample.fonts.split(separator: "\n").drop { !$0.hasPrefix("---") }.dropFirst()
        #expect(rows.count >= 2)   // regular and bold at least
        for row in rows {
            let fields = row.split(separator: " ")
            #expect(fields.count >= 7, "\(row)")
            guard fields.count >= 7 else { continue }
            #expect(fields[fields.count - 5] == "yes" && fields[fields.count - 4] == "yes", "not embedded and subset: \(row)")
        }
        #expect(rows.contains { $0.contains("NotoSansCJK") })
    }

    /// The scenario name, the verdict and the figures, exactly as the text report prints them.
    @Test func textLayerHasTheNameVerdictAndFiguresAsPrinted() throws {
        let text = try sample.text
        let report = ReportRenderer.render(Self.result, as: .text)
        var figures = [Self.name, Self.result.verdict.decision.rawValue, Self.result.verdict.cycle,
                       Fmt.unitsWord(Self.result.verdict.stock)]
        for cycle in Self.result.cycles {
            // Money as an English reader writes it (issue 20: ¥ with k or M).
            figures += [Self.words.money(cycle.profit.mean), Fmt.percent(cycle.probabilityOfLoss),
                        Fmt.percent(cycle.breakEven.sellThrough), Self.words.money(cycle.var95)]
            figures += cycle.stockCurve.map { Self.words.money($0.expectedValue) }
        }
        for figure in figures {
            #expect(report.contains(figure), "the text report lacks \(figure)")
            #expect(text.contains(figure), "the PDF's text lacks \(figure)")
        }
    }

    /// Every word (the charts' included) lies inside the page less its margins: the binding margin
    /// on the left of odd pages and the right of even ones, the header and footer within 11 and
    /// 10 mm of the edge.
    @Test func noTextBeyondTheMargins() throws {
        let sample = try sample
        let g = Self.geometry
        #expect(abs(sample.pageWidth - g.width) < 0.01 && abs(sample.pageHeight - g.height) < 0.01)
        #expect(sample.words.count > 500)
        let pages = Set(sample.words.map(\.page))
        #expect(pages.count == Int(sample.infoValue("Pages") ?? "") ?? -1)
        for word in sample.words {
            let left = g.bodyLeft(page: word.page)
            let inside = word.xMin >= left - 0.5 && word.xMax <= left + g.bodyWidth + 0.5
                && word.yMin >= g.headerTop - 2 && word.yMax <= g.height - g.footerBottom + 2
            #expect(inside, "page \(word.page): \(word.text) at x \(word.xMin)–\(word.xMax), y \(word.yMin)–\(word.yMax)")
        }
    }

    @Test func sameResultGivesTheSameBytes() throws {
        let again = try PDFReport.render(Self.result)
        #expect(again == (try sample.bytes))
    }

    @Test func metadataAndOneOutlineEntryPerHeading() throws {
        let sample = try sample
        #expect(sample.infoValue("Title") == Self.words.documentTitle(Self.name))
        #expect(sample.infoValue("Creator") == "moldrisk \(MoldRiskVersion.current)")
        #expect(sample.infoValue("CreationDate") == nil && sample.infoValue("ModDate") == nil)
        let document = ReportContent.document(Self.result, placement: .besideFigures)
        let headings = document.items.filter { if case .heading = $0 { true } else { false } }.count
        let pdf = String(decoding: sample.bytes, as: UTF8.self)
        #expect(headings >= 7)
        #expect(pdf.components(separatedBy: "/Dest [").count - 1 == headings)
        #expect(pdf.contains("/Type /Outlines"))
    }

    @Test func creationDateOnlyWhenGiven() throws {
        #expect(PDFTypesetter.isoDate(0) == "1970-01-01T00:00:00Z")
        #expect(PDFTypesetter.isoDate(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(PDFTypesetter.isoDate(1_700_000_000) == "2023-11-14T22:13:20Z")
        let dated = String(decoding: try PDFReport.render(Self.result, creationDate: 1_700_000_000), as: UTF8.self)
        // Cairo 1.16 writes the date without PDF's `D:` prefix; pdfinfo reads it either way.
        #expect(dated.contains("/CreationDate (20231114221320") || dated.contains("/CreationDate (D:20231114221320"))
        #expect(!String(decoding: try sample.bytes, as: UTF8.self).contains("/CreationDate"))
    }

    /// The five charts are the SVGs `--charts` writes, drawn as vectors: their titles are text in
    /// the PDF, and the PDF holds no bitmap.
    @Test func chartsAreTheSVGChartsAsVectors() throws {
        let text = try sample.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let charts = ChartRenderer.render(Self.result)
        #expect(charts.count >= 4)
        for chart in charts {
            let title = try #require(chart.svg.firstMatch(of: /class="chart-title"[^>]*>([^<]*)</)?.1)
            #expect(text.contains(String(title)), "\(chart.fileName): \(title)")
        }
        #expect(!String(decoding: try sample.bytes, as: UTF8.self).contains("/Subtype /Image"))
    }

    /// Number columns use tabular figures: every digit is as wide as every other. (Noto Sans CJK's
    /// default figures are tabular too; `tnum` keeps them so if the font or its fallback changes.)
    @Test func numberColumnsHaveTabularFigures() throws {
        guard let surface = cairo_pdf_surface_create_for_stream(PDFByteSink.write, nil, 100, 100) else {
            Issue.record("no surface")
            return
        }
        defer { cairo_surface_destroy(surface) }
        let cairo = try #require(cairo_create(surface))
        defer { cairo_destroy(cairo) }
        let setter = PDFTextSetter(cairo: cairo)
        let ones = try setter.size(PDFText(string: "111,111", style: .number), width: nil).width
        let eights = try setter.size(PDFText(string: "888,888", style: .number), width: nil).width
        #expect(ones > 10 && abs(ones - eights) < 0.01)
    }

    @Test func aBrokenChartIsAnErrorNotACrash() {
        #expect {
            _ = try PDFChart(fileName: "broken.svg", svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"")
        } throws: { error in
            (error as? PDFError)?.message.contains("broken.svg") == true
        }
    }
}
