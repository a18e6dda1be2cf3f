import CGSL
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// With every input fixed, every figure of a run is known exactly.
@Suite(TestTimeLimit.minutes(20)) struct DeterministicRunTests {
    @Test func onTimeRunGivesExactFigures() throws {
        let result = try MoldRiskRun.run(ScenarioSamples.deterministic(), threads: 2)
        let c = result.cycles[0]
        // 9.9·80 000 + 1.0·20 000 − 2.6·100 000 − 300 000 − 10 000 = 242 000
        #expect(abs(c.profit.mean - 242_000) < 1e-6)
        #expect(c.profit.sd == 0)
        #expect(c.profit.percentiles.allSatisfy { abs($0.value - 242_000) < 1e-6 })
        #expect(c.probabilityOfLoss == 0)
        #expect(c.var95 == -242_000 || abs(c.var95 + 242_000) < 1e-6)
        #expect(abs(c.cvar95 + 242_000) < 1e-6)
        #expect(abs(c.sellThrough.mean - 0.8) < 1e-12)
        #expect(c.sellThrough.p5 == 0.8 && c.sellThrough.p95 == 0.8)
        #expect(c.leadTime.p10 == 70 && c.leadTime.p90 == 70)
        #expect(c.leadTime.probabilityLate == 0)
        // break-even units: (300 000 + 0 + 10 000 + (2.6 − 1)·100 000) / (9.9 − 1) = 470 000 / 8.9
        #expect(abs(c.breakEven.units - 470_000 / 8.9) < 1e-6)
        #expect(abs(c.breakEven.sellThrough - 470_000 / 8.9 / 100_000) < 1e-12)
        #expect(abs(c.breakEven.moldCost - 542_000) < 1e-6)
        #expect(c.breakEven.probability == 1)
        #expect(result.verdict.decision == .go)
        #expect(result.trials == 1_000)
    }

    @Test func lateRunLosesDemandExactly() throws {
        // commit 60: ready 70 → 10 days late → availability 0.4 → demand 32 000
        let result = try MoldRiskRun.run(ScenarioSamples.deterministic(commitDays: 60), threads: 1)
        let c = result.cycles[0]
        // 9.9·32 000 + 1.0·68 000 − 260 000 − 300 000 − 10 000 = −185 200
        #expect(abs(c.profit.mean + 185_200) < 1e-6)
        #expect(c.probabilityOfLoss == 1)
        #expect(c.leadTime.probabilityLate == 1)
        #expect(abs(c.sellThrough.mean - 0.32) < 1e-12)
        #expect(result.verdict.decision != .go)
    }

    @Test func stockCurveHasOnePointPerLevelWithExactProfits() throws {
        let result = try MoldRiskRun.run(ScenarioSamples.deterministic(stockLevels: [50_000, 100_000, 150_000]), threads: 1)
        let curve = result.cycles[0].stockCurve
        #expect(curve.map(\.stock) == [50_000, 100_000, 150_000])
        // 50 000: sold out: (9.9 − 2.6)·50 000 − 310 000 = 55 000 (ready 40+25+2.5 = 67.5 ≤ 100)
        #expect(abs(curve[0].expectedValue - 55_000) < 1e-6)
        // 150 000: 9.9·80 000 + 70 000 − 390 000 − 310 000 = 162 000
        #expect(abs(curve[2].expectedValue - 162_000) < 1e-6)
        #expect(result.cycles[0].bestStock == 100_000)
    }
}

/// Standard errors of the headline figures, against figures computed independently.
@Suite(TestTimeLimit.minutes(20)) struct HeadlineStandardErrorTests {
    @Test func standardErrorsFollowTheirFormulas() throws {
        let scenario = ScenarioSamples.newsvendor(stockLevels: [80_000], trials: 100_000)
        let result = try MoldRiskRun.run(scenario, threads: 2)
        let c = result.cycles[0]
        let n = Double(result.trials)
        #expect(abs(c.standardErrors.expectedProfit - c.profit.sd / n.squareRoot()) < 1e-9)
        let p = c.probabilityOfLoss
        #expect(abs(c.standardErrors.probabilityOfLoss - (p * (1 - p) / n).squareRoot()) < 1e-15)
        // Normal demand, fixed costs: profit's lower tail is linear in demand (p − s)·D, so P5's
        // standard error is (p − s)·σ·√(0.05·0.95/n)/φ(z₀.₀₅) ≈ 9·15 000·0.000689/0.1031 ≈ 902.
        let f = NewsvendorTests.Figures(scenario)
        let density = gsl_ran_ugaussian_pdf(gsl_cdf_ugaussian_Pinv(0.05))
        let expected = (f.price - f.salvage) * f.sd * (0.05 * 0.95 / n).squareRoot() / density
        #expect(abs(c.standardErrors.var95 - expected) < 0.1 * expected, "\(c.standardErrors.var95) vs \(expected)")
        #expect(c.standardErrors.cvar95 > 0 && c.standardErrors.cvar95.isFinite)
        // Fixed mold cost, no rework: break-even units are exact.
        #expect(c.standardErrors.breakEvenUnits == 0)
    }

    @Test func allFixedInputsHaveZeroStandardErrors() throws {
        let c = try MoldRiskRun.run(ScenarioSamples.deterministic(), threads: 1).cycles[0]
        #expect(c.standardErrors == HeadlineStandardErrors())
    }
}
