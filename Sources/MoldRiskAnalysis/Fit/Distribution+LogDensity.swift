import Foundation
import MoldRiskCore

extension Distribution {
    /// The log-density at `x` of the laws `moldrisk fit` fits (normal, lognormal, gamma,
    /// triangular, PERT), computed in log space so that a far observation gives a large negative
    /// number rather than log 0; −∞ outside the support; nil for the other laws. The
    /// log-likelihood of data is the sum over the observations (`DistributionFit`).
    package func logDensity(_ x: Double) -> Double? {
        let halfLogTwoPi = 0.5 * Foundation.log(2 * Double.pi)
        switch self {
        case let .normal(mean, sd) where sd > 0:
            let z = (x - mean) / sd
            return -z * z / 2 - Foundation.log(sd) - halfLogTwoPi
        case let .lognormal(median, sigma) where sigma > 0:
            guard x > 0 else { return -.infinity }
            let logX = Foundation.log(x)
            let z = (logX - Foundation.log(median)) / sigma
            return -z * z / 2 - Foundation.log(sigma) - logX - halfLogTwoPi
        case let .gamma(shape, scale):
            guard x > 0 else { return -.infinity }
            return (shape - 1) * Foundation.log(x / scale) - x / scale - Foundation.lgamma(shape) - Foundation.log(scale)
        case let .triangular(lo, mode, hi) where hi > lo:
            if x < lo || x > hi { return -.infinity }
            if x < mode { return Foundation.log(2 * (x - lo)) - Foundation.log((hi - lo) * (mode - lo)) }
            if x > mode { return Foundation.log(2 * (hi - x)) - Foundation.log((hi - lo) * (hi - mode)) }
            return Foundation.log(2 / (hi - lo))
        case let .pert(lo, mode, hi, lambda) where hi > lo:
            if x < lo || x > hi { return -.infinity }
            let (a, b) = Distribution.pertShapes(min: lo, mode: mode, max: hi, lambda: lambda)
            let width = hi - lo
            let u = (x - lo) / width
            let logBeta = Foundation.lgamma(a) + Foundation.lgamma(b) - Foundation.lgamma(a + b)
            let left = a == 1 ? 0 : (a - 1) * Foundation.log(u)
            let right = b == 1 ? 0 : (b - 1) * Foundation.log1p(-u)
            return left + right - logBeta - Foundation.log(width)
        default:
            return nil
        }
    }
}
