/// Locale-independent number formatting: the part validation messages need (grouping, exact
/// values) and every renderer builds on (Report's `Fmt` extension adds money, percents, days,
/// units and machine numbers).
///
/// Nothing here reads the current locale: digits are ASCII, the decimal mark is `.`, the
/// thousands separator is `,`. Non-finite values print as `n/a`.
package enum Fmt {
    /// Printed for NaN and infinities in human-readable formats.
    package static let notAvailable = "n/a"

    /// Inserts `,` every three digits from the right of a string of ASCII digits.
    package static func group(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// A value exactly as given, in Swift's shortest round-trip form with `,` grouping of the
    /// whole part and no `.0` for integral values: `1500000` → `1,500,000`, `0.15` → `0.15`.
    /// Scientific forms (`1e-07`) are printed as Swift prints them.
    package static func exact(_ x: Double) -> String {
        guard x.isFinite else { return notAvailable }
        if x == 0 { return "0" }
        let s = "\(x)"
        if s.contains("e") { return s }
        let negative = s.hasPrefix("-")
        let unsigned = negative ? String(s.dropFirst()) : s
        let parts = unsigned.split(separator: ".", maxSplits: 1).map(String.init)
        var text = group(parts[0])
        if parts.count == 2 && parts[1] != "0" { text += "." + parts[1] }
        return (negative ? "-" : "") + text
    }
}
