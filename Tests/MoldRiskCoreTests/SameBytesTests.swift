import Foundation
import Testing
import MoldRiskTestSupport

/// The large-output comparison names the first differing byte, and finds none in equal outputs.
@Suite struct SameBytesTests {
    @Test func equalOutputsHaveNoDifference() {
        let bytes = Data((0..<100_000).map { UInt8($0 % 251) })
        #expect(SameBytes.difference(bytes, bytes) == nil)
        #expect(SameBytes.difference(Data(), Data()) == nil)
    }

    @Test func theFirstDifferingOffsetIsNamedWithTheBytesAroundIt() throws {
        let a = Data(String(repeating: "a", count: 5_000).utf8) + Data("GO: commit\n".utf8)
        let b = Data(String(repeating: "a", count: 5_000).utf8) + Data("NO-GO: wait\n".utf8)
        let difference = try #require(SameBytes.difference(a, b))
        #expect(difference.hasPrefix("first difference at byte 5000 (lengths 5011 and 5012): "))
        #expect(difference.contains("GO: commit") && difference.contains("NO-GO: wait"))
    }

    @Test func aPrefixDiffersAtItsEnd() throws {
        let difference = try #require(SameBytes.difference(Data([1, 2, 3]), Data([1, 2, 3, 0xFF])))
        #expect(difference == "first difference at byte 3 (lengths 3 and 4): …01 02 03… vs …01 02 03 ff…")
    }
}
