// `moldrisk-genlimit --inverse-cdf [--draws N]`: the cost of drawing each input family by its
// inverse CDF (`InverseCDF`, what Latin hypercube, Sobol and correlated inputs use) against its
// direct GSL sampler (`Sampler`, what random sampling uses), one thread, N draws each.
// Prints one JSON object per family: family, spec, sampler_ns, inverse_ns, ratio, checksum.
import Foundation
import MoldRiskCore

enum InverseCDFSpeed {
    /// The families at the parameters of the example scenarios (the conversion posterior of the
    /// rinse-cup scenario's data-driven cycle among them).
    static let specs: [(String, Distribution)] = [
        ("uniform", .uniform(min: 20, max: 30)),
        ("triangular", .triangular(min: 30, mode: 45, max: 75)),
        ("pert", .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4)),
        ("normal", .normal(mean: 90_000, sd: 20_000)),
        ("lognormal", .lognormal(median: 80_000, sigma: 0.6)),
        ("gamma", .gamma(shape: 2, scale: 1_000)),
        ("beta", .beta(alpha: 2, beta: 5)),
        ("beta (posterior 1101, 18901)", .beta(alpha: 1_101, beta: 18_901)),
        ("empirical (100 values)", .empirical(values: (0..<100).map { Double($0 * $0) }, weights: [])),
    ]

    static func run(draws: Int) {
        for (name, spec) in specs {
            let cost = InverseCDF.drawCost(spec, draws: draws)
            print("{\"family\": \"\(name)\", \"sampler_ns\": \(cost.sampler), \"inverse_ns\": \(cost.inverse), "
                + "\"ratio\": \(cost.inverse / cost.sampler), \"checksum\": \(cost.checksum)}")
        }
    }
}
