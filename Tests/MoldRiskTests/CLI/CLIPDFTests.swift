import Foundation
import Testing
import MoldRiskTestSupport

/// `--format pdf` from the command line: the default path `reports/<stem>.pdf`, a whole PDF file
/// (header to end-of-file marker), the same bytes whatever the thread count, and an unknown
/// format refused with the list of formats.
@Suite(TestTimeLimit.minutes(20)) struct CLIPDFTests {
    @Test func formatPDFWritesReportsStemDotPDF() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--format", "pdf", "--charts", "charts"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Full report: reports/cup.pdf"))
        let pdf = try Data(contentsOf: dir.appendingPathComponent("reports/cup.pdf"))
        #expect(pdf.starts(with: Array("%PDF-1.".utf8)))
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("charts/stock-curve.svg").path))
    }

    /// Streamed with `--output -`, the PDF is the same bytes for one and two threads (two chunks).
    @Test func pdfOnStandardOutputIsTheSameForOneAndTwoThreads() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        var outputs: [Data] = []
        for threads in ["1", "2"] {
            let r = try CLI.run(["run", "cup.toml", "--trials", "20000", "--threads", threads,
                                 "--format", "pdf", "--output", "-"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            // the headline goes to standard error
            #expect(CLI.verdictLine(ofStandardError: r.stderr) == (try CLI.verdictLine(CLI.smallScenario, trials: 20_000)))
            outputs.append(r.stdoutData)
        }
        #expect(outputs[0].starts(with: Array("%PDF-".utf8)))
        expectSameBytes(outputs[1], outputs[0], "PDF, 2 threads against 1")
    }

    @Test func anUnknownFormatNamesTheFormats() throws {
        let dir = try CLI.scratchFolder()
        try CLI.write(CLI.smallScenario, "cup.toml", in: dir)
        let r = try CLI.run(["run", "cup.toml", "--format", "docx"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("pdf") && r.stderr.contains("markdown"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports").path))
    }
}
