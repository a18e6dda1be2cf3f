import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskReport
import MoldRiskReportTestSupport
import MoldRiskTestSupport
import MoldRiskXLSX

/// `--format xlsx` (issue 22), read back with openpyxl (`WorkbookReader`), not with the writer:
/// every number in the workbook is the JSON report's figure, every chart's series references
/// cells that hold numbers, the sheet names are valid in Excel for hostile and Chinese names, and
/// the bytes are fixed (no clock in them). The CLI's byte identity across threads and shards is
/// in `CLIXLSXTests`.
@Suite(TestTimeLimit.minutes(10)) struct XLSXWorkbookTests {
    /// DESIGN §2's example (two cycles, a signals cycle, sensitivity) at 4,000 trials with two
    /// variants, each cycle labelled.
    static func scenario(labels: [String]? = nil, trials: Int = 4_000) throws -> Scenario {
        var text = ScenarioFixtures.designExample.replacingOccurrences(of: "trials = 200_000", with: "trials = \(trials)")
        if let labels {
            text = text.replacingOccurrences(of: "[cycles.traditional]\n", with: "[cycles.traditional]\nlabel = \(tomlString(labels[0]))\n")
                .replacingOccurrences(of: "[cycles.data_driven]\n", with: "[cycles.data_driven]\nlabel = \(tomlString(labels[1]))\n")
        }
        text += """

        [[variant]]
        name = "quote 280k"
        set = { "mold.cost" = 280_000 }

        [[variant]]
        name = "报价 [草稿]: 40k"
        set = { "product.stock" = 40_000 }
        """
        return try ScenarioLoader.parse(text, file: "cup.toml")
    }

    static func tomlString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func run(_ scenario: Scenario) throws -> RunResult {
        try MoldRiskRun.run(scenario, options: .init(threads: 2, searchLead: true, searchStock: true))
    }

    /// Writes `bytes` to a scratch file and reads it back with openpyxl.
    static func read(_ bytes: [UInt8]) throws -> WorkbookReader.Workbook {
        let file = try FileNodes.scratchFolder().appendingPathComponent("w.xlsx")
        try Data(bytes).write(to: file)
        return try WorkbookReader.dump(file.path)
    }

    /// `v` as the workbook stores it: libxlsxwriter writes numbers with `%.16G`.
    static func stored(_ v: Double) -> Double {
        Double(String(format: "%.16G", v))!
    }

    /// Every number in a JSON document, parsed from its text (exactly: the report writes the
    /// shortest form that reads back as the same double; Foundation's JSONSerialization does not
    /// always read it back exactly).
    static func numbers(inJSON text: String) -> [Double] {
        var found: [Double] = []
        var inString = false, escaped = false
        var token = ""
        for c in text.unicodeScalars {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if c == "\"" { inString = true; continue }
            if "-+.0123456789eE".unicodeScalars.contains(c) { token.unicodeScalars.append(c); continue }
            if !token.isEmpty, let d = Double(token) { found.append(d) }
            token = ""
        }
        return found
    }

    static let english = Result<(RunResult, WorkbookReader.Workbook, String), any Error> {
        let result = try run(try scenario(trials: 2_000))
        let json = ReportRenderer.render(result, as: .json)
        let book = try read(try XLSXReport.render(result, language: .en))
        return (result, book, json)
    }

    @Test func theSheetsAreTheIssuesInOrder() throws {
        let (result, book, _) = (try Self.english.get())
        #expect(book.sheets.map(\.name) == ["Summary"] + result.cycles.map(\.name)
                    + ["Sensitivity", "Value of information", "Variants", "Inputs", "Method"])
        #expect(book.title == result.scenario.name)
        for sheet in book.sheets { #expect(sheet.freeze == "A2", "\(sheet.name): the title row stays in view") }
        // Column widths fit: the Summary's label column is as wide as its widest label, within 60.
        let summary = try #require(book.sheet("Summary"))
        #expect((summary.widths["A"] ?? 0) >= 20 && (summary.widths["A"] ?? 0) <= 60)
    }

    /// Every number in the workbook is one of the JSON report's, exactly (to the 16 significant
    /// digits the file keeps), but for the few the JSON does not carry (the loss tolerance, a
    /// seed-free count); the key figures are where their labels say.
    @Test func everyFigureIsTheJSONReports() throws {
        let (result, book, json) = (try Self.english.get())
        let figures = Set(Self.numbers(inJSON: json).map(Self.stored))
        let notInJSON: Set<Double> = [result.scenario.maxLossProbability]
        // Not in the JSON: the variants' own profit S-curves (the overlay's data; the scenario's
        // is its verdict cycle's `profit_cdf`) and the scenario's row beside them (its value and
        // P(loss) at the verdict's stock, which the text report prints too).
        let variants = try #require(book.sheet("Variants"))
        let overlay = try #require(variants.cells.first { $0.text == "Profit S-curves of the scenario and the variants" }).row
        let baseRow = try #require(variants.cells.first { $0.text == "the scenario as given" && $0.column == 1 }).row
        func exempt(_ sheet: WorkbookReader.Sheet, _ cell: WorkbookReader.Cell) -> Bool {
            sheet.name == "Variants" && ((cell.row > overlay && cell.column >= 3) || (cell.row == baseRow && cell.column >= 5))
        }
        var checked = 0
        for sheet in book.sheets {
            for cell in sheet.cells where !exempt(sheet, cell) {
                guard let n = cell.number else { continue }
                #expect(figures.contains(n) || notInJSON.contains(n),
                        "\(sheet.name) row \(cell.row) column \(cell.column): \(n) is not a figure of the JSON report")
                checked += 1
            }
        }
        #expect(checked > 500)

        // Where the labels say: the figures the JSON prints (its numbers are the result's, in
        // round-trip form; Foundation's JSON reader is not exact, so the result is compared).
        for cycle in result.cycles {
            let sheet = try #require(book.sheet(cycle.name))
            for level in ProfitSummary.levels {
                let label = Fmt.percentileLabel(level)
                #expect(sheet.number(after: label) == cycle.profit.percentile(level).map(Self.stored), "\(cycle.name) \(label)")
            }
            #expect(sheet.number(after: "Mean") == Self.stored(cycle.profit.mean))
            #expect(sheet.number(after: "P(loss)") == Self.stored(cycle.probabilityOfLoss))
            // The stock curve, row by row under its header.
            let header = try #require(sheet.cells.first { $0.text == "Stock" && $0.column == 1 })
            for (k, point) in cycle.stockCurve.enumerated() {
                let row = header.row + k   // zero-based row of data point k
                let expected = [point.stock, point.expectedValue, point.probabilityOfLoss, point.p5, point.p95,
                                point.meanSellThrough, point.expectedValueSE]
                for (column, value) in [0, 1, 2, 3, 4, 5, 7].enumerated() {
                    #expect(sheet.cell(row, value)?.number == Self.stored(expected[column]), "\(cycle.name) stock curve \(k) column \(value)")
                }
            }
        }
        // The verdict's figures and reason on the Summary, as the JSON's.
        let summary = try #require(book.sheet("Summary"))
        #expect(summary.number(after: "Recommended stock") == Self.stored(result.verdict.stock))
        #expect(json.contains("\"stock\": \(Fmt.machineCount(result.verdict.stock)!)"))
        let reason = ReportWording.verdictReason(result, words: EnglishStrings())
        #expect(json.contains(JSONWriter.escape(reason)), "the JSON's reason")
        #expect(summary.cells.contains { $0.text == reason }, "the reason sentence, as the JSON's")
    }

    /// `[life]` (scenarios/storage-box.toml): each cycle's sheet has the life's NPV table and the
    /// payback season by season, figures as the JSON's (`life.points`, the planned stock's seasons);
    /// every number of the workbook is still one of the JSON's.
    @Test func lifeTablesAreTheJSONsFigures() throws {
        let path = packageRoot.appendingPathComponent("scenarios/storage-box.toml").path
        let scenario = try ScenarioLoader.load(path: path, overrides: ["scenario.trials=2000"])
        let result = try Self.run(scenario)
        let json = ReportRenderer.render(result, as: .json)
        let book = try Self.read(try XLSXReport.render(result))
        let figures = Set(Self.numbers(inJSON: json).map(Self.stored))
        let seasons = Double(try #require(scenario.life).seasons)
        for sheet in book.sheets {
            for cell in sheet.cells {
                guard let n = cell.number else { continue }
                // Season numbers (1…seasons) and the loss tolerance are the only numbers the JSON lacks.
                #expect(figures.contains(n) || n == scenario.maxLossProbability || (n >= 1 && n <= seasons && n == n.rounded()),
                        "\(sheet.name) row \(cell.row) column \(cell.column): \(n)")
            }
        }
        // What would make it GO, as numbers on the Summary (the scenario is a GO at a smaller stock).
        let toGo = try #require(result.verdict.toGo)
        let summary = try #require(book.sheet("Summary"))
        #expect(summary.number(after: "Firm mold quote at most (passes the rule)") == toGo.moldQuote.map { Self.stored($0.value) })
        #expect(summary.number(after: "Commit at least this many days before the window") == toGo.lead?.atLeast.map(Double.init))
        #expect(summary.number(after: "Within tolerance from") == toGo.stockWithinTolerance.map { $0.lower })
        #expect(summary.number(after: "Within tolerance to") == toGo.stockWithinTolerance.map { $0.upper })
        for cycle in result.labelled(in: .en).cycles {
            let life = try #require(cycle.life)
            let sheet = try #require(book.sheet(cycle.name))
            let header = try #require(sheet.cells.first { $0.text == "Exp. NPV" })
            for (k, point) in life.points.enumerated() {
                #expect(sheet.cell(header.row + k, 0)?.number == Self.stored(point.stock))
                #expect(sheet.cell(header.row + k, 1)?.number == Self.stored(point.mean), "\(cycle.name) NPV \(k)")
                #expect(sheet.cell(header.row + k, 2)?.number == Self.stored(point.probabilityOfLoss))
            }
            let season = try #require(sheet.cells.first { $0.text == "Season" })
            for (s, profit) in life.planned.expectedProfitBySeason.enumerated() {
                #expect(sheet.cell(season.row + s, 0)?.number == Double(s + 1))
                #expect(sheet.cell(season.row + s, 1)?.number == Self.stored(profit))
                #expect(sheet.cell(season.row + s, 2)?.number == Self.stored(life.planned.paidBackBySeason[s]))
            }
        }
    }

    /// Number formats: money ¥#,##0, shares 0.0 %, in Chinese money in 万元 (the value exact).
    @Test func numberFormatsShowMoneyAndShares() throws {
        let (_, book, _) = (try Self.english.get())
        let summary = try #require(book.sheet("Summary"))
        let profit = try #require(summary.cells.first { $0.text == "Expected profit" })
        #expect(summary.cell(profit.row - 1, 1)?.format == "¥#,##0;-¥#,##0")
        let loss = try #require(summary.cells.first { $0.text == "P(loss)" })
        #expect(summary.cell(loss.row - 1, 1)?.format == "0.0 %")
    }

    /// Every chart's every series references cells of its workbook that hold numbers (values;
    /// x values of the line charts), and its categories are not empty.
    @Test func everyChartIsBoundToNumbers() throws {
        let (result, book, _) = (try Self.english.get())
        var charts = 0
        for sheet in book.sheets {
            for chart in sheet.charts {
                charts += 1
                #expect(!chart.series.isEmpty, "\(sheet.name) \(chart.title ?? "")")
                for series in chart.series {
                    #expect(series.values != nil && series.categories != nil)
                    #expect(!series.valueCells.isEmpty && series.valueCells.allSatisfy { $0.isNumber },
                            "\(sheet.name) \(chart.title ?? ""): \(series.values ?? "no values")")
                    #expect(!series.categoryCells.isEmpty && !series.categoryCells.contains(.empty))
                    if chart.type == "scatterChart" { #expect(series.categoryCells.allSatisfy { $0.isNumber }) }
                }
            }
        }
        // Per cycle: S-curve, stock curve, lead-time histogram; the tornado and contribution per
        // cycle with sensitivity; the variants' overlay.
        let tornadoes = result.cycles.filter { !($0.sensitivity?.bars.isEmpty ?? true) }.count
        #expect(charts == 3 * result.cycles.count + 2 * tornadoes + 1)
        let types = Set(book.sheets.flatMap(\.charts).map(\.type))
        #expect(types == ["scatterChart", "barChart"])   // a column chart is a barChart (barDir col)
    }

    /// Chinese (`--lang zh`): sheet names and labels in Chinese, money in 万元; hostile cycle
    /// labels (Excel's forbidden characters, a quote at the ends, over 31 characters, "History",
    /// one the same as a fixed sheet's) become valid, unique sheet names, and the charts on those
    /// sheets still resolve to numbers.
    @Test func chineseAndHostileNamesMakeValidSheets() throws {
        let labels = ["'历史/History: [草稿]*?\\'", "概要"]
        let result = try Self.run(try Self.scenario(labels: labels, trials: 2_000))
        let book = try Self.read(try XLSXReport.render(result, language: .zh))
        let names = book.sheets.map(\.name)
        #expect(names.first == "概要")
        #expect(names.contains("敏感性") && names.contains("方案对比") && names.contains("输入参数") && names.contains("计算方法"))
        #expect(names.contains("历史_History_ _草稿____"))
        #expect(names.contains("概要 (2)"))
        for name in names {
            #expect(name.utf16.count <= 31 && !name.isEmpty)
            #expect(!name.contains { "[]:*?/\\".contains($0) })
            #expect(!name.hasPrefix("'") && !name.hasSuffix("'"))
            #expect(name.uppercased() != "HISTORY")
        }
        #expect(Set(names.map { $0.uppercased() }).count == names.count)
        let summary = try #require(book.sheet("概要"))
        let money = try #require(summary.cells.first { $0.text == "期望利润" })
        #expect(summary.cell(money.row - 1, 1)?.format.contains("万元") == true)
        for sheet in book.sheets {
            for series in sheet.charts.flatMap(\.series) {
                #expect(series.valueCells.allSatisfy { $0.isNumber } && !series.valueCells.isEmpty, "\(sheet.name)")
            }
        }
    }

    /// The names alone: long Chinese (UTF-16 counted, no character cut in half), emoji, all
    /// forbidden characters, empty, quotes, repeats differing in case only.
    @Test func sheetNamesAreValidForAnyText() {
        let wanted = [String(repeating: "数据驱动", count: 10), String(repeating: "😀", count: 20), "[]:*?/\\", "",
                      "''", "'quoted'", "Summary", "SUMMARY", "summary", "history", "a\u{0}b\nc",
                      String(repeating: "x", count: 40), String(repeating: "x", count: 40)]
        let names = WorkbookSheetNames.unique(wanted)
        #expect(names.count == wanted.count)
        #expect(Set(names.map { $0.uppercased() }).count == names.count, "\(names)")
        for name in names {
            #expect(!name.isEmpty && name.utf16.count <= 31, "\(name)")
            #expect(!name.contains { "[]:*?/\\".contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 } })
            #expect(!name.hasPrefix("'") && !name.hasSuffix("'"))
            #expect(name.uppercased() != "HISTORY")
        }
        #expect(names[1] == String(repeating: "😀", count: 15))   // 30 UTF-16 units: no half of a 16th
        #expect(names[6...8] == ["Summary", "SUMMARY (2)", "summary (3)"])
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("ab'[]:*?/\\ 数据😀History")
        for _ in 0..<200 {
            let texts = (0..<5).map { _ in String((0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }) }
            let made = WorkbookSheetNames.unique(texts + texts)
            #expect(Set(made.map { $0.uppercased() }).count == made.count)
            #expect(made.allSatisfy { !$0.isEmpty && $0.utf16.count <= 31 && !$0.hasPrefix("'") && !$0.hasSuffix("'")
                                       && !$0.contains { "[]:*?/\\".contains($0) } })
        }
    }

    /// The bytes hold no clock: the same result twice, more than two seconds apart (a zip time's
    /// resolution), gives the same bytes; a given creation date is the document's.
    @Test func theBytesAreFixed() throws {
        let result = (try Self.english.get()).0
        let first = try XLSXReport.render(result)
        Thread.sleep(forTimeInterval: 2.1)
        let second = try XLSXReport.render(result)
        expectSameBytes(Data(second), Data(first), "the workbook rendered twice")
        let dated = try XLSXReport.render(result, creationDate: 1_700_000_000)
        #expect(dated != first)
        #expect(try Self.read(dated).created?.hasPrefix("2023-11-14T22:13:20") == true)
        #expect(try Self.read(first).created?.hasPrefix("2000-01-01T00:00:00") == true)
    }

    /// `--brief`: the brief report's chapters, Summary, Value of information, Variants.
    @Test func briefKeepsTheSummaryAndDecisionSheets() throws {
        let book = try Self.read(try XLSXReport.render((try Self.english.get()).0, scope: .brief))
        #expect(book.sheets.map(\.name) == ["Summary", "Value of information", "Variants"])
    }

    /// The Samples sheet: the CSV's rows (the same doubles), its header frozen, and when rows were
    /// cut a sentence saying how many of how many.
    @Test func samplesSheetHoldsTheCSVRowsAndSaysWhenCut() throws {
        let scenario = try Self.scenario(trials: 1_000)
        let samples = WorkbookSamples(limit: 300)
        let csv = CSVLines()
        var options = MoldRiskRun.Options(threads: 2)
        options.sink = SamplesCSV.sink(for: scenario, write: { chunk in
            csv.append(chunk)
            samples.add(csv: chunk)
        })
        let result = try MoldRiskRun.run(scenario, options: options)
        let book = try Self.read(try XLSXReport.render(result, samples: samples))
        let sheet = try #require(book.sheet("Samples"))
        let lines = csv.lines
        #expect(lines.count == 2 * result.trials)
        #expect(sheet.cells.contains { $0.text?.contains("300 of 2,000 rows") == true }, "the cut is said")
        let header = try #require(sheet.cells.first { $0.text == "trial" })
        #expect(sheet.freeze == "A\(header.row + 1)")
        let dataRows = Set(sheet.cells.filter { $0.row > header.row }.map(\.row))
        #expect(dataRows.count == 300)
        for (k, line) in lines.prefix(300).enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let row = header.row + k   // zero-based
            #expect(sheet.cell(row, 0)?.number == Double(fields[0]))
            #expect(sheet.cell(row, 1)?.text == String(fields[1]))
            for column in 2..<fields.count {
                #expect(sheet.cell(row, column)?.number == Double(fields[column]).map(Self.stored), "row \(k) column \(column)")
            }
        }
    }
}

/// The samples CSV's lines, collected across the engine's threads.
final class CSVLines: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ chunk: String) { lock.withLock { text += chunk } }
    var lines: [String] { lock.withLock { text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }).map(String.init) } }
}
