import Foundation
import MoldRisk
import Testing

/// The public embedding API, used exactly as an outside package would: a plain `import MoldRisk`
/// (no `@testable`), so a declaration the API needs that is not `public` fails to compile here.
@Suite struct EmbeddingAPITests {
    /// The rinse-cup example scenario shipped with the repository.
    static let rinseCups = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios/rinse-cups.toml").path

    @Test func loadRunAndRenderAScenario() throws {
        let scenario = try ScenarioLoader.load(path: Self.rinseCups, overrides: ["scenario.trials=4000"])
        #expect(scenario.trials == 4_000)
        let result = try MoldRiskRun.run(scenario, options: .init(threads: 2))
        #expect(result.trials == 4_000)
        #expect(result.seed == scenario.seed)
        let text = ReportRenderer.render(result, as: .text)
        #expect(text.contains(scenario.name))
        #expect(text.contains(result.verdict.decision.rawValue))
        let json = try #require(ReportRenderer.render(result, as: .json).data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let verdict = try #require(object["verdict"] as? [String: Any])
        #expect(verdict["decision"] as? String == result.verdict.decision.rawValue)
        #expect(verdict["cycle"] as? String == result.verdict.cycle)
    }

    @Test func aBadValueIsAScenarioErrorNamingTheKeyPath() {
        #expect {
            _ = try ScenarioLoader.parse("[product]\nunit_price = -1\n", file: "bad.toml")
        } throws: { error in
            (error as? ScenarioError)?.description.contains("bad.toml: product.unit_price") == true
        }
    }
}
