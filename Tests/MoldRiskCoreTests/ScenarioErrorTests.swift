import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// All problems at once, in a stable order; syntax errors with line and column; the printed form.
@Suite struct ScenarioErrorTests {
    @Test func everyProblemIsReportedInFileOrder() {
        let text = """
        [scenario]
        trials = 0

        [product]
        unit_price = 10
        unit_cost = -3
        stock = 1000
        colour = "red"

        [mold]
        cost = { dist = "uniform", min = 9, max = 1 }
        days = 25

        [cycles.b]
        commit_days_before_window = 10
        demand = { units = 1, orders = 2 }

        [cycles.a]
        commit_days_before_window = 10
        rework_probability = 2
        demand = { units = 1 }

        [decision]
        max_loss_probability = -1
        """
        let problems = scenarioProblems(text, file: "scenarios/bad.toml")
        #expect(problems.map(\.keyPath) == [
            "scenario.trials",
            "product.colour",
            "product.unit_cost",
            "mold.cost.min",
            "cycles.b.demand.orders",
            "cycles.a.rework_probability",
            "decision.max_loss_probability",
        ])
        let error = ScenarioError(file: "scenarios/bad.toml", problems: problems)
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines[0] == "scenarios/bad.toml: scenario.trials: must be between 1 and 1000000000")
        #expect(lines[3] == "scenarios/bad.toml: mold.cost.min: min (9) must be ≤ max (1)")
    }

    @Test func parsingTwiceGivesTheSameProblems() {
        let text = F.minimal(extra: "[window]\npeak_share = 3\nseason_days = -1\nx = 1\ny = 2")
        #expect(scenarioProblems(text) == scenarioProblems(text))
        #expect(scenarioProblems(text).count == 4)
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let text = "[product]\nunit_price = 10\nunit_cost = = 3\n"
        let problems = scenarioProblems(text, file: "cup.toml")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.position?.line == 3)
        #expect(problem.position.map { $0.column > 1 } == true)
        #expect(problem.message.hasPrefix("TOML syntax error: "))
        let line = ScenarioError(file: "cup.toml", problems: problems).description
        #expect(line.hasPrefix("cup.toml:3:\(problem.position!.column): TOML syntax error: "))
        #expect(!line.contains("\n"))
    }

    @Test func duplicateKeyIsASyntaxError() throws {
        let text = F.minimal() + "\n[product]\nstock = 5\n"
        let secondHeader = text.split(separator: "\n", omittingEmptySubsequences: false).lastIndex(of: "[product]")
        let problem = try #require(scenarioProblems(text).first)
        #expect(problem.position?.line == secondHeader.map { $0 + 1 })
        #expect(problem.message.contains("TOML syntax error"))
    }

    @Test func descriptionFormatsEachKindOfProblem() {
        let error = ScenarioError(file: "x.toml", problems: [
            .init(keyPath: "", message: "is empty"),
            .init(keyPath: "product.stock", message: "must be > 0"),
            .init(keyPath: "", message: "TOML syntax error: oops", position: .init(line: 4, column: 9)),
        ])
        #expect(error.description == """
        x.toml: is empty
        x.toml: product.stock: must be > 0
        x.toml:4:9: TOML syntax error: oops
        """)
    }
}
