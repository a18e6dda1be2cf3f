import CGSL
import Foundation
import MoldRiskCore

/// The maximum-likelihood beta-binomial law of a test listing's days: day i has nᵢ impressions
/// and kᵢ orders, kᵢ ~ Beta-binomial(nᵢ, α, β) (each day's conversion rate a fresh draw from
/// Beta(α, β)), with the log-likelihood
///
///     ℓ(α, β) = Σᵢ [log C(nᵢ, kᵢ) + log B(α + kᵢ, β + nᵢ − kᵢ) − log B(α, β)]
///
/// maximised by Newton's method on (log α, log β) with the exact gradient and Hessian (digamma
/// and trigamma, GSL's `gsl_sf_psi` and `gsl_sf_psi_1`), a step that does not raise ℓ halved
/// (at most 40 times), a step that is not uphill replaced by a gradient step, at most
/// `maxSteps` steps, every value checked finite. It starts from the method-of-moments
/// estimate and from three fixed dispersions, keeping the best. When the days vary no more than
/// binomially the maximum is at α + β → ∞ (the binomial law, the boundary of the parameter
/// space): the search stops once α + β passes `boundary`, and the fit is then the binomial one.
package struct BetaBinomialFit: Sendable, Equatable {
    package var alpha: Double
    package var beta: Double
    package var logLikelihood: Double
    /// True when the maximum is at the boundary (α + β ≥ `boundary`): no overdispersion at all.
    package var atBoundary: Bool

    package init(alpha: Double, beta: Double, logLikelihood: Double, atBoundary: Bool) {
        self.alpha = alpha
        self.beta = beta
        self.logLikelihood = logLikelihood
        self.atBoundary = atBoundary
    }

    static let maxSteps = 300
    static let boundary = 1e12

    /// One day: impressions and orders (0 ≤ orders ≤ impressions).
    package struct Day: Sendable, Equatable {
        package var impressions: Double
        package var orders: Double
        package init(impressions: Double, orders: Double) {
            self.impressions = impressions
            self.orders = orders
        }
    }

    /// The binomial log-likelihood at p = Σk/Σn (0 · log 0 = 0).
    package static func binomialLogLikelihood(_ days: [Day]) -> Double {
        let n = days.reduce(0) { $0 + $1.impressions }, k = days.reduce(0) { $0 + $1.orders }
        let p = k / n
        return days.reduce(0.0) { total, day in
            total + logChoose(day.impressions, day.orders)
                + (day.orders > 0 ? day.orders * Foundation.log(p) : 0)
                + (day.impressions > day.orders ? (day.impressions - day.orders) * Foundation.log1p(-p) : 0)
        }
    }

    static func logChoose(_ n: Double, _ k: Double) -> Double {
        Foundation.lgamma(n + 1) - Foundation.lgamma(k + 1) - Foundation.lgamma(n - k + 1)
    }

    /// ℓ(α, β).
    package static func logLikelihood(_ days: [Day], alpha a: Double, beta b: Double) -> Double {
        let logBetaPrior = Foundation.lgamma(a) + Foundation.lgamma(b) - Foundation.lgamma(a + b)
        return days.reduce(0.0) { total, day in
            let k = day.orders, n = day.impressions
            return total + logChoose(n, k) + Foundation.lgamma(a + k) + Foundation.lgamma(b + n - k)
                - Foundation.lgamma(a + b + n) - logBetaPrior
        }
    }

    /// The fit of `days` (at least one order and one non-order in all); nil when there are none
    /// of either (every rate is then 0 or 1 and no dispersion can be seen).
    package init?(_ days: [Day]) {
        GSLSetup.ensure()
        let n = days.reduce(0) { $0 + $1.impressions }, k = days.reduce(0) { $0 + $1.orders }
        guard n > 0, k > 0, k < n else { return nil }
        let p = k / n
        var starts: [Double] = [1e-2, 1e-4, 1e-6]  // ρ = 1/(α + β + 1), the intra-day correlation
        if let rho = Self.momentsRho(days, p: p) { starts.insert(rho, at: 0) }
        var best: BetaBinomialFit? = nil
        for rho in starts {
            let total = 1 / rho - 1
            guard let fit = Self.newton(days, alpha: p * total, beta: (1 - p) * total) else { continue }
            if best == nil || fit.logLikelihood > best!.logLikelihood { best = fit }
        }
        guard let best else { return nil }
        self = best
    }

    /// The moment estimate of ρ from the spread of the daily rates; nil when it is not in (0, 1).
    static func momentsRho(_ days: [Day], p: Double) -> Double? {
        let n = days.reduce(0) { $0 + $1.impressions }
        let spread = days.reduce(0.0) { total, day in
            day.impressions > 0 ? total + day.impressions * pow(day.orders / day.impressions - p, 2) : total
        }
        let used = Double(days.filter { $0.impressions > 0 }.count)
        let weight = n - days.reduce(0) { $0 + $1.impressions * $1.impressions } / n
        let rho = (spread / (p * (1 - p)) - (used - 1)) / weight
        return rho.isFinite && rho > 1e-9 && rho < 0.99 ? rho : nil
    }

    /// Newton's method on (log α, log β) from (α, β).
    static func newton(_ days: [Day], alpha startAlpha: Double, beta startBeta: Double) -> BetaBinomialFit? {
        var u = Foundation.log(startAlpha), v = Foundation.log(startBeta)
        var value = logLikelihood(days, alpha: startAlpha, beta: startBeta)
        guard value.isFinite else { return nil }
        for _ in 0..<maxSteps {
            let a = Foundation.exp(u), b = Foundation.exp(v)
            if a + b >= boundary { return BetaBinomialFit(alpha: a, beta: b, logLikelihood: value, atBoundary: true) }
            var ga = 0.0, gb = 0.0, haa = 0.0, hbb = 0.0, hab = 0.0
            for day in days {
                let k = day.orders, n = day.impressions
                let common = gsl_sf_psi(a + b) - gsl_sf_psi(a + b + n)
                let commonCurvature = gsl_sf_psi_1(a + b) - gsl_sf_psi_1(a + b + n)
                ga += gsl_sf_psi(a + k) - gsl_sf_psi(a) + common
                gb += gsl_sf_psi(b + n - k) - gsl_sf_psi(b) + common
                haa += gsl_sf_psi_1(a + k) - gsl_sf_psi_1(a) + commonCurvature
                hbb += gsl_sf_psi_1(b + n - k) - gsl_sf_psi_1(b) + commonCurvature
                hab += commonCurvature
            }
            // In (u, v) = (log α, log β).
            let gu = a * ga, gv = b * gb
            let huu = a * a * haa + gu, hvv = b * b * hbb + gv, huv = a * b * hab
            guard [gu, gv, huu, hvv, huv].allSatisfy(\.isFinite) else { return nil }
            let det = huu * hvv - huv * huv
            var du: Double, dv: Double
            if huu < 0, det > 0 {
                du = -(hvv * gu - huv * gv) / det
                dv = -(huu * gv - huv * gu) / det
            } else {
                du = gu / max(1, abs(huu)); dv = gv / max(1, abs(hvv))
            }
            if du * gu + dv * gv < 0 { du = gu / max(1, abs(huu)); dv = gv / max(1, abs(hvv)) }
            let length = (du * du + dv * dv).squareRoot()
            if length > 2 { du *= 2 / length; dv *= 2 / length }
            var improved = false
            for _ in 0..<40 {
                let next = logLikelihood(days, alpha: Foundation.exp(u + du), beta: Foundation.exp(v + dv))
                if next.isFinite && next >= value {
                    u += du; v += dv
                    improved = next > value
                    let settled = next - value <= 1e-13 * abs(value) && abs(du) + abs(dv) < 1e-9
                    value = next
                    if settled { improved = false }
                    break
                }
                du /= 2; dv /= 2
            }
            if !improved { break }
        }
        let a = Foundation.exp(u), b = Foundation.exp(v)
        return BetaBinomialFit(alpha: a, beta: b, logLikelihood: value, atBoundary: a + b >= boundary)
    }
}
