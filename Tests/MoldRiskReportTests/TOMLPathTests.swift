import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// `TOMLPath`: compared by its parts, printed as valid TOML that `--set` reads back to the same parts.
@Suite struct TOMLPathTests {
    static let names = ["traditional", "fast track", "数据驱动", "v1.2", "a\"b", "", "x-y_9"]

    @Test(arguments: names) func aPrintedPathReadsBackToTheSameParts(_ name: String) throws {
        let path = TOMLPath.cycle(name).key("fixed_cost")
        guard case let .success(split) = OverrideSyntax.split(path.description + "=1") else {
            Issue.record("--set refuses \(path)")
            return
        }
        #expect(TOMLPath(keys: split.keys) == path)
        // Bare only where TOML allows it bare.
        let bare = path.description == "cycles.\(name).fixed_cost"
        #expect(bare == (name == "traditional" || name == "x-y_9"), "\(path)")
    }

    @Test func quotedNamesArePrintedQuoted() {
        #expect(TOMLPath.cycle("fast track").description == #"cycles."fast track""#)
        #expect(TOMLPath.cycle("数据驱动").key("demand").key("units").description
                == #"cycles."数据驱动".demand.units"#)
        #expect(TOMLPath.root.key("analysis").key("stock_levels").index(2).description == "analysis.stock_levels[2]")
    }

    @Test func prefixesArePartsNotCharacters() {
        let a: TOMLPath = "cycles.a"
        #expect(TOMLPath("cycles.a.rework_days.mode").starts(with: a))
        #expect(!TOMLPath("cycles.ab.rework_days").starts(with: a))
        #expect(!TOMLPath(#"cycles."a.b".fixed_cost"#).starts(with: a))
        #expect(TOMLPath(#"cycles."fast track".demand.units"#).relative(to: #"cycles."fast track""#) == "demand.units")
        #expect(TOMLPath("mold.cost").relative(to: a) == nil)
        #expect(a.relative(to: a) == nil)
        #expect(TOMLPath("cycles.a.rework_probability").lastKey == "rework_probability")
    }

    /// The defect: the inputs table built `[cycles.fast track]` by hand and compared strings, so
    /// the header was not TOML and the overridden `fixed_cost` lost its "(set)" mark.
    @Test func theInputsTableNamesAQuotedCycleAndMarksItsOverride() {
        var scenario = ScenarioSamples.rinseCups(trials: 100)
        scenario.cycles[1].name = "fast track"
        scenario.cycles[1].fixedCost = 30_000
        scenario.overrides = [ScenarioOverride(keyPath: #"cycles."fast track".fixed_cost"#, value: "30000")]
        let items = ReportContent.inputsSection(scenario)
        let rows = items.compactMap { item -> [ReportTable.Row]? in
            if case let .table(table) = item { return table.rows }
            return nil
        }.flatMap { $0 }
        #expect(rows.contains(.group(#"[cycles."fast track"]"#)))
        #expect(!rows.contains(.group("[cycles.fast track]")))
        let marked = rows.filter {
            if case let .cells(cells) = $0 { return cells.count >= 2 && cells[1].hasSuffix(" (set)") }
            return false
        }
        #expect(marked == [.cells(["fixed_cost", "¥30,000 (set)"])])
    }

    @Test func tornadoLabelsDropTheCyclesOwnTableByParts() {
        let words = EnglishStrings()
        #expect(ReportContent.inputLabel(#"cycles."fast track".demand.units"#, words: words) == "demand")
        #expect(ReportContent.inputLabel(#"cycles."数据驱动".research_days"#, words: words) == "research days")
        #expect(ReportContent.inputLabel("mold.days", words: words) == "mold-making days")
    }
}
