import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

@Suite struct ReportFormattingTests {
    @Test(arguments: [
        (0.0, "¥0"), (-12_300.0, "-¥12,300"), (1_234_567.0, "¥1,234,567"), (1_234_567.5, "¥1,234,568"),
        (-1_234_567.49, "-¥1,234,567"), (999.5, "¥1,000"), (-0.4, "¥0"), (12.0, "¥12"),
        (123_456_789_012.0, "¥123,456,789,012"), (Double.nan, "n/a"), (-Double.infinity, "n/a"),
    ])
    func money(_ value: Double, _ expected: String) {
        #expect(Fmt.money(value) == expected)
    }

    @Test func percentsDaysUnits() {
        #expect(Fmt.percent(0.1234) == "12.3 %")
        #expect(Fmt.percent(0.12351) == "12.4 %")
        #expect(Fmt.percent(1) == "100.0 %")
        #expect(Fmt.percent(0) == "0.0 %")
        #expect(Fmt.percentRange(0.079, 0.0834) == "7.9–8.3 %")
        #expect(Fmt.precisePercent(0.005) == "0.5 %")
        #expect(Fmt.precisePercent(0.00012) == "0.012 %")
        #expect(Fmt.days(45.25) == "45.3 days")
        #expect(Fmt.days(7) == "7.0 days")
        #expect(Fmt.units(100_000) == "100,000")
        #expect(Fmt.units(61_234.5) == "61,235")
        #expect(Fmt.units(999) == "999")
        #expect(Fmt.fixed(-1234.5678, places: 2) == "-1,234.57")
    }

    @Test func exactValuesKeepEveryDigit() {
        #expect(Fmt.exact(1_500_000) == "1,500,000")
        #expect(Fmt.exact(0.15) == "0.15")
        #expect(Fmt.exact(-2_500.25) == "-2,500.25")
        #expect(Fmt.exactMoney(9.9) == "¥9.9")
        #expect(Fmt.exactMoney(-0.5) == "-¥0.5")
        #expect(Fmt.machine(0.1) == "0.1")
        #expect(Fmt.machine(.nan) == nil)
        #expect(Fmt.machineCount(100_000) == "100000")
        #expect(Fmt.machineCount(61_234.5) == "61234.5")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("漱口杯") == 6)
        #expect(DisplayWidth.of("rinse cup") == 9)
        #expect(DisplayWidth.of("ＡＢ") == 4)        // fullwidth forms
        #expect(DisplayWidth.of("한국") == 4)          // Hangul
        #expect(DisplayWidth.of("（，）") == 6)        // fullwidth punctuation
        #expect(DisplayWidth.of("─█▏╵┬") == 5)         // box drawing and blocks are narrow
        #expect(DisplayWidth.of("e\u{301}") == 1)      // combining accent
        #expect(DisplayWidth.of("¥1,000") == 6)
    }

    @Test func truncateAndPadByDisplayWidth() {
        #expect(DisplayWidth.truncate("漱口杯abc", to: 5) == "漱口…")
        #expect(DisplayWidth.truncate("漱口杯", to: 4) == "漱…")
        #expect(DisplayWidth.truncate("漱口杯", to: 6) == "漱口杯")
        #expect(DisplayWidth.pad("杯", to: 4, alignRight: true) == "  杯")
        #expect(DisplayWidth.of(DisplayWidth.pad("漱口杯漱口杯", to: 7)) == 7)
    }

    @Test func wrapNeverExceedsTheWidthAndKeepsEveryCharacter() {
        var seed: UInt64 = 42
        let alphabet = Array("ab cd 漱口杯 ，x yz 数据驱动 longwordwithoutspaces ")
        for width in [1, 2, 5, 9, 20, 47] {
            for _ in 0..<50 {
                var s = ""
                for _ in 0..<Int.random(in: 0...120, using: &Generator.shared) {
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    s.append(alphabet[Int(seed >> 33) % alphabet.count])
                }
                let lines = DisplayWidth.wrap(s, width: width)
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= max(width, 2) })
                #expect(lines.joined().filter { $0 != " " } == s.filter { $0 != " " })
            }
        }
    }

    struct Generator: RandomNumberGenerator {
        nonisolated(unsafe) static var shared = Generator()
        var state: UInt64 = 7
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }
}
