import Glibc

/// The benchmark's comparison of a family's two ways of drawing (`moldrisk-genlimit
/// --inverse-cdf`, bench/README.md): timed here, in the module that draws, so both loops are
/// compiled as the engine's are (a caller in another module would pay for unspecialised calls).
extension InverseCDF {
    /// Nanoseconds per draw by `Sampler` (GSL) and by inversion of a fresh uniform, `draws` each
    /// from one stream, and a checksum of every value (so no loop is optimised away). The time is
    /// the thread's CPU time, so other processes on a shared machine do not inflate it.
    package static func drawCost(_ spec: Distribution, draws: Int) -> (sampler: Double, inverse: Double, checksum: Double) {
        let stream = RandomStream(seed: 7)
        let owner = Sampler(spec)  // keeps an empirical table alive while its rule draws
        let inverse = InverseCDF(spec)
        let n = max(1, draws)
        return withExtendedLifetime((stream, owner)) {
            let sampler = owner.rule
            var sum = 0.0
            let start = threadCPUNanoseconds()
            for _ in 0..<n { sum += sampler.draw(stream.unowned) }
            let middle = threadCPUNanoseconds()
            for _ in 0..<n { sum += inverse.value(at: stream.uniform()) }
            let end = threadCPUNanoseconds()
            return (Double(middle - start) / Double(n), Double(end - middle) / Double(n), sum)
        }
    }
}

/// The calling thread's CPU time in nanoseconds.
private func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}
