#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Display width as a terminal measures it (issue 25 item 8): the oracle is the C library's
/// `wcwidth` in a UTF-8 locale, summed over the scalars as a terminal advances its cursor,
/// independent of `DisplayWidth`. Before the fix the text report counted one column per
/// grapheme cluster, so Thai and Devanagari spacing vowels and flags were counted short and
/// lines with such names ran past 80 terminal columns.
@Suite struct ReportTerminalWidthTests {
    /// Columns a terminal gives `text` by the C library's `wcwidth` (no emoji presentation
    /// sequences in the texts measured this way: there terminals go past `wcwidth`).
    static func terminalColumns(_ text: String) -> Int {
        guard let wcwidth = cWcwidth, let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return -1 }
        defer { freelocale(locale) }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return text.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32(bitPattern: $1.value)))) }
    }

    /// The C library's `wcwidth` (not in the Swift overlay: it needs `_XOPEN_SOURCE`).
    static let cWcwidth: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    static let samples = [
        "🇹🇭🇮🇳🇨🇳",                       // flags: a pair of regional indicators each
        "แก้วน้ำทำมือ",                     // Thai: tone marks (0) and spacing vowels such as ำ (1)
        "कप बिक्री किताब",                  // Devanagari: vowel signs ि (1), virama (0)
        "漱口杯 rinse cup é",
        "한국어 café",
    ]

    @Test(arguments: samples) func widthsAgreeWithTheCLibrary(_ text: String) {
        #expect(Self.terminalColumns(text) > 0)
        #expect(DisplayWidth.of(text) == Self.terminalColumns(text), "\(text)")
    }

    @Test func emojiPresentationAndFlagsTakeTwoColumns() {
        #expect(DisplayWidth.of("🇹🇭") == 2)
        #expect(DisplayWidth.of("❤️") == 2)             // U+2764 + VS16: emoji presentation
        #expect(DisplayWidth.of("❤") == 1)              // text presentation
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)            // one ZWJ sequence
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}\u{302}") == 1)
        #expect(DisplayWidth.of("\u{200B}") == 0)       // a format character
    }

    @Test func theTextReportKeepsEightyTerminalColumnsWithFlagsThaiAndDevanagari() {
        let name = "🇹🇭🇮🇳 แก้วน้ำทำมือ น้ำ ทำ कप बिक्री किताब 🇨🇳 漱口杯 double eleven แก้วน้ำ कि कि कि ทำมือ किताब 🇹🇭"
        let cycles = ["แก้วน้ำทำมือน้ำทำ", "किताब बिक्री 🇮🇳🇹🇭"]
        let text = ReportRenderer.render(ReportFixtures.result(name: name, cycleNames: cycles), as: .text)
        #expect(Self.terminalColumns(name) > 80)
        var lines = 0
        for line in text.split(separator: "\n") {
            let columns = Self.terminalColumns(String(line))
            #expect(columns <= 80, "\(columns) columns: \(line)")
            lines += 1
        }
        #expect(lines > 100)
        #expect(text.contains("แก้วน้ำทำมือน้ำทำ"))
    }
}
