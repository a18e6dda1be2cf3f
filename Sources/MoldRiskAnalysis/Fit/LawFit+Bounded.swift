import Foundation
import MoldRiskCore

/// The maximum-likelihood triangular and PERT (λ = 4) laws of sorted data, by profile likelihood:
/// for given ends (lo < min x, hi > max x) the best mode is exact — for a triangular it is one
/// of the observations or an end (Oliver 1972), all n + 2 candidates scored at once with prefix
/// sums of log(x − lo) and suffix sums of log(hi − x); for a PERT the log-likelihood in
/// α = 1 + 4(mode − lo)/(hi − lo) ∈ [1, 5] is (α − 1) Σ log u + (5 − α) Σ log(1 − u) − n log B(α, 6 − α)
/// − n log(hi − lo), concave, maximised by golden section — and the ends are searched by golden
/// section on the log of their distance beyond the data (`rounds` rounds, one end at a time).
///
/// The likelihood is not regular here: the support moves with the parameters, and it vanishes
/// when an end reaches an observation, so the usual asymptotics (and AIC's penalty of 3) are
/// approximate. Every search has a fixed number of steps; no loop depends on a float's value.
/// The ends stay ≥ 0 (a scenario's quantities are never negative): data whose smallest value is
/// 0 get no triangular or PERT law (`FitFamily.unfitReason`).
extension LawFit {
    static let rounds = 3
    static let goldenSteps = 26

    package static func triangular(_ x: [Double]) -> Distribution? {
        bounded(x) { sorted, lo, hi in triangularMode(sorted, lo: lo, hi: hi) }
            .map { .triangular(min: $0.lo, mode: $0.mode, max: $0.hi) }
    }

    package static func pert(_ x: [Double]) -> Distribution? {
        bounded(x) { sorted, lo, hi in pertMode(sorted, lo: lo, hi: hi) }
            .map { .pert(min: $0.lo, mode: $0.mode, max: $0.hi, lambda: 4) }
    }

    /// The ends and mode that maximise `profile` (the best mode and log-likelihood for given ends).
    static func bounded(_ unsorted: [Double], profile: ([Double], Double, Double) -> (mode: Double, logL: Double)?)
        -> (lo: Double, mode: Double, hi: Double)? {
        let x = unsorted.sorted()
        guard x.count >= 2, let first = x.first, let last = x.last, last > first, first > 0 || first < 0 else { return nil }
        let range = last - first
        // The ends' distances beyond the data, on a log scale: from a millionth of the range to
        // twice it, and the lower end not below 0 when the data are not.
        let lowerCap = first > 0 ? min(2 * range, first) : 2 * range
        var below = (lower: Foundation.log(min(range, lowerCap) * 1e-6), upper: Foundation.log(lowerCap))
        let above = (lower: Foundation.log(range * 1e-6), upper: Foundation.log(2 * range))
        if below.lower >= below.upper { below.lower = below.upper - 1 }
        guard [below.lower, below.upper, above.lower, above.upper].allSatisfy(\.isFinite) else { return nil }
        func score(_ s: Double, _ t: Double) -> Double {
            let lo = max(first > 0 ? 0 : -.infinity, first - Foundation.exp(s)), hi = last + Foundation.exp(t)
            guard lo < first, hi > last, let value = profile(x, lo, hi)?.logL, value.isFinite else { return -.infinity }
            return value
        }
        var s = Foundation.log(min(lowerCap, range / Double(x.count - 1))), t = Foundation.log(range / Double(x.count - 1))
        for _ in 0..<rounds {
            s = golden(below.lower, below.upper) { score($0, t) }
            t = golden(above.lower, above.upper) { score(s, $0) }
        }
        let lo = max(first > 0 ? 0 : -.infinity, first - Foundation.exp(s)), hi = last + Foundation.exp(t)
        guard let best = profile(x, lo, hi), best.logL.isFinite else { return nil }
        return (lo, best.mode, hi)
    }

    /// The maximiser of f on [a, b] by `goldenSteps` steps of golden-section search.
    static func golden(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> Double {
        let ratio = (5.0.squareRoot() - 1) / 2
        var a = a, b = b
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = f(c), fd = f(d)
        for _ in 0..<goldenSteps {
            if fc >= fd {
                b = d; d = c; fd = fc
                c = b - ratio * (b - a); fc = f(c)
            } else {
                a = c; c = d; fc = fd
                d = a + ratio * (b - a); fd = f(d)
            }
        }
        return fc >= fd ? c : d
    }

    /// The triangular's best mode for ends lo < x₍₁₎, hi > x₍ₙ₎ and its log-likelihood.
    static func triangularMode(_ x: [Double], lo: Double, hi: Double) -> (mode: Double, logL: Double)? {
        let n = x.count
        // log(x₍ᵢ₎ − lo) and log(hi − x₍ᵢ₎), each computed once: they are both the sums' terms and,
        // at a mode c = x₍ᵣ₎, log(c − lo) and log(hi − c).
        let left = x.map { Foundation.log($0 - lo) }, right = x.map { Foundation.log(hi - $0) }
        var prefix = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] + left[i] }
        var suffix = [Double](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) { suffix[i] = suffix[i + 1] + right[i] }
        let logWidth = Foundation.log(hi - lo)
        let constant = Double(n) * (Foundation.log(2) - logWidth)
        // Mode at lo (every point on the falling side), at hi (every point on the rising side), or at x₍ᵣ₎.
        var best = (mode: lo, logL: constant + suffix[0] - Double(n) * logWidth)
        let atHi = constant + prefix[n] - Double(n) * logWidth
        if atHi > best.logL { best = (hi, atHi) }
        for r in 1...n {
            let value = constant + prefix[r] - Double(r) * left[r - 1] + suffix[r] - Double(n - r) * right[r - 1]
            if value > best.logL { best = (x[r - 1], value) }
        }
        return best.logL.isFinite ? best : nil
    }

    /// The PERT's (λ = 4) best mode for ends lo < x₍₁₎, hi > x₍ₙ₎ and its log-likelihood.
    static func pertMode(_ x: [Double], lo: Double, hi: Double) -> (mode: Double, logL: Double)? {
        let n = Double(x.count), width = hi - lo
        var logU = 0.0, logV = 0.0
        for value in x {
            let u = (value - lo) / width
            logU += Foundation.log(u)
            logV += Foundation.log1p(-u)
        }
        guard logU.isFinite, logV.isFinite else { return nil }
        func logL(_ alpha: Double) -> Double {
            (alpha - 1) * logU + (5 - alpha) * logV
                - n * (Foundation.lgamma(alpha) + Foundation.lgamma(6 - alpha) - Foundation.lgamma(6)) - n * Foundation.log(width)
        }
        let alpha = golden(1, 5, logL)
        let value = logL(alpha)
        return value.isFinite ? (lo + (alpha - 1) / 4 * width, value) : nil
    }
}
