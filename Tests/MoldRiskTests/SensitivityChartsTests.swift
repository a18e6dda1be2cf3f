import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The charts beside the tornado: every input as drawn against its law, the scatter of profit
/// against the input that matters most, and the contribution to variance.
@Suite struct SensitivityChartsTests {
    /// Every continuous law of DESIGN §2, with parameters a scenario could give.
    static let laws: [Distribution] = [
        .uniform(min: 20, max: 30),
        .triangular(min: 30, mode: 45, max: 75),
        .pert(min: 150_000, mode: 250_000, max: 800_000, lambda: 4),
        .normal(mean: 80_000, sd: 15_000),
        .lognormal(median: 80_000, sigma: 0.6),
        .gamma(shape: 2.5, scale: 10),
        .gamma(shape: 1, scale: 3),
        .beta(alpha: 1101, beta: 18_901),
        .beta(alpha: 2, beta: 5),
    ]

    /// ∫ density over [q(1e−7), q(1 − 1e−7)] by Simpson's rule on 20,000 panels.
    static func integral(_ spec: Distribution) -> Double {
        let lo = spec.quantile(1e-7), hi = spec.quantile(1 - 1e-7)
        let n = 20_000
        let h = (hi - lo) / Double(n)
        var sum = (spec.density(lo) ?? 0) + (spec.density(hi) ?? 0)
        for i in 1..<n { sum += (i % 2 == 1 ? 4 : 2) * (spec.density(lo + Double(i) * h) ?? 0) }
        return sum * h / 3
    }

    @Test(arguments: laws) func eachLawsDensityIntegratesToOne(_ spec: Distribution) {
        #expect(abs(Self.integral(spec) - 1) < 1e-4, "\(spec)")
    }

    @Test func theDensityIsThatOfTheLawAtKnownPoints() throws {
        // Closed forms: U[20, 30] is 0.1 inside; the triangular peak is 2/(max − min); N(μ, σ) at μ is 1/(σ√(2π)).
        #expect(Distribution.uniform(min: 20, max: 30).density(25) == 0.1)
        #expect(Distribution.uniform(min: 20, max: 30).density(31) == 0)
        #expect(abs(try #require(Distribution.triangular(min: 30, mode: 45, max: 75).density(45)) - 2.0 / 45) < 1e-15)
        #expect(abs(try #require(Distribution.normal(mean: 5, sd: 2).density(5)) - 1 / (2 * (2 * Double.pi).squareRoot())) < 1e-15)
        // Gamma(1, θ) is the exponential law: e^{−x/θ}/θ.
        #expect(abs(try #require(Distribution.gamma(shape: 1, scale: 3).density(2)) - exp(-2.0 / 3) / 3) < 1e-14)
        #expect(Distribution.fixed(3).density(3) == nil)
        let masses = try #require(Distribution.empirical(values: [1, 2, 2], weights: []).pointMasses)
        let probabilities: [Double] = masses.map(\.probability)
        #expect(probabilities == [1.0 / 3, 2.0 / 3])
    }

    /// The rinse cups on 30,000 trials with the tornado: every chart's data.
    static let rinse = Result<RunResult, any Error> { try MoldRiskRun.run(ScenarioSamples.rinseCups(trials: 30_000),
                                                  options: .init(threads: 2, sensitivity: true)) }

    /// Each input's histogram holds the draws the law predicts: over the histogram's range the
    /// density integrates to what the bars hold (about 99.8 %), and every band's share is within
    /// 5 standard errors of the law's probability of that band.
    /// An accepted but absurd law (a lognormal demand of median 5e-324 units: every draw
    /// subnormal, the histogram's band width 0) drew no histogram for it instead of trapping on
    /// a band index of NaN (the fuzzer's crash-SIGILL, seed 7, mutant 682).
    @Test func subnormalDrawsGiveNoHistogramAndNoTrap() throws {
        let text = ScenarioFixtures.designExample.replacingOccurrences(
            of: "median = 80_000, sigma = 0.6", with: "median = 5e-324, sigma = 0.5")
        #expect(text != ScenarioFixtures.designExample)
        let result = try MoldRiskRun.run(try parseScenario(text), options: .init(trials: 2_000, threads: 1, sensitivity: true))
        let demand = result.inputDistributions.filter { $0.input.description.hasSuffix("demand.units") }
        #expect(demand.isEmpty)
        for input in result.inputDistributions {
            guard case let .continuous(bins, _) = input.law else { continue }
            #expect(bins.allSatisfy { $0.lower.isFinite && $0.upper.isFinite && $0.share.isFinite }, "\(input.input)")
        }
        #expect(!result.inputDistributions.isEmpty)
    }

