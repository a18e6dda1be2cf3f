/// The 64-bit FNV-1a hash (Fowler–Noll–Vo): h ← (h ⊕ byte) · 0x100000001b3 from the offset
/// basis 0xcbf29ce484222325. Fast and stable across platforms and versions; not cryptographic.
/// Used to fingerprint a scenario in shard partial results.
package struct FNV1a64: Sendable {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }

    /// The string's UTF-8 bytes.
    package mutating func add(_ text: String) { add(text.utf8) }

    /// The hash of a string's UTF-8 bytes.
    package static func hash(_ text: String) -> UInt64 {
        var h = FNV1a64()
        h.add(text)
        return h.value
    }
}
