import MoldRiskCore

/// Money, percents, days, units and machine numbers for the renderers and the verdict's wording,
/// on top of Core's locale-independent `Fmt` (grouping and exact values, which validation
/// messages use too). Rounding is half away from zero; non-finite values print as
/// `Fmt.notAvailable` in human formats and as `null` (JSON) or an empty field (CSV) in machine
/// formats.
extension Fmt {
    /// `x` rounded half away from zero to `places` decimals, with `,` thousands separators when
    /// `grouping` is true. `-0.4` with 0 places prints `0`, never `-0`.
    package static func fixed(_ x: Double, places: Int, grouping: Bool = true) -> String {
        guard x.isFinite else { return notAvailable }
        var scale = 1.0
        let places = min(15, max(0, places))  // beyond 15 places a UInt64 cannot hold the scaled value
        for _ in 0..<places { scale *= 10 }
        let scaled = (x.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return "\(x)" }   // beyond exact integers: shortest form
        let n = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = String(n / divisor)
        var text = grouping ? group(whole) : whole
        if places > 0 {
            let frac = String(n % divisor)
            text += "." + String(repeating: "0", count: places - frac.count) + frac
        }
        return (x < 0 && n != 0 ? "-" : "") + text
    }

    /// The name of a percentile level: `0.05` → `P5`, `0.99` → `P99`.
    package static func percentileLabel(_ level: Double) -> String {
        "P" + fixed(level * 100, places: 0, grouping: false)
    }

    /// Whole yuan with separators: `¥1,234,567`, `-¥12,300`, `¥0`.
    package static func money(_ yuan: Double) -> String {
        guard yuan.isFinite else { return notAvailable }
        let body = fixed(yuan.magnitude, places: 0)
        return (body != "0" && yuan < 0 ? "-" : "") + "¥" + body
    }

    /// Yuan as an English reader writes a sum (DESIGN §8.6): `¥` with three significant figures
    /// and `k` (thousand) or `M` (million), trailing zeros dropped (`¥131k`, `¥1.19M`, `¥12.3k`,
    /// `¥250k`, `-¥4.5k`); whole yuan below ¥1,000 (`¥950`, `¥0`). A sum that rounds up to the
    /// next unit is written in it (`999,700` → `¥1M`).
    package static func compactMoney(_ yuan: Double) -> String {
        guard yuan.isFinite else { return notAvailable }
        let magnitude = yuan.magnitude
        let steps: [(divisor: Double, suffix: String)] = [(1, ""), (1e3, "k"), (1e6, "M"), (1e9, "B")]
        var body = fixed(magnitude, places: 0)
        for (index, step) in steps.enumerated() where index > 0 {
            let value = magnitude / step.divisor
            // Below 0.9995 of the step the previous unit held it (rounded to three figures).
            guard value >= 0.9995 else { break }
            let places = value < 9.995 ? 2 : value < 99.95 ? 1 : 0
            body = fixed(value, places: places, grouping: true)
            if body.contains(".") {
                while body.hasSuffix("0") { body.removeLast() }
                if body.hasSuffix(".") { body.removeLast() }
            }
            body += step.suffix
        }
        if magnitude < 999.5 { body = fixed(magnitude, places: 0) }
        return (body != "0" && yuan < 0 ? "-" : "") + "¥" + body
    }

    /// An input amount in yuan exactly as given (no rounding): `¥9.9`, `¥150,000`, `-¥0.5`.
    package static func exactMoney(_ yuan: Double) -> String {
        guard yuan.isFinite else { return notAvailable }
        return (yuan < 0 ? "-" : "") + "¥" + exact(yuan.magnitude)
    }

    /// A probability as a percent with one decimal: `0.1234` → `12.3 %`.
    package static func percent(_ p: Double) -> String {
        guard p.isFinite else { return notAvailable }
        return fixed(p * 100, places: 1) + " %"
    }

    /// A probability interval: `7.9–8.3 %`.
    package static func percentRange(_ lower: Double, _ upper: Double) -> String {
        guard lower.isFinite, upper.isFinite else { return notAvailable }
        return fixed(lower * 100, places: 1) + "–" + fixed(upper * 100, places: 1) + " %"
    }

    /// A small relative error as a percent with two significant digits when below 0.1 %:
    /// `0.005` → `0.5 %`, `0.00012` → `0.012 %`.
    package static func precisePercent(_ p: Double) -> String {
        guard p.isFinite else { return notAvailable }
        let pct = p * 100
        if pct == 0 || pct.magnitude >= 0.1 { return fixed(pct, places: 1) + " %" }
        var places = 1
        var probe = pct.magnitude
        while probe < 10 && places < 12 { probe *= 10; places += 1 }
        return fixed(pct, places: places - 1) + " %"
    }

    /// Days with one decimal: `45.25` → `45.3 days`.
    package static func days(_ d: Double) -> String {
        guard d.isFinite else { return notAvailable }
        return fixed(d, places: 1) + " days"
    }

    /// Whole units with separators, without the word: `100,000`.
    package static func units(_ u: Double) -> String {
        fixed(u, places: 0)
    }

    /// Whole units with separators and the word: `100,000 units`.
    package static func unitsWord(_ u: Double) -> String {
        units(u) + " units"
    }

    /// A number for machines (JSON, CSV): Swift's shortest round-trip form, or nil when the value
    /// is not finite. Byte-stable for the same `Double`.
    package static func machine(_ x: Double) -> String? {
        x.isFinite ? "\(x)" : nil
    }

    /// A count-like number for machines: an integer literal when the value is integral and exactly
    /// representable (|x| < 2^53), otherwise the shortest round-trip form; nil when not finite.
    package static func machineCount(_ x: Double) -> String? {
        guard x.isFinite else { return nil }
        if x == x.rounded(), x.magnitude < 9_007_199_254_740_992 { return String(Int64(x)) }
        return "\(x)"
    }
}