    @Test func eachInputsHistogramAgreesWithItsLawsDensity() throws {
        let inputs = (try Self.rinse.get()).inputDistributions
        #expect(inputs.count == RandomInput.all(in: (try Self.rinse.get()).scenario).count)
        var continuous = 0
        for input in inputs {
            guard case let .continuous(bins, density) = input.law else { continue }
            continuous += 1
            let n = Double(input.draws)
            let held = bins.reduce(0) { $0 + $1.share }
            var integral = 0.0
            for (a, b) in zip(density, density.dropFirst()) { integral += (b.x - a.x) * (a.density + b.density) / 2 }
            #expect(integral > 0.99 && integral < 1.0001, "\(input.input): ∫ = \(integral)")
            #expect(abs(held - integral) < 0.01, "\(input.input): bars \(held), ∫ \(integral)")
            for bin in bins {
                let inside = density.filter { $0.x >= bin.lower && $0.x <= bin.upper }
                guard inside.count >= 2 else { continue }
                var p = 0.0
                for (a, b) in zip(inside, inside.dropFirst()) { p += (b.x - a.x) * (a.density + b.density) / 2 }
                let se = (max(p, 1e-4) * (1 - p) / n).squareRoot()
                // The trapezoid over the band's inner points misses up to one density step at each edge.
                let step = (bin.upper - bin.lower) / Double(inside.count) * (inside.map(\.density).max() ?? 0)
                #expect(abs(bin.share - p) < 5 * se + 2 * step, "\(input.input) [\(bin.lower), \(bin.upper)): \(bin.share) vs \(p)")
            }
        }
        #expect(continuous >= 8)
        // Rework is a yes/no event: never and happens, shares near the scenario's 35 % and 10 %.
        let rework = inputs.filter { $0.input.lastKey == "rework_probability" }
        #expect(rework.count == 2)
        for input in rework {
            guard case let .discrete(masses) = input.law else { Issue.record("rework is not discrete"); continue }
            #expect(masses.map(\.value) == [0, 1])
            let p = masses[1].probability
            #expect(abs(masses[1].drawnShare - p) < 5 * (p * (1 - p) / Double(input.draws)).squareRoot())
        }
        // Rework days are drawn only in the trials with rework.
        let reworkDays = try #require(inputs.first { $0.input.description == "cycles.traditional.rework_days" })
        #expect(abs(Double(reworkDays.draws) / 30_000 - 0.35) < 0.02)
    }

