import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// `moldrisk new NAME`'s template: valid as it stands, every key explained, the name escaped.
@Suite struct ScenarioTemplateTests {
    @Test(arguments: ["rinse_cup", "家用漱口杯 双十一", "quote \" backslash \\ end", "#[x] = '''"])
    func templateParsesWithTheGivenName(name: String) throws {
        let scenario = try parseScenario(ScenarioTemplate.text(name: name), file: "scenarios/x.toml")
        #expect(scenario.name == name)
    }

    /// A name that would break or hide a report line is refused (`moldrisk new` refuses it first).
    @Test(arguments: ["tab \t end", "newline \n end", "rtl \u{202E} end", "zero\u{200B}width"])
    func templateNameWithInvisibleCharactersIsRefused(name: String) {
        expectProblem(ScenarioTemplate.text(name: name), at: "scenario.name",
                      "must not contain control or invisible format characters")
    }

    @Test func templateUsesBothDemandFormsAndKeepsCycleOrder() throws {
        let scenario = try parseScenario(ScenarioTemplate.text(name: "cup"))
        #expect(scenario.cycles.map(\.name) == ["traditional", "data_driven"])
        guard case .units = scenario.cycles[0].demand.source else {
            Issue.record("traditional should use units"); return
        }
        guard case .signals = scenario.cycles[1].demand.source else {
            Issue.record("data_driven should use signals"); return
        }
    }

    @Test func templateWritesEveryKeyAndEveryFamily() {
        let text = ScenarioTemplate.text(name: "cup")
        let keys = ScenarioSchema.root + ScenarioSchema.scenario + ScenarioSchema.product + ScenarioSchema.mold
            + ScenarioSchema.window + ScenarioSchema.cycle + ScenarioSchema.demand + ScenarioSchema.analysis
            + ScenarioSchema.decision
        for key in keys {
            #expect(text.contains(key), "template does not mention \(key)")
        }
        for family in DistributionParser.families {
            #expect(text.contains("dist = \"\(family.name)\""), "template does not show \(family.name)")
            for field in family.alternative {
                #expect(text.contains("\(field) = "), "template does not show \(family.name)'s \(field)")
            }
        }
    }
}
