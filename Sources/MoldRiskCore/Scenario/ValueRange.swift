/// The values a scenario key accepts: a closed interval (its lower end optionally open), whole
/// numbers only for unit counts, and the unit its numbers are in. Every numeric key of a scenario
/// has one, listed in `ScenarioRanges` (the README's table is generated from it); a value outside
/// it is refused with the range named, so the model never meets a number it cannot handle.
struct ValueRange: Sendable, Equatable {
    let lower: Double
    let upper: Double
    /// True when `lower` itself is refused (`lambda` > 0).
    var lowerIsOpen = false
    /// True for counts of units: a fraction is refused.
    var wholeOnly = false
    /// "yuan", "days", "units a day", … (empty for a pure number).
    var unit = ""

    init(_ lower: Double, _ upper: Double, unit: String = "", lowerIsOpen: Bool = false, wholeOnly: Bool = false) {
        self.lower = lower
        self.upper = upper
        self.unit = unit
        self.lowerIsOpen = lowerIsOpen
        self.wholeOnly = wholeOnly
    }

    /// The same range for a quantity that may also be negative (a normal's mean): −upper…upper.
    var symmetric: ValueRange { ValueRange(-upper, upper, unit: unit) }

    /// The same range without 0 (a lognormal's median, a gamma's scale).
    var positive: ValueRange { ValueRange(Swift.max(0, lower), upper, unit: unit, lowerIsOpen: lower <= 0) }

    /// The range as a message and the README write it: `0.0001 to 1e6 yuan a unit`, `above 0 to 1000`.
    var text: String {
        let from = (lowerIsOpen ? "above " : "") + Self.boundText(lower)
        return "\(from) to \(Self.boundText(upper))" + (unit.isEmpty ? "" : " \(unit)") + (wholeOnly ? ", whole" : "")
    }

    /// Why `value` (finite) is not acceptable, naming the range; `nil` when it is.
    func fault(of value: Double) -> String? {
        let got = "got \(value.messageText)"
        if lower == 0 && upper == 1 && !lowerIsOpen, !(0...1).contains(value) {
            // 20 where 0.20 was meant: say what the percent is as a probability.
            guard value > 1, value <= 100 else { return "must be between 0 and 1 (\(got))" }
            return "must be between 0 and 1 (\(value.messageText) % is \(Self.percentAsFraction(value)))"
        }
        if lowerIsOpen ? !(value > lower) : !(value >= lower) {
            return "must be \(lowerIsOpen ? ">" : "≥") \(Self.boundText(lower)) (range \(text); \(got))"
        }
        if !(value <= upper) { return "too large: at most \(Self.boundText(upper)) (range \(text); \(got))" }
        if wholeOnly, value != value.rounded() { return "must be a whole number (range \(text); \(got))" }
        return nil
    }

    /// A percent in (1, 100] written as a probability by moving the decimal point two places
    /// left in its written digits (no rounding), with at least two decimals: `20` → `0.20`,
    /// `12.5` → `0.125`, `100` → `1.00`.
    static func percentAsFraction(_ percent: Double) -> String {
        let written = percent.messageText
        let parts = written.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "0")
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let padded = String(repeating: "0", count: max(0, 3 - whole.count)) + whole
        return String(padded.dropLast(2)) + "." + String(padded.suffix(2)) + fraction
    }

    /// A bound as written in messages: powers of ten from 1e6 up (and 1e-5 down) as `1e6`, others as numbers.
    static func boundText(_ x: Double) -> String {
        let magnitude = abs(x)
        if magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-4),
           let k = (-30...30).first(where: { Double("1e\($0)") == magnitude }) {
            return (x < 0 ? "-" : "") + "1e\(k)"
        }
        return x.messageText
    }
}

extension TOMLNode {
    /// A finite number within `range`; records the fault (naming the range) otherwise.
    func number(in range: ValueRange) -> Double? {
        guard let value = number() else { return nil }
        if let fault = range.fault(of: value) {
            log.add(path, fault)
            return nil
        }
        return value
    }
}

extension TableReader {
    /// The number at `key` within `range`; `defaultValue` when the key is absent (a missing key
    /// is a problem when there is no default). `nil` when unusable (recorded).
    func number(_ key: String, in range: ValueRange, default defaultValue: Double? = nil) -> Double? {
        guard let node = self[key] else {
            if defaultValue == nil { log.add(path.key(key), "missing required key") }
            return defaultValue
        }
        return node.number(in: range)
    }
}

extension Double {
    /// The number as written in a message: whole numbers without a decimal point.
    var messageText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
