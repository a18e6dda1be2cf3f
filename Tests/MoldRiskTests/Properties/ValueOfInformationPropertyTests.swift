import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

extension Properties {
    /// Over valid scenarios at the edges of the accepted ranges (`ScenarioGen.wide`: posteriors from
    /// up to 1e6 impressions, priors from 1e−3), priced with a one-impression listing and one of up to
    /// 1,000,000 impressions: the run ends, every report is finite, EVPI ≥ 0, and every signals-form
    /// cycle gets its listings (EVSI finite, its standard error ≥ 0).
    @Suite(TestTimeLimit.minutes(20)) struct ValueOfInformationPropertyTests {
        @Test func valueOfInformationIsFiniteAtTheEdges() async {
            await propertyCheck(count: 8, input: ScenarioGen.wide) { generated in
                var scenario = generated.scenario
                let size = (scenario.trials * 7_919) % 1_000_000 + 1
                scenario.valueOfInformation = ValueOfInformationSpec(listingSizes: Array(Set([1, size])).sorted(),
                                                                     costPerImpression: 0.05)
                let result = try MoldRiskRun.run(scenario, options: .init(threads: 2))
                ReportScan.expectFinite(result)
                let value = result.valueOfInformation
                #expect(value.evpi >= 0 && value.evpiSE >= 0)
                let signals = scenario.cycles.filter { if case .signals = $0.demand.source { true } else { false } }
                #expect(value.listings.count == signals.count * scenario.valueOfInformation!.listingSizes.count)
                for l in value.listings {
                    #expect(l.evsi.isFinite && l.evsiSE.isFinite && l.evsiSE >= 0, "\(l)")
                }
            }
        }
    }
}
