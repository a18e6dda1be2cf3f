import CGSL

/// Poisson draws for the signals form of demand.
/// Small means use GSL's `gsl_ran_poisson`.
public enum PoissonSampler {
    /// A Poisson(mean) draw as a Double; mean ≥ 0 and finite.
    @inline(__always)
    public static func draw(mean: Double, stream: RandomStream) -> Double {
        if mean <= 0 { return 0 }
        return Double(gsl_ran_poisson(stream.rng, mean))
    }
}
