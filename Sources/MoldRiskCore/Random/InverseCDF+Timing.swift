import Dispatch

/// The benchmark's comparison of a family's two ways of drawing (`moldrisk-genlimit
/// --inverse-cdf`, bench/README.md): timed here, in the module that draws, so both loops are
/// compiled as the engine's are (a caller in another module would pay for unspecialised calls).
extension InverseCDF {
    /// Nanoseconds per draw by `Sampler` (GSL) and by inversion of a fresh uniform, `draws` each
    /// from one stream, and a checksum of every value (so no loop is optimised away).
    package static func drawCost(_ spec: Distribution, draws: Int) -> (sampler: Double, inverse: Double, checksum: Double) {
        let stream = RandomStream(seed: 7)
        let owner = Sampler(spec)  // keeps an empirical table alive while its rule draws
        let inverse = InverseCDF(spec)
        let n = max(1, draws)
        return withExtendedLifetime((stream, owner)) {
            let sampler = owner.rule
            var sum = 0.0
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<n { sum += sampler.draw(stream.unowned) }
            let middle = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<n { sum += inverse.value(at: stream.uniform()) }
            let end = DispatchTime.now().uptimeNanoseconds
            return (Double(middle - start) / Double(n), Double(end - middle) / Double(n), sum)
        }
    }
}
