import TOMLKit

/// One value of the parsed TOML document at a known key path. Its typed accessors return `nil`
/// and record a problem in the log when the value is not of the wanted type.
struct TOMLNode {
    let value: any TOMLValueConvertible
    let path: TOMLPath
    let log: ProblemLog

    var isNumber: Bool { value.type == .int || value.type == .double }
    var isTable: Bool { value.type == .table }

    /// The value's TOML type with its article, for messages ("a string", "an integer").
    var typeDescription: String {
        switch value.type {
        case .table: "a table"
        case .array: "an array"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a floating-point number"
        case .bool: "a boolean"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date-time"
        }
    }

    /// Records "expected `expected`, found …" and returns `nil`, for any accessor's type mismatch.
    func wrongType<T>(expected: String) -> T? {
        log.add(path, "expected \(expected), found \(typeDescription)")
        return nil
    }

    /// A TOML integer or float as a finite `Double`.
    func number() -> Double? {
        let number: Double
        if let int = value.int {
            number = Double(int)
        } else if let double = value.double {
            number = double
        } else {
            return wrongType(expected: "a number")
        }
        guard number.isFinite else {
            log.add(path, "must be a finite number")
            return nil
        }
        return number
    }

    /// A whole number in `range`: a TOML integer, or a float only when it is whole.
    func integer(in range: ClosedRange<Int64>) -> Int64? {
        let integer: Int64
        if let int = value.int {
            integer = Int64(int)
        } else if let double = value.double {
            guard double.isFinite else {
                log.add(path, "must be a finite number")
                return nil
            }
            guard double == double.rounded() else {
                log.add(path, "must be a whole number")
                return nil
            }
            guard let exact = Int64(exactly: double) else {
                log.add(path, "must be between \(range.lowerBound) and \(range.upperBound)")
                return nil
            }
            integer = exact
        } else {
            return wrongType(expected: "a whole number")
        }
        guard range.contains(integer) else {
            log.add(path, "must be between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return integer
    }

    /// `scenario.seed`: a whole number from 0 to 2^64 − 1. TOML integers stop at 2^63 − 1, so a
    /// larger seed (as `--seed` takes) is written as a string of decimal digits or `0x` and hex
    /// digits: `seed = "18446744073709551615"`, `seed = "0xffffffffffffffff"`.
    func seed() -> UInt64? {
        let range = "must be a whole number from 0 to 18446744073709551615; write one above "
            + "9223372036854775807 as a string, e.g. seed = \"18446744073709551615\" or \"0xffffffffffffffff\""
        if let text = value.string {
            guard let parsed = SeedText.parse(text) else {
                log.add(path, "\(TOMLQuoting.inMessage(text)) is not a seed: \(range)")
                return nil
            }
            return parsed
        }
        guard value.int != nil || value.double != nil else { return wrongType(expected: "a whole number (or a string of one)") }
        if let double = value.double, double.isFinite, double == double.rounded(), double >= 0, double < 0x1p64 {
            return UInt64(double)
        }
        if let int = value.int, int >= 0 { return UInt64(int) }
        if let double = value.double, double.isFinite, double != double.rounded() {
            log.add(path, "must be a whole number")
            return nil
        }
        log.add(path, range)
        return nil
    }

    /// A TOML string.
    func string() -> String? {
        guard let string = value.string else { return wrongType(expected: "a string") }
        return string
    }

    /// A TOML table (inline or not). `what` names the expected table in the type error.
    func table(_ what: String = "a table") -> TableReader? {
        guard let table = value.table else { return wrongType(expected: what) }
        return TableReader(table: table, path: path, log: log)
    }

    /// A TOML array, one node per element. `what` names the expected array in the type error.
    func array(_ what: String = "an array") -> [TOMLNode]? {
        guard let array = value.array else { return wrongType(expected: what) }
        return array.indices.map { TOMLNode(value: array[$0], path: path.index($0), log: log) }
    }
}

/// A table of the parsed TOML document at a known key path: look-ups that record missing keys,
/// and the check that refuses keys the schema does not know.
struct TableReader {
    let table: TOMLTable
    let path: TOMLPath
    let log: ProblemLog

    /// An empty table standing for an optional table the file leaves out, so defaults apply.
    static func empty(at path: TOMLPath, log: ProblemLog) -> TableReader {
        TableReader(table: TOMLTable(), path: path, log: log)
    }

    /// The keys as toml++ stores them (sorted by their UTF-8 bytes, not in file order).
    var keys: [String] { table.keys }

    func contains(_ key: String) -> Bool { table[key] != nil }

    /// The value at `key`, or `nil` when absent (no problem recorded).
    subscript(key: String) -> TOMLNode? {
        table[key].map { TOMLNode(value: $0, path: path.key(key), log: log) }
    }

    /// The value at `key`; records `message` ("missing required key") when absent.
    func required(_ key: String, message: String = "missing required key") -> TOMLNode? {
        guard let node = self[key] else {
            log.add(path.key(key), message)
            return nil
        }
        return node
    }

    /// The keys that can be looked up, after recording any that cannot: TOMLKit hands keys over
    /// as C strings, so a key with a NUL character arrives cut short and would otherwise be
    /// silently ignored (or mistaken for a shorter key).
    func readableKeys() -> [String] {
        keys.filter { key in
            if table[key] != nil { return true }
            log.add(path.key(key), "a key must not contain NUL characters")
            return false
        }
    }

    /// Records every key not in `allowed` (in key order), suggesting the closest allowed key.
    /// `context` is added to each message (which keys a distribution family has).
    func rejectUnknownKeys(allowed: [String], context: String? = nil) {
        for key in readableKeys() where !allowed.contains(key) {
            var message = "unknown key \(TOMLQuoting.inMessage(key))"
            let suggestion = KeySuggestion.closest(to: key, among: allowed)
            if let suggestion {
                message += " (did you mean \(TOMLQuoting.inMessage(suggestion))?)"
            }
            if let context { message += "; \(context)" }
            log.addUnknownKey(path.key(key), message, suggested: suggestion != nil)
        }
    }
}
