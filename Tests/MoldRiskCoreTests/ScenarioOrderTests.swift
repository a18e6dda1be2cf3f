import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// `Scenario.cycles` is in file order whatever form the cycles take (toml++ sorts keys).
@Suite struct ScenarioOrderTests {
    private func cycleNames(_ cycles: String) throws -> [String] {
        try parseScenario(F.minimal(cycles: cycles)).cycles.map(\.name)
    }

    @Test func headerTablesKeepFileOrder() throws {
        let names = try cycleNames("""
        [cycles.zeta]
        commit_days_before_window = 1
        demand = { units = 1 }
        [cycles.alpha]
        commit_days_before_window = 1
        demand = { units = 1 }
        [cycles.mid]
        commit_days_before_window = 1
        demand = { units = 1 }
        """)
        #expect(names == ["zeta", "alpha", "mid"])
    }

    @Test func dottedKeysAtTheRootKeepFileOrder() throws {
        let text = """
        cycles.zeta = { commit_days_before_window = 1, demand = { units = 1 } }
        cycles . "beta" = { commit_days_before_window = 1, demand = { units = 1 } }
        cycles.alpha.commit_days_before_window = 1
        cycles.alpha.demand.units = 1
        \(F.product)
        \(F.mold)
        """
        #expect(try parseScenario(text).cycles.map(\.name) == ["zeta", "beta", "alpha"])
    }

    @Test func cyclesHeaderWithInlineTablesKeepsFileOrder() throws {
        let names = try cycleNames("""
        [cycles]
        yellow = { commit_days_before_window = 1, demand = { units = 1 } }
        # [cycles.aaa] in a comment does not count
        blue = { commit_days_before_window = 1, demand = { units = 1 } }
        """)
        #expect(names == ["yellow", "blue"])
    }

    @Test func wholeCyclesInlineTableKeepsFileOrder() throws {
        let text = """
        cycles = { "second" = { commit_days_before_window = 1, demand = { units = 1 } }, first = { commit_days_before_window = 1, demand = { units = 1 } } }
        \(F.product)
        \(F.mold)
        """
        #expect(try parseScenario(text).cycles.map(\.name) == ["second", "first"])
    }

    @Test func aSubTableBeforeItsCycleCountsAsTheFirstMention() throws {
        let names = try cycleNames("""
        [cycles.late.demand]
        units = 1
        [cycles.early]
        commit_days_before_window = 1
        demand = { units = 1 }
        [cycles.late]
        commit_days_before_window = 1
        """)
        #expect(names == ["late", "early"])
    }

    @Test func stringsThatLookLikeHeadersAreSkipped() {
        let text = """
        title = "[cycles.fake]"
        notes = \"\"\"
        [cycles.also_fake]
        cycles.x = { }
        \"\"\"
        lit = '''
        [cycles.fake3] ''"'''
        list = ["[cycles.fake4]", { a = "}" }, [1, 2], 1979-05-27 07:32:00Z]
        [cycles.'b\\ok']
        x = 1
        [cycles."\\u6570据"]
        x = 1
        [cycles.a]
        x = 1
        """
        #expect(TOMLKeyOrder.children(of: ["cycles"], in: text) == ["b\\ok", "数据", "a"])
    }

    @Test func keysTheScannerMissesKeepTheirPlaceAfterTheOthers() {
        let order = TOMLKeyOrder.inFileOrder(["a", "b", "c"], under: ["cycles"], in: "[cycles.c]\n[cycles.a]\n")
        #expect(order == ["c", "a", "b"])
    }

    @Test func scannerSurvivesGarbage() {
        for text in ["[", "[[", "\"", "'''", "a = {", "a = [", "= = =", "\\", "[cycles.\"", "cycles.x = \"\"\"\\"] {
            _ = TOMLKeyOrder.children(of: ["cycles"], in: text)
        }
        #expect(TOMLKeyOrder.children(of: ["cycles"], in: "[cycles.q") == ["q"])
    }
}
