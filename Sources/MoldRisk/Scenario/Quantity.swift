/// What a number in a scenario measures. It fixes the sanity bound that keeps every sum and
/// product of the model finite (a money amount or a unit count up to 1e12, a day count up to 100 000).
enum Quantity {
    case money
    case units
    case days
    /// A probability or share, in [0, 1].
    case probability
    /// A shape or rate parameter with no natural unit (drift, prior, lambda, alpha): only finiteness is checked.
    case plain

    /// The largest magnitude accepted, with its text for messages.
    var limit: (value: Double, text: String)? {
        switch self {
        case .money, .units: (1e12, "1e12")
        case .days: (100_000, "100000")
        case .probability, .plain: nil
        }
    }
}

/// The sign a number must have.
enum Sign {
    case any
    case nonNegative
    case positive
}

extension Quantity {
    /// Why `value` is not acceptable as this quantity with `sign`, or `nil` when it is.
    func fault(of value: Double, sign: Sign) -> String? {
        switch sign {
        case .positive where !(value > 0): return "must be > 0"
        case .nonNegative where !(value >= 0): return "must be ≥ 0"
        default: break
        }
        if self == .probability, !(0...1).contains(value) {
            // 20 where 0.20 was meant: say what the percent is as a probability.
            guard value > 1, value <= 100 else { return "must be between 0 and 1" }
            return "must be between 0 and 1 (\(value.messageText) % is \(Self.percentAsFraction(value)))"
        }
        if let limit, abs(value) > limit.value { return "too large: at most \(limit.text)" }
        return nil
    }
}

extension Quantity {
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
}

extension TOMLNode {
    /// A finite number that is an acceptable `quantity` with `sign`; records the fault otherwise.
    func number(_ quantity: Quantity, _ sign: Sign) -> Double? {
        guard let value = number() else { return nil }
        if let fault = quantity.fault(of: value, sign: sign) {
            log.add(path, fault)
            return nil
        }
        return value
    }
}

extension TableReader {
    /// The number at `key` as `quantity` with `sign`; `defaultValue` when the key is absent
    /// (a missing key is a problem when there is no default). `nil` when unusable (recorded).
    func number(_ key: String, _ quantity: Quantity, _ sign: Sign, default defaultValue: Double? = nil) -> Double? {
        guard let node = self[key] else {
            if defaultValue == nil { log.add(path.key(key), "missing required key") }
            return defaultValue
        }
        return node.number(quantity, sign)
    }
}

extension Double {
    /// The number as written in a message: whole numbers without a decimal point.
    var messageText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
