import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `CycleResult.sensitivity` tells "not computed" (nil) from "computed, nothing uncertain"
/// (bars `[]`), and every format shows which one a reader has.
@Suite(TestTimeLimit.minutes(20)) struct SensitivityPresenceTests {
    /// Every input fixed: the tornado has no bar, but it was computed on the run's trials.
    static let scenario = ScenarioSamples.deterministic()

    @Test func aTornadoWithNothingUncertainIsComputedAndEmptyNotMissing() throws {
        let computed = try MoldRiskRun.run(Self.scenario, options: .init(threads: 2, sensitivity: true))
        let skipped = try MoldRiskRun.run(Self.scenario, options: .init(threads: 2, sensitivity: false))
        for (with, without) in zip(computed.cycles, skipped.cycles) {
            #expect(with.sensitivity == CycleTornado(baseline: with.profit.mean, trials: computed.trials, bars: []))
            #expect(without.sensitivity == nil)
        }
        // Everything else is the same run.
        var stripped = computed
        for k in stripped.cycles.indices { stripped.cycles[k].sensitivity = nil }
        #expect(stripped == skipped)
    }

    @Test func everyFormatTellsAnEmptyTornadoFromNoTornado() throws {
        let computed = try MoldRiskRun.run(Self.scenario, options: .init(threads: 1, sensitivity: true))
        let skipped = try MoldRiskRun.run(Self.scenario, options: .init(threads: 1))
        let cycle = try #require(computed.cycles.first)
        let json = try #require(JSONSerialization.jsonObject(with: Data(ReportRenderer.render(computed, as: .json).utf8))
            as? [String: Any])
        let c = try #require((json["cycles"] as? [String: Any])?[cycle.name] as? [String: Any])
        #expect((c["sensitivity"] as? [Any])?.isEmpty == true)
        #expect(c["sensitivity_baseline"] as? Double == cycle.profit.mean)
        #expect(c["sensitivity_trials"] as? Int == computed.trials)
        let skippedJSON = ReportRenderer.render(skipped, as: .json)
        #expect(skippedJSON.contains("\"sensitivity_baseline\": null"))
        #expect(skippedJSON.contains("\"sensitivity_trials\": 0"))

        let csv = ReportTestSupport.parseCSV(ReportRenderer.render(computed, as: .csv))
        #expect(csv.filter { $0[1].hasPrefix("sensitivity") }.map { $0[1] } == ["sensitivity_baseline"])
        #expect(!ReportRenderer.render(skipped, as: .csv).contains("sensitivity"))

        let sentence = "Sensitivity: no input of only is uncertain, so there is no tornado: its expected profit is "
            + "\(EnglishStrings().money(cycle.profit.mean)) on the \(Fmt.units(Double(computed.trials))) trials whatever input is held."
        for format in [ReportFormat.text, .markdown] {
            let flat = ReportRenderer.render(computed, as: format).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains(sentence), "\(format)")
            #expect(!flat.contains("Tornado"), "\(format)")
            #expect(!ReportRenderer.render(skipped, as: format).contains("Sensitivity"), "\(format)")
        }
        #expect(!ChartRenderer.render(computed).contains { $0.fileName == "tornado.svg" })
    }
}
