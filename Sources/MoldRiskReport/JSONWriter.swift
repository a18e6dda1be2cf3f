import MoldRiskAnalysis
import MoldRiskCore

/// A JSON value whose objects keep their keys in insertion order, so output is byte-stable.
enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number already in JSON syntax (see `Fmt.machine`, `Fmt.machineCount`).
    case rawNumber(String)
    case bool(Bool)
    case null

    /// A double in shortest round-trip form; `null` when not finite.
    static func number(_ x: Double) -> JSONValue {
        Fmt.machine(x).map(JSONValue.rawNumber) ?? .null
    }

    /// A count, stock or seed: an integer literal when integral; `null` when not finite.
    static func count(_ x: Double) -> JSONValue {
        Fmt.machineCount(x).map(JSONValue.rawNumber) ?? .null
    }

    static func integer<T: BinaryInteger>(_ n: T) -> JSONValue {
        .rawNumber(String(n))
    }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        case let (.array(a), .array(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.rawNumber(a), .rawNumber(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}

/// Writes `JSONValue`s pretty-printed with two-space indents. Arrays of scalars and objects of at
/// most three scalar members stay on one line (`"ci": [0.1, 0.2]`). Strings are escaped per
/// RFC 8259: quote, backslash and control characters; other UTF-8 is kept as is.
enum JSONWriter {
    static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch value {
        case let .object(members):
            if members.isEmpty { out += "{}"; return }
            if members.count <= 3 && members.allSatisfy({ $0.1.isScalar }) {
                out += "{" + members.map { escape($0.0) + ": " + scalar($0.1) }.joined(separator: ", ") + "}"
                return
            }
            out += "{\n"
            for (i, (key, member)) in members.enumerated() {
                out += pad + escape(key) + ": "
                write(member, indent: indent + 1, into: &out)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += closePad + "}"
        case let .array(elements):
            if elements.isEmpty { out += "[]"; return }
            if elements.allSatisfy(\.isScalar) {
                out += "[" + elements.map(scalar).joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (i, element) in elements.enumerated() {
                out += pad
                write(element, indent: indent + 1, into: &out)
                out += i < elements.count - 1 ? ",\n" : "\n"
            }
            out += closePad + "]"
        default:
            out += scalar(value)
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case let .string(s): escape(s)
        case let .rawNumber(n): n
        case let .bool(b): b ? "true" : "false"
        case .null: "null"
        case .object, .array: ""
        }
    }

    /// A JSON string literal for `text` (RFC 8259 §7).
    static func escape(_ text: String) -> String {
        QuotedString.doubleQuoted(text)
    }
}
