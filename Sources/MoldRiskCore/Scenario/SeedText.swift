/// A seed written as text, as `scenario.seed = "…"` and `--seed` both take it: decimal digits or
/// `0x` and hex digits, optionally grouped with `_` as TOML groups digits, from 0 to 2^64 − 1.
package enum SeedText {
    /// The seed `text` spells, or nil when it is not one (empty, signed, not digits, too large,
    /// an `_` not between two digits).
    package static func parse(_ text: String) -> UInt64? {
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            guard let hex = DigitGroups.digits(text.dropFirst(2), hex: true) else { return nil }
            return UInt64(hex, radix: 16)
        }
        guard let digits = DigitGroups.digits(Substring(text), hex: false) else { return nil }
        return UInt64(digits, radix: 10)
    }
}

/// Digits grouped with `_` as TOML allows it (`1_000_000`, `0xdead_beef`): every `_` between
/// two digits, so `_1`, `1_` and `1__0` are not numbers.
package enum DigitGroups {
    /// The digits of `text` without the `_`, or nil when `text` is empty, holds anything but
    /// (hex) digits and `_`, or has an `_` that is not between two digits.
    package static func digits(_ text: Substring, hex: Bool) -> String? {
        let isDigit: (Character) -> Bool = { $0.isASCII && (hex ? $0.isHexDigit : $0.isNumber) }
        var digits = ""
        var previous: Character?
        for ch in text {
            if ch == "_" {
                guard let previous, isDigit(previous) else { return nil }
            } else {
                guard isDigit(ch) else { return nil }
                digits.append(ch)
            }
            previous = ch
        }
        guard let previous, isDigit(previous) else { return nil }
        return digits
    }
}
