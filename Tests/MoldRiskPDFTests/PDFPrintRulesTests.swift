import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskPDF
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Issue 20's print rules over every checked-in scenario, in English and Chinese: page 1 holds the
/// whole summary with its chart, no page but the last of a chapter ends above 70 % of the text
/// area, no text is smaller than 6.5 pt (charts included, measured with `pdftotext -bbox`),
/// `--brief` stays within 4 pages, and the English rinse-cup PDF stays small (a Latin font, no
/// CJK subsets for Latin text).
@Suite(.serialized) struct PDFPrintRulesTests {
    static let scenarioFiles: [String] = {
        let folder = packageRoot.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    /// Each scenario run once on fewer trials (the layout does not depend on their number), shared
    /// by the tests below.
    static let results: [String: Result<RunResult, any Error>] = Dictionary(uniqueKeysWithValues: scenarioFiles.map { path in
        (path, Result {
            try MoldRiskRun.run(try ScenarioLoader.load(path: path), options: .init(trials: 20_000, threads: 2, sensitivity: true))
        })
    })

    static func result(_ path: String) throws -> RunResult {
        try #require(results[path]).get()
    }

    /// Poppler's word box is the ascent + descent of the font of its first character: 1.448 em
    /// for Noto Sans CJK, 1.362 em for Noto Sans. A word starting with a CJK character has the CJK
    /// font's box; one starting with a Latin character is set in Noto Sans (first in the charts'
    /// font list and the English text's) or, in the Chinese body text, in Noto Sans CJK, where
    /// its size is then overestimated by 6 % (that text is 7.5 pt and larger). A vertical word's
    /// box is measured across, not along, its line.
    static let boxPerPoint = (cjk: 1.448, latin: 1.362)
    static let leastSize = 6.5

    /// A word's printed size in points.
    static func size(_ word: PDFSample.Word) -> Double {
        let latin = (word.text.unicodeScalars.first?.value ?? 0) < 0x3000
        return word.lineHeight / (latin ? boxPerPoint.latin : boxPerPoint.cjk)
    }

    @Test func everyScenarioIsPrintable() throws {
        #expect(Self.scenarioFiles.count >= 4)
        for path in Self.scenarioFiles {
            let result = try Self.result(path)
            for language in ReportLanguage.allCases {
                let sample = try PDFSample.make(result, language: language)
                let name = "\(URL(fileURLWithPath: path).lastPathComponent) (\(language.rawValue))"
                // Page 1 (the verdict banner included) calls a labelled cycle by its label, never its key.
                let firstPage = sample.text.split(separator: "\u{0C}").first.map(String.init) ?? ""
                for cycle in result.scenario.cycles where cycle.displayName(in: language) != cycle.name {
                    #expect(!firstPage.contains(cycle.name), "\(name): page 1 names the cycle by its key \(cycle.name)")
                }
                // Smallest text: every word's box height over the box-per-point ratio.
                let smallest = sample.words.min { Self.size($0) < Self.size($1) }
                #expect(smallest.map(Self.size) ?? 0 >= Self.leastSize - 0.05,
                        "\(name): text of \(smallest.map(Self.size) ?? 0) pt: \(smallest?.text ?? "") on page \(smallest?.page ?? 0)")
                // Page fill: the lowest word of a page's body against the text area.
                let geometry = PDFPageGeometry()
                let pages = Int(sample.infoValue("Pages") ?? "") ?? 0
                let chapterStarts = Set(sample.words.filter { word in
                    ReportLanguage.allCases.contains { language in
                        let titles = language.strings.sectionTitles
                        return [titles[1], titles[2], titles[3]].contains { $0.hasPrefix(word.text) && word.xMin < 100 }
                    }
                }.map(\.page))
                // Page 1 is the executive summary, its one chart included: the cycles compared open page 2.
                #expect(chapterStarts.contains(2), "\(name): the summary (verdict, reason, key figures, what would make it GO, chart) runs past page 1")
                for page in 1..<max(1, pages) where !chapterStarts.contains(page + 1) {
                    let body = sample.words.filter {
                        $0.page == page && $0.yMin > geometry.top - 1 && $0.yMax < geometry.top + geometry.bodyHeight + 1
                    }
                    let bottom = (body.map(\.yMax).max() ?? geometry.top) - geometry.top
                    #expect(bottom >= 0.7 * geometry.bodyHeight - 12,
                            "\(name): page \(page) of \(pages) ends at \(Int(100 * bottom / geometry.bodyHeight)) %")
                }
            }
        }
    }

    @Test func briefIsAtMostFourPagesInEveryFormatWithPages() throws {
        for path in Self.scenarioFiles {
            let result = try Self.result(path)
            for language in ReportLanguage.allCases {
                let pdf = try PDFReport.render(result, language: language, scope: .brief)
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moldrisk-brief-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let file = folder.appendingPathComponent("brief.pdf")
                try Data(pdf).write(to: file)
                let info = try PDFSample.tool("pdfinfo", [file.path])
                let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                    .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 99
                #expect((1...4).contains(pages), "\(path) \(language): \(pages) brief PDF pages")
                let text = TextReport.render(result, scope: .brief, words: language.strings)
                let textPages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).count
                #expect(textPages <= 4, "\(path) \(language): \(textPages) brief text pages")
                #expect(!text.contains(language.strings.sectionTitles[3]) && !text.contains(language.strings.sectionTitles[2]))
                let full = TextReport.render(result, words: language.strings)
                #expect(full.contains(language.strings.sectionTitles[3]))
                let markdown = MarkdownReport.render(result, scope: .brief, words: language.strings)
                #expect(!markdown.contains(language.strings.sectionTitles[4]))
            }
        }
    }

    @Test func theEnglishRinseCupPDFIsSmall() throws {
        let path = try #require(Self.scenarioFiles.first { $0.hasSuffix("rinse-cups.toml") })
        let sample = try PDFSample.make(try Self.result(path), language: .en)
        #expect(sample.bytes.count <= 400_000, "\(sample.bytes.count) bytes")
        #expect(sample.fonts.contains("NotoSans-"))
    }
}
