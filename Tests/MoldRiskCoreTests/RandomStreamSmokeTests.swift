import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

@Suite struct RandomStreamSmokeTests {
    @Test func sameSeedSameStreamDifferentChunkDifferentStream() {
        let a = RandomStream(runSeed: 7, chunk: 3, role: 0)
        let b = RandomStream(runSeed: 7, chunk: 3, role: 0)
        let c = RandomStream(runSeed: 7, chunk: 4, role: 0)
        let xa = (0..<8).map { _ in a.uniform() }
        let xb = (0..<8).map { _ in b.uniform() }
        let xc = (0..<8).map { _ in c.uniform() }
        #expect(xa == xb)
        #expect(xa != xc)
        #expect(xa.allSatisfy { $0 >= 0 && $0 < 1 })
    }
}
