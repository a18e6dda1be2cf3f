import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `--samples`: every trial's inputs and outcomes, in trial order, agreeing with the report.
@Suite(TestTimeLimit.minutes(20)) struct SamplesCSVTests {
    func collect(_ scenario: Scenario, threads: Int) throws -> (RunResult, String) {
        let text = Locked("")
        let sink = SamplesCSV.sink(for: scenario, write: { chunk in text.withLock { $0 += chunk } })
        let result = try MoldRiskRun.run(scenario, options: .init(threads: threads, sink: sink))
        return (result, SamplesCSV.header + text.withLock { $0 })
    }

    /// `--samples` warns before writing more than a few GB, with the estimate.
    @Test func sizeEstimateIsCloseToARealFileAndWarnsAboveTwoGB() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 2_000)
        let real = Double(try collect(scenario, threads: 2).1.utf8.count)
        let estimate = SamplesCSV.estimatedBytes(trials: 2_000, scenario: scenario)
        #expect(abs(estimate / real - 1) < 0.1, "estimate \(estimate), real \(real)")
        #expect(SamplesCSV.sizeWarning(trials: 1_000_000, scenario: scenario, path: "s.csv") == nil)
        let warning = try #require(SamplesCSV.sizeWarning(trials: 100_000_000, scenario: scenario, path: "s.csv"))
        #expect(warning.hasPrefix("warning: --samples will write about 4"), "\(warning)")
        #expect(warning.contains("GB to s.csv (100,000,000 trials × 2 cycles"))
    }

    @Test func oneRowPerTrialAndCycleInTrialOrderMatchingTheReport() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 23_456)
        let (result, csv) = try collect(scenario, threads: 3)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = rows[0].map(String.init)
        #expect(header.first == "trial" && header.last == "profit")
        #expect(rows.count == 1 + 23_456 * 2)
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
        #expect(rows[1][0] == "1" && rows[2][0] == "1" && rows.last![0] == "23456")
        for (k, cycle) in result.cycles.enumerated() {
            let profits = rows.dropFirst().filter { String($0[1]) == cycle.name }.map { Double(String($0.last!))! }
            #expect(profits.count == 23_456)
            let mean = profits.reduce(0, +) / Double(profits.count)
            #expect(abs(mean - cycle.profit.mean) <= 1e-9 * abs(cycle.profit.mean), "cycle \(k)")
            let losses = profits.filter { $0 < 0 }.count
            #expect(Double(losses) / 23_456 == cycle.probabilityOfLoss)
        }
    }

    @Test func theSamplesAreTheSameForAnyThreadCount() throws {
        let scenario = ScenarioSamples.rinseCups(trials: 25_000)
        #expect(try collect(scenario, threads: 1).1 == collect(scenario, threads: 2).1)
    }
}
