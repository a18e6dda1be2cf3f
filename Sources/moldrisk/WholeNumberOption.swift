import ArgumentParser
import Foundation
import MoldRisk

/// A whole-number option (`--trials`, `--seed`, `--threads`). Such options are declared as text
/// with `parsing: .unconditional`, so that `--trials -5` reaches validation (the argument parser
/// would otherwise take `-5` for an option and say "Missing value"); this reads the text and says
/// what is wrong with it, naming the option, the range and the value.
struct WholeNumberOption {
    let name: String
    let range: ClosedRange<UInt64>
    /// The range as the message writes it, e.g. "1 to 1,000,000,000".
    let rangeText: String
    /// Whether `0x` and hex digits are accepted too (`--seed`, as `scenario.seed` takes them).
    var acceptsHex = false

    static let trials = WholeNumberOption(name: "--trials", range: UInt64(Scenario.trialsRange.lowerBound)...UInt64(Scenario.trialsRange.upperBound),
                                          rangeText: Scenario.trialsRangeText)
    static let seed = WholeNumberOption(name: "--seed", range: 0...UInt64.max,
                                        rangeText: "0 to 18,446,744,073,709,551,615 (2^64 - 1), decimal or 0x hex",
                                        acceptsHex: true)
    static let threads = WholeNumberOption(name: "--threads", range: 1...1024, rangeText: "1 to 1,024")

    /// The default of `--threads`: every core (at most the option's maximum).
    static var allCores: Int { min(max(1, ProcessInfo.processInfo.activeProcessorCount), 1024) }

    /// The value of `text` (nil when the option was not given); a usage error (exit status 2)
    /// when it is not a whole number in the range. Digits may be grouped with `_` as in TOML
    /// (each `_` between two digits).
    func value(_ text: String?) throws -> UInt64? {
        guard let text else { return nil }
        if acceptsHex, let seed = SeedText.parse(text), range.contains(seed) { return seed }
        guard let digits = DigitGroups.digits(Substring(text), hex: false),
              let value = UInt64(digits), range.contains(value) else {
            throw ValidationError("\(name) must be a whole number from \(rangeText), got \(text)")
        }
        return value
    }

    /// As `value`, as an `Int` (for ranges within `Int`).
    func intValue(_ text: String?) throws -> Int? {
        try value(text).map { Int($0) }
    }
}
