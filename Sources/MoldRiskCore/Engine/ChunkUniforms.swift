/// One chunk's uniforms under a `SamplingLayout`: a row of `width` values per trial, made when the
/// chunk starts from the chunk's sampling stream (role `ChunkUniforms.role`, apart from every
/// input and noise stream) by the layout's method, then correlated by its copula. The trials read
/// the rows in order (`nextRow`). Owned by one chunk on one thread.
package final class ChunkUniforms {
    /// The stream role of a chunk's sampling stream.
    package static let role = 1 << 33

    package let width: Int
    package let rows: Int
    private let values: UnsafeMutableBufferPointer<Double>
    private var cursor = 0

    /// The uniforms of chunk c (of `rows` trials) of a run with seed `runSeed`.
    package init(layout: SamplingLayout, runSeed: UInt64, chunk c: Int, rows: Int) {
        width = layout.width
        self.rows = max(0, rows)
        values = .allocate(capacity: max(1, width * self.rows))
        values.initialize(repeating: 0.5)
        let stream = RandomStream(runSeed: runSeed, chunk: c, role: Self.role)
        let stream0 = stream.unowned
        let filled = UnsafeMutableBufferPointer(rebasing: values[0..<(width * self.rows)])
        switch layout.method {
        case .random: StratifiedUniforms.random(filled, stream: stream0)
        case .latinHypercube: StratifiedUniforms.latinHypercube(filled, rows: self.rows, width: width, stream: stream0)
        case .sobol: StratifiedUniforms.sobol(filled, rows: self.rows, width: width, stream: stream0)
        }
        withExtendedLifetime(stream) {}
        layout.copula?.apply(to: filled, rows: self.rows, width: width)
    }

    deinit { values.deallocate() }

    /// The next trial's row (`width` values); past the last row, the last row again (never read
    /// out of bounds; the engine reads exactly `rows` rows).
    @inline(__always)
    package func nextRow() -> UnsafePointer<Double> {
        let r = min(cursor, max(0, rows - 1))
        cursor += 1
        return UnsafePointer(values.baseAddress! + r * width)
    }
}
