import Foundation
import Testing
import MoldRiskReportTestSupport
import MoldRiskTestSupport

/// `--format xlsx` from the command line: the default path `reports/<stem>.xlsx`, the same bytes
/// for one and two threads and from `merge` of shards as from `run`, `--samples` giving the
/// workbook a Samples sheet of the CSV's rows, and a bad output path refused as for every format.
@Suite(TestTimeLimit.minutes(20)) struct CLIXLSXTests {
    /// 20,000 trials: two chunks, so each of two shards gets one.
    static let trials = "20000"

    @Test func runAndMergeWriteTheSameWorkbookForAnyThreadCount() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "scenarios/cup.toml", in: dir)
        for i in 0..<2 {
            let r = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--shard", "\(i)/2",
                                 "--partial", "parts/\(i).partial"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let one = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--threads", "1", "--format", "xlsx"], in: dir)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("Full report: reports/cup.xlsx"))
        let written = try Data(contentsOf: dir.appendingPathComponent("reports/cup.xlsx"))
        #expect(written.starts(with: Array("PK\u{3}\u{4}".utf8)))
        let two = try CLI.run(["run", "scenarios/cup.toml", "--trials", Self.trials, "--threads", "2", "--format", "xlsx",
                               "--output", "-"], in: dir)
        let merged = try CLI.run(["merge", "parts/1.partial", "parts/0.partial", "--format", "xlsx", "--output", "-"], in: dir)
        #expect(two.status == 0 && merged.status == 0, "\(two.stderr) \(merged.stderr)")
        expectSameBytes(two.stdoutData, written, "xlsx, 2 threads against 1")
        expectSameBytes(merged.stdoutData, written, "xlsx, merged shards against the run")
        expectSameBytes(merged.stderr, two.stderr, "headline")
        let book = try WorkbookReader.dump(dir.appendingPathComponent("reports/cup.xlsx").path)
        #expect(book.sheets.first?.name == "Summary")
    }

    @Test func samplesGoInTheWorkbookToo() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "2000", "--format", "xlsx", "--output", "cup.xlsx",
                             "--samples", "s.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOf: dir.appendingPathComponent("s.csv"), encoding: .utf8)
        let lines = csv.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" })
        let book = try WorkbookReader.dump(dir.appendingPathComponent("cup.xlsx").path)
        let sheet = try #require(book.sheet("Samples"))
        let header = try #require(sheet.cells.first { $0.text == "trial" })
        #expect(Set(sheet.cells.filter { $0.row > header.row }.map(\.row)).count == lines.count - 1)
        #expect(!sheet.cells.contains { $0.text?.contains("rows are here") == true }, "nothing was cut")
        let last = lines[lines.count - 1].split(separator: ",", omittingEmptySubsequences: false)
        let row = header.row + lines.count - 2
        #expect(sheet.cell(row, 0)?.number == Double(last[0]))
        #expect(sheet.cell(row, last.count - 1)?.number == Double(last[last.count - 1]).map { Double(String(format: "%.16G", $0))! })
    }

    /// libxlsxwriter's temporary folder cannot be made (TMPDIR missing): exit status 1 with the
    /// reason, no report and no temporary folder left behind.
    @Test func aWorkbookThatCannotBeMadeIsAnErrorNotAReport() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--trials", "1000", "--no-sensitivity", "--format", "xlsx",
                             "--output", "cup.xlsx"], in: dir, environment: ["TMPDIR": dir.path + "/missing"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("moldrisk: cannot make the xlsx report: cannot make a temporary folder in "), "\(r.stderr)")
        #expect(r.stderr.contains("no report written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["cup.toml"])
    }

    /// A report path inside a regular file: refused before simulating, worded as for the PDF, and
    /// nothing written.
    @Test func aBadOutputPathIsRefusedAsForEveryFormat() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        try CLI.write("not a folder", "file", in: dir)
        let xlsx = try CLI.run(["run", "cup.toml", "--format", "xlsx", "--output", "file/cup.xlsx"], in: dir)
        let pdf = try CLI.run(["run", "cup.toml", "--format", "pdf", "--output", "file/cup.pdf"], in: dir)
        #expect(xlsx.status == 1 && pdf.status == 1)
        #expect(xlsx.stderr.contains("cannot write the report to file/cup.xlsx"), "\(xlsx.stderr)")
        #expect(xlsx.stderr.replacingOccurrences(of: "xlsx", with: "pdf") == pdf.stderr)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["cup.toml", "file"])
    }
}
