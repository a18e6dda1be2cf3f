/// How each `SamplingMethod` fills a chunk's rows of uniforms (DESIGN §8.3), from the chunk's
/// sampling stream (`ChunkUniforms`). Every value is in [0, 1) and uniform on its own, so every
/// estimate stays unbiased; within a chunk the rows are not independent for the stratified
/// methods, across chunks they are (each chunk has its own stream).
package enum StratifiedUniforms {
    /// Independent uniforms, row by row.
    package static func random(_ values: UnsafeMutableBufferPointer<Double>, stream: UnownedStream) {
        for i in values.indices { values[i] = stream.uniform() }
    }

    /// Latin hypercube: for each column, a fresh random permutation π of the n rows
    /// (Fisher–Yates) and one jitter per row: row r gets (π(r) + v)/n, v uniform, so each of the n
    /// strata [i/n, (i+1)/n) holds exactly one row's value, in a random order per column.
    package static func latinHypercube(_ values: UnsafeMutableBufferPointer<Double>, rows n: Int, width: Int,
                                       stream: UnownedStream) {
        guard n > 0 else { return }
        // One unchecked buffer for the permutation: an array's uniqueness and bounds checks per
        // swap cost more than the swap and its uniform.
        let permutation = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
        defer { permutation.deallocate() }
        for d in 0..<width {
            for i in 0..<n { permutation[i] = i }
            for i in (1..<n).reversed() {
                let j = min(i, Int(stream.uniform() * Double(i + 1)))
                permutation.swapAt(i, j)
            }
            for r in 0..<n {
                values[r * width + d] = (Double(permutation[r]) + stream.uniform()) / Double(n)
            }
        }
    }

    /// Sobol points with a Cranley–Patterson shift: the sequence's first n points (the same in
    /// every chunk), each coordinate plus the chunk's own uniform shift for that column, modulo 1.
    /// Each shifted point is uniform on the unit cube, and the chunks are independent replicates.
    /// `width` must be within `SobolSequence.maxDimensions` (validation checks it).
    package static func sobol(_ values: UnsafeMutableBufferPointer<Double>, rows n: Int, width: Int,
                              stream: UnownedStream) {
        guard width > 0, let sequence = SobolSequence(dimensions: width), let base = values.baseAddress else {
            random(values, stream: stream)
            return
        }
        let shift = (0..<width).map { _ in stream.uniform() }
        for r in 0..<n {
            let row = base + r * width
            sequence.next(into: row)
            for d in 0..<width {
                let u = row[d] + shift[d]
                row[d] = u >= 1 ? u - 1 : u
            }
        }
    }
}
