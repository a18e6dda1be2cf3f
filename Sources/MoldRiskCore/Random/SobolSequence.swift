import CGSL

/// An owning wrapper of GSL's Sobol generator (`gsl_qrng_sobol`): the first points of the
/// d-dimensional Sobol sequence, one per call, freed in `deinit`. Never shared between threads.
package final class SobolSequence {
    /// The most dimensions GSL's Sobol tables cover (40 in GSL 2.x).
    package static var maxDimensions: Int { Int(moldrisk_qrng_sobol().pointee.max_dimension) }

    private let qrng: UnsafeMutablePointer<gsl_qrng>
    package let dimensions: Int

    /// The sequence in `dimensions` dimensions (1 … `maxDimensions`), or nil outside that range.
    package init?(dimensions: Int) {
        GSLSetup.ensure()
        guard dimensions >= 1, dimensions <= Self.maxDimensions,
              let q = gsl_qrng_alloc(moldrisk_qrng_sobol(), UInt32(dimensions)) else { return nil }
        qrng = q
        self.dimensions = dimensions
    }

    deinit { gsl_qrng_free(qrng) }

    /// Writes the next point (each coordinate in [0, 1)) to `point[0..<dimensions]`.
    package func next(into point: UnsafeMutablePointer<Double>) {
        _ = gsl_qrng_get(qrng, point)
    }
}