    /// Contribution to variance sums to 100 % and is each input's squared rank correlation with
    /// profit over their sum, the correlations computed here from the draws themselves (an
    /// input used in only some trials, over those trials).
    @Test func contributionSumsToOneAndIsTheNormalisedSquaredRankCorrelation() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 30_000).atPlannedStockOnly
        let plan = SimulationPlan(scenario: scenario, trials: 30_000, seed: scenario.seed)
        let inputs = RandomInput.all(in: scenario)
        let draws = SensitivityDraws(plan, inputs: inputs)
        func ranks(_ x: [Double]) -> [Double] {
            var r = [Double](repeating: 0, count: x.count)
            let order = x.indices.sorted { x[$0] < x[$1] }
            var i = 0
            while i < order.count {
                var j = i
                while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
                for t in i...j { r[order[t]] = Double(i + j) / 2 + 1 }
                i = j + 1
            }
            return r
        }
        func spearman(_ a: [Double], _ b: [Double]) -> Double {
            let ra = ranks(a), rb = ranks(b)
            let ma = ra.reduce(0, +) / Double(ra.count), mb = rb.reduce(0, +) / Double(rb.count)
            var sab = 0.0, saa = 0.0, sbb = 0.0
            for i in ra.indices {
                sab += (ra[i] - ma) * (rb[i] - mb); saa += (ra[i] - ma) * (ra[i] - ma); sbb += (rb[i] - mb) * (rb[i] - mb)
            }
            return saa > 0 && sbb > 0 ? sab / (saa * sbb).squareRoot() : 0
        }
        for (k, cycle) in (try Self.rinse.get()).cycles.enumerated() {
            let bars = try #require(cycle.sensitivity?.bars)
            let total = bars.reduce(0) { $0 + $1.varianceContribution }
            #expect(abs(total - 1) < 1e-12, "\(cycle.name): \(total)")
            let own = inputs.indices.filter { inputs[$0].cycle == nil || inputs[$0].cycle == k }
            // Over the trials that use the input (rework days and cost: those with rework, issue 19
            // item 6; the draws hold NaN elsewhere).
            let rho = own.map { i -> Double in
                let used = draws.values[i].indices.filter { !draws.values[i][$0].isNaN }
                #expect(used.count > 100, "\(inputs[i].keyPath(in: scenario))")
                return spearman(used.map { draws.values[i][$0] }, used.map { draws.profits[k][$0] })
            }
            let sum = rho.reduce(0) { $0 + $1 * $1 }
            for (index, i) in own.enumerated() {
                let path = inputs[i].keyPath(in: scenario)
                let bar = try #require(bars.first { $0.input == path })
                #expect(abs(bar.varianceContribution - rho[index] * rho[index] / sum) < 1e-9, "\(path)")
            }
        }
    }

    /// The scatter's points are the tornado's own trials, every `step`-th one from the first,
    /// against the tornado's top input; the same for one thread and for three.
    @Test func theScatterSampleIsDeterministicAndThreadIndependent() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 30_000)
        let plan = SimulationPlan(scenario: scenario, trials: 30_000, seed: scenario.seed)
        let one = Sensitivity.analyse(plan, threads: 1)
        let three = Sensitivity.analyse(plan, threads: 3)
        #expect(one == three)
        let base = SimulationPlan(scenario: scenario.atPlannedStockOnly, trials: 30_000, seed: scenario.seed)
        let inputs = RandomInput.all(in: base.scenario)
        let draws = SensitivityDraws(base, inputs: inputs)
        for (k, tornado) in one.tornadoes.enumerated() {
            let sample = try #require(tornado.scatter)
            let top = try #require(tornado.bars.first { !$0.isEvent })
            #expect(sample.input == top.input)
            #expect(sample.step == 30)
            #expect(sample.points.count == 1_000)
            let i = try #require(inputs.firstIndex { ($0.cycle == nil || $0.cycle == k) && $0.keyPath(in: base.scenario) == top.input })
            for (n, point) in sample.points.enumerated() {
                #expect(point.input == draws.values[i][n * 30] && point.profit == draws.profits[k][n * 30])
            }
        }
        // A run's result carries the same data whatever --threads is.
        let again = try MoldRiskRun.run(ScenarioSamples.rinseCups(trials: 30_000), options: .init(threads: 1, sensitivity: true))
        #expect(again.cycles.map(\.sensitivity) == (try Self.rinse.get()).cycles.map(\.sensitivity))
        #expect(again.inputDistributions == (try Self.rinse.get()).inputDistributions)
    }

    /// The three charts are drawn in both languages, beside the tornado in the PDF's order, and
    /// not at all without the tornado.
    @Test func theChartsAreInTheCatalogWithTheTornado() throws {
        for language in ReportLanguage.allCases {
            let files = ChartRenderer.render((try Self.rinse.get()), language: language)
            let names = files.map(\.fileName)
            let tornado = try #require(names.firstIndex(of: "tornado.svg"))
            #expect(names[tornado + 1] == "contribution-to-variance.svg")
            #expect(names.contains("scatter.svg"))
            // Sixteen inputs: six panels on each of the first two files, four on the third.
            #expect((try Self.rinse.get()).inputDistributions.count == 16)
            let parts = files.filter { $0.fileName.hasPrefix("input-distributions") }
            #expect(parts.map(\.fileName) == ["input-distributions.svg", "input-distributions-2.svg", "input-distributions-3.svg"])
            #expect(parts.map { $0.svg.components(separatedBy: "class=\"panel-title\"").count - 1 } == [6, 6, 4])
            let scatter = try #require(files.first { $0.fileName == "scatter.svg" })
            #expect(scatter.svg.components(separatedBy: "<circle cx=").count - 1 == 2_000)
        }
        let plain = try MoldRiskRun.run(ScenarioSamples.rinseCups(trials: 2_000), options: .init(threads: 1))
        let names = ChartRenderer.render(plain).map(\.fileName)
        #expect(!names.contains("scatter.svg") && !names.contains("contribution-to-variance.svg")
            && !names.contains("input-distributions.svg"))
    }
}
