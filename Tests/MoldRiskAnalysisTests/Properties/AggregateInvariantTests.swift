import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
import MoldRiskTestSupport

extension Properties {
    /// Invariants of the figures a whole run reports (DESIGN §3), on generated scenarios run
    /// through the engine and the analysis (`AnalysedRun.run`).
    @Suite(TestTimeLimit.minutes(20)) struct AggregateInvariantTests {
        /// Every cycle's result of a run of the generated scenario (one thread).
        static func cycles(of generated: GeneratedScenario) throws -> [CycleResult] {
            try AnalysedRun.run(generated.scenario, threads: 1).cycles
        }

        /// Percentiles are non-decreasing in their level: profit P1…P99, sell-through P5 ≤ P50 ≤ P95,
        /// ready P10 ≤ P50 ≤ P90, and P5 ≤ P95 at every stock level.
        @Test func percentilesAreNonDecreasingInTheirLevel() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                for c in try Self.cycles(of: generated) {
                    let levels = c.profit.percentiles.map(\.level), values = c.profit.percentiles.map(\.value)
                    #expect(levels == ProfitSummary.levels, "\(c.name): levels \(levels)")
                    #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 }, "\(c.name): profit percentiles \(values)")
                    #expect(c.sellThrough.p5 <= c.sellThrough.p50 && c.sellThrough.p50 <= c.sellThrough.p95,
                            "\(c.name): sell-through \(c.sellThrough)")
                    #expect(c.leadTime.p10 <= c.leadTime.p50 && c.leadTime.p50 <= c.leadTime.p90, "\(c.name): ready \(c.leadTime.p10) \(c.leadTime.p50) \(c.leadTime.p90)")
                    #expect(c.stockCurve.allSatisfy { $0.p5 <= $0.p95 }, "\(c.name): stock curve P5 > P95")
                }
            }
        }

        /// The S-curve is a CDF: x and probability non-decreasing, probability from exactly 0 to 1.
        /// The loss-exceedance curve starts at (0, P(loss)), has x non-decreasing from 0 and its
        /// probability non-increasing within [0, 1].
        @Test func riskCurvesAreACDFAndAnExceedanceCurve() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                for c in try Self.cycles(of: generated) {
                    let cdf = c.profitCDF
                    #expect(cdf.first?.probability == 0 && cdf.last?.probability == 1, "\(c.name): S-curve ends \(cdf.first!) \(cdf.last!)")
                    #expect(zip(cdf, cdf.dropFirst()).allSatisfy { $0.x <= $1.x && $0.probability <= $1.probability },
                            "\(c.name): S-curve not monotone")
                    let loss = c.lossExceedance
                    #expect(loss.first?.x == 0 && loss.first?.probability == c.probabilityOfLoss,
                            "\(c.name): exceedance starts at \(loss.first!) with P(loss) \(c.probabilityOfLoss)")
                    #expect(loss.allSatisfy { $0.probability >= 0 && $0.probability <= 1 && $0.x >= 0 }, "\(c.name): exceedance out of range")
                    #expect(zip(loss, loss.dropFirst()).allSatisfy { $0.x <= $1.x && $0.probability >= $1.probability },
                            "\(c.name): exceedance not non-increasing")
                }
            }
        }

        /// CVaR95 ≥ VaR95 (the mean of the worst 5 % is no better than its best value; both read from
        /// the same sketch, so only the rounding of the tail mean is allowed for).
        @Test func cvarIsAtLeastVar() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                for c in try Self.cycles(of: generated) {
                    #expect(c.cvar95 >= c.var95 - Tolerance.rounding * (abs(c.var95) + 1), "\(c.name): CVaR95 \(c.cvar95) < VaR95 \(c.var95)")
                }
            }
        }

        /// P(loss) lies inside its own Wilson interval, which lies in [0, 1]; P(loss) and the
        /// break-even probability P(profit ≥ 0) add up to 1.
        @Test func lossProbabilityIsInsideItsIntervalAndComplementsBreakEven() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                for c in try Self.cycles(of: generated) {
                    let ci = c.probabilityOfLossCI, p = c.probabilityOfLoss
                    #expect(0 <= ci.lower && ci.lower <= p && p <= ci.upper && ci.upper <= 1, "\(c.name): P(loss) \(p) vs \(ci)")
                    #expect(abs(p + c.breakEven.probability - 1) <= 1e-15, "\(c.name): \(p) + \(c.breakEven.probability) ≠ 1")
                }
            }
        }
    }
}
