import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// A Chinese report holds no English word except the user's own names (scenario, cycles, their
/// labels), the (GO) / (NO-GO) marks, standard acronyms (VaR, CVaR, EVPI, EVSI, NPV, P5 …) and,
/// in the inputs section and the appendix's method rows, the scenario's keys as written in the
/// file. Checked over every string the Chinese table produces for every checked-in scenario:
/// the text, Markdown and headline renderers and the SVG charts.
@Suite struct ReportChineseWordsTests {
    static let allowed: Set<String> = [
        "GO", "NO", "AT", "A", "SMALLER", "STOCK", "VaR", "CVaR", "EVPI", "EVSI", "NPV", "CDF", "SE", "moldrisk",
        "MOLD", "RISK", "REPORT", "Markdown", "PDF", "TOML", "CSV", "JSON", "Wilson", "GSL", "Sobol", "splitmix",
        "Spearman",   // a name, as Wilson and Sobol: "Spearman 秩相关" is how Chinese statistics writes it
    ]

    /// The ASCII words of `text` (two or more letters), without percentile names (P5, P95).
    static func englishWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, CharacterSet.letters.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if current.count >= 2 { words.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { words.append(current) }
        return words
    }

    /// XML character data as a reader sees it: the five predefined entities replaced (`&apos;` is
    /// an apostrophe, not the word "apos").
    static func unescaped(_ xml: String) -> String {
        [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")].reduce(xml) {
            $0.replacingOccurrences(of: $1.0, with: $1.1)
        }
    }

    @Test func chineseReportsHoldNoEnglishWords() throws {
        for path in PDFPrintRulesTests.scenarioFiles {
            let result = try PDFPrintRulesTests.result(path)
            let words = ChineseStrings()
            var own = Set(Self.englishWords(result.scenario.name))
            for cycle in result.scenario.cycles {
                own.formUnion(Self.englishWords(cycle.name))
                own.formUnion(Self.englishWords(cycle.displayName(in: .zh)))
            }
            // The inputs section prints the file's keys: everything from its title to the method's.
            let text = TextReport.render(result, words: words)
            let inputs = try #require(text.range(of: words.sectionTitles[3]))
            let prose = String(text[..<inputs.lowerBound])
            let charts = ChartRenderer.render(result, language: .zh).map { svg in
                // Only the text a reader sees: the SVG's <text> and <title> contents.
                svg.svg.components(separatedBy: "<").compactMap { part -> String? in
                    guard part.hasPrefix("text") || part.hasPrefix("title") || part.hasPrefix("tspan"),
                          let close = part.firstIndex(of: ">") else { return nil }
                    return Self.unescaped(String(part[part.index(after: close)...]))
                }.joined(separator: " ")
            }
            let headline = HeadlineRenderer.render(result, words: words)
            for (what, body) in [("text", prose), ("headline", headline)] + charts.enumerated().map({ ("chart \($0.offset)", $0.element) }) {
                let english = Set(Self.englishWords(body)).subtracting(Self.allowed).subtracting(own)
                #expect(english.isEmpty, "\(path) \(what): \(english.sorted())")
            }
        }
    }
}
