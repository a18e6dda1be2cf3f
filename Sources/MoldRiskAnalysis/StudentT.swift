import CGSL

/// Student's t quantiles for intervals on a standard error estimated from few chunk means.
enum StudentT {
    /// The 0.975 quantile with `degreesOfFreedom` degrees of freedom (GSL's `gsl_cdf_tdist_Pinv`).
    static func quantile975(degreesOfFreedom: Int) -> Double {
        gsl_cdf_tdist_Pinv(0.975, Double(max(1, degreesOfFreedom)))
    }
}
