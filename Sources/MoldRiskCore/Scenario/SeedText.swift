/// A seed written as text, as `scenario.seed = "…"` and `--seed` both take it: decimal digits or
/// `0x` and hex digits, optionally grouped with `_`, from 0 to 2^64 − 1.
package enum SeedText {
    /// The seed `text` spells, or nil when it is not one (empty, signed, not digits, too large).
    package static func parse(_ text: String) -> UInt64? {
        let digits = String(text.filter { $0 != "_" })
        guard !digits.isEmpty, !digits.hasPrefix("+"), !digits.hasPrefix("-") else { return nil }
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            let hex = digits.dropFirst(2)
            guard !hex.isEmpty, !hex.hasPrefix("+"), !hex.hasPrefix("-") else { return nil }
            return UInt64(hex, radix: 16)
        }
        return UInt64(digits, radix: 10)
    }
}
