// `moldrisk-genlimit --draw-cost [--draws N]`: the work limit's per-law table (`DrawCost`) beside
// the cost it measures, for each law at a sweep of its shapes, by GSL's sampler and by the inverse
// CDF, one thread. Prints one JSON object per law and shape: law, sampler_ns, sampler_table_ns,
// inverse_ns, inverse_table_ns. Whoever changes how a law is drawn re-runs it and updates the table.
import Foundation
import MoldRiskCore

enum DrawCostSweep {
    /// Every law, the shape-dependent ones over their range (gamma shape 1e−3 … 1e7, beta up to 1e5 + 1e5).
    static let specs: [(String, Distribution)] = [
        ("uniform", .uniform(min: 20, max: 30)),
        ("triangular", .triangular(min: 30, mode: 45, max: 75)),
        ("normal", .normal(mean: 90_000, sd: 20_000)),
        ("lognormal", .lognormal(median: 80_000, sigma: 0.6)),
        ("empirical (100 values)", .empirical(values: (0..<100).map { Double($0 * $0) }, weights: [])),
        ("pert", .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4)),
        ("pert lambda 1000", .pert(min: 0, mode: 1, max: 10, lambda: 1_000)),
    ] + [0.001, 0.01, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 3e5, 1e6, 3e6, 1e7].map { ("gamma shape \($0)", .gamma(shape: $0, scale: 1)) }
      + [(0.001, 0.001), (0.1, 5), (2.0, 5.0), (50, 50), (1_101, 18_901), (1e3, 1e4), (1e4, 1e4), (5e4, 5e4),
         (1e5, 1e5), (1e3, 1e5), (1, 1e5)].map {
          ("beta \($0.0), \($0.1)", .beta(alpha: $0.0, beta: $0.1))
      }

    static func run(draws: Int) {
        for (name, spec) in specs {
            // Expensive inverses get fewer draws (the time per draw is what is measured).
            let table = DrawCost.nanoseconds(spec, byInverse: true)
            let n = max(50, min(draws, Int(2e8 / max(1, table))))
            let cost = InverseCDF.drawCost(spec, draws: n)
            print("{\"law\": \"\(name)\", \"draws\": \(n), \"sampler_ns\": \(Int(cost.sampler.rounded())), "
                + "\"sampler_table_ns\": \(Int(DrawCost.nanoseconds(spec, byInverse: false))), "
                + "\"inverse_ns\": \(Int(cost.inverse.rounded())), \"inverse_table_ns\": \(Int(table)), "
                + "\"checksum\": \(cost.checksum)}")
        }
    }
}
