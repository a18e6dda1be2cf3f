import Foundation
import Testing

/// Comparison of large outputs (reports, PDFs, charts) that stays cheap when they differ.
///
/// `#expect(a == b)` on two large `Data` values that differ makes Swift Testing compute a Myers
/// difference of the two collections, which for megabytes takes many minutes; this compares the
/// bytes once and reports the first differing offset, the lengths and a few bytes around it.
package enum SameBytes {
    /// How many bytes of context the report shows on each side of the first difference.
    package static let context = 24

    /// nil when `a` and `b` hold the same bytes; otherwise where and how they first differ.
    package static func difference(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> String? {
        let x = Array(a), y = Array(b)
        let common = min(x.count, y.count)
        var offset = 0
        while offset < common && x[offset] == y[offset] { offset += 1 }
        if offset == common && x.count == y.count { return nil }
        return "first difference at byte \(offset) (lengths \(x.count) and \(y.count)): "
            + "\(excerpt(x, around: offset)) vs \(excerpt(y, around: offset))"
    }

    /// The bytes of `bytes` around `offset`, as text where they are printable UTF-8, else as hex.
    static func excerpt(_ bytes: [UInt8], around offset: Int) -> String {
        let lower = max(0, offset - context), upper = min(bytes.count, offset + context)
        guard lower < upper else { return "<end>" }
        let slice = Array(bytes[lower..<upper])
        if let text = String(validating: slice, as: UTF8.self), !text.contains(where: { $0.isASCII && $0.asciiValue! < 0x20 && $0 != "\n" }) {
            return "…" + text.debugDescription + "…"
        }
        return "…" + slice.map { String(format: "%02x", $0) }.joined(separator: " ") + "…"
    }
}

/// Expects `actual` to hold the same bytes as `expected`, reporting the first difference
/// (`SameBytes`) instead of a diff of the whole outputs.
package func expectSameBytes(_ actual: Data, _ expected: Data, _ what: @autoclosure () -> String = "",
                             sourceLocation: SourceLocation = #_sourceLocation) {
    if let difference = SameBytes.difference(actual, expected) {
        let label = what()
        Issue.record("\(label.isEmpty ? "outputs differ" : label): \(difference)", sourceLocation: sourceLocation)
    }
}

/// `expectSameBytes` for text outputs (compared as UTF-8).
package func expectSameBytes(_ actual: String, _ expected: String, _ what: @autoclosure () -> String = "",
                             sourceLocation: SourceLocation = #_sourceLocation) {
    expectSameBytes(Data(actual.utf8), Data(expected.utf8), what(), sourceLocation: sourceLocation)
}
