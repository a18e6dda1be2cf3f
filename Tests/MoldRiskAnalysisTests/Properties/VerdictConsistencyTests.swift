import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
import MoldRiskTestSupport

extension Properties {
    /// The verdict and the stock recommendations agree with the figures they are based on.
    @Suite(.timeLimit(.minutes(20))) struct VerdictConsistencyTests {
        /// GO only when P(loss) ≤ tolerance (with a positive expected profit) at the chosen cycle and
        /// the planned stock; GO AT A SMALLER STOCK only below the planned stock, within tolerance,
        /// and only when no cycle qualifies at the planned stock; NO-GO only when no cycle qualifies
        /// at the planned stock or below.
        @Test func verdictIsWithinToleranceWhereItSaysGo() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                let scenario = generated.scenario
                let result = AnalysedRun.run(scenario, threads: 1)
                let verdict = result.verdict, tolerance = scenario.maxLossProbability, planned = scenario.product.stock
                func qualifies(_ p: StockPoint) -> Bool { p.probabilityOfLoss <= tolerance && p.expectedProfit > 0 }
                let anyAtPlanned = result.cycles.contains { $0.stockCurve.contains { $0.stock == planned && qualifies($0) } }
                let anyBelow = result.cycles.contains { $0.stockCurve.contains { $0.stock < planned && qualifies($0) } }
                let chosen = result.cycles.first { $0.name == verdict.cycle }?.stockCurve.first { $0.stock == verdict.stock }
                #expect(chosen != nil, "verdict names \(verdict.cycle) at \(verdict.stock), which was not evaluated")
                guard let chosen else { return }
                switch verdict.decision {
                case .go:
                    #expect(verdict.stock == planned && qualifies(chosen),
                            "GO at \(verdict.stock) (planned \(planned)) with P(loss) \(chosen.probabilityOfLoss), tolerance \(tolerance)")
                case .goAtSmallerStock:
                    #expect(verdict.stock < planned && qualifies(chosen) && !anyAtPlanned,
                            "GO AT A SMALLER STOCK \(verdict.stock) (planned \(planned)) with P(loss) \(chosen.probabilityOfLoss)")
                case .noGo:
                    #expect(!anyAtPlanned && !anyBelow, "NO-GO although a (cycle, stock ≤ planned) is within tolerance")
                }
            }
        }

        /// "Largest stock within tolerance" really is within it, and every larger evaluated level is
        /// not; when it is absent, no level is within tolerance.
        @Test func largestStockWithinToleranceIsTheLargest() async {
            await propertyCheck(count: 60, input: ScenarioGen.any) { generated in
                let tolerance = generated.scenario.maxLossProbability
                for c in AnalysedRun.run(generated.scenario, threads: 1).cycles {
                    guard let largest = c.maxStockWithinTolerance else {
                        #expect(c.stockCurve.allSatisfy { $0.probabilityOfLoss > tolerance }, "\(c.name): none reported within tolerance")
                        continue
                    }
                    // Bound with `if let`: `stockCurve.first { … }?.probabilityOfLoss` in one expression
                    // read nil here in a debug build although the point exists (a Swift 6.3 miscompile).
                    if let point = c.stockCurve.first(where: { $0.stock == largest }) {
                        #expect(point.probabilityOfLoss <= tolerance, "\(c.name): \(largest) has P(loss) \(point.probabilityOfLoss) > \(tolerance)")
                    } else {
                        Issue.record("\(c.name): \(largest) was not evaluated")
                    }
                    #expect(c.stockCurve.filter { $0.stock > largest }.allSatisfy { $0.probabilityOfLoss > tolerance },
                            "\(c.name): a stock above \(largest) is within tolerance")
                }
            }
        }
    }
}
