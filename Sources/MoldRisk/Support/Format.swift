/// Locale-independent number formatting shared by the verdict's wording and the reports:
/// money in yuan with thousands separators, percentages, units and days.
public enum Format {
    /// Groups the digits of a whole number in threes: 1234567 → "1,234,567".
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        let rounded = value.rounded()
        let digits = String(UInt64(min(abs(rounded), 9.0e18)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (rounded < 0 ? "-" : "") + out
    }

    /// Yuan rounded to the yuan: "¥1,234,567", "-¥12,300".
    public static func yuan(_ value: Double) -> String {
        guard value.isFinite else { return grouped(value) }
        let g = grouped(abs(value))
        return (value.rounded() < 0 ? "-¥" : "¥") + g
    }

    /// Whole units: "100,000".
    public static func units(_ value: Double) -> String { grouped(value) }

    /// A probability as a percentage with `decimals` decimals: 0.1234 → "12.3 %".
    public static func percent(_ p: Double, decimals: Int = 1) -> String {
        fixed(p * 100, decimals: decimals) + " %"
    }

    /// Days with one decimal: "42.5 days".
    public static func days(_ value: Double) -> String { fixed(value, decimals: 1) + " days" }

    /// A number with a fixed count of decimals, without locale (`-` for negatives, `.` as the point).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return grouped(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = (scaled / scale).rounded(.down)
        var text = String(UInt64(min(whole, 9.0e18)))
        if decimals > 0 {
            let fraction = String(UInt64(scaled - whole * scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && scaled > 0 ? "-" : "") + text
    }
}
