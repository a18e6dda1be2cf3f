import Foundation
import Testing
import MoldRiskTestSupport

/// `moldrisk run --charts DIR` end to end, launching the built binary.
@Suite(TestTimeLimit.minutes(20)) struct ChartCLITests {
    /// Every `run` computes the tornado, so its chart is written too, with the charts drawn from
    /// its trials (issue 20 item 4): contribution to variance, the scatter and the inputs as drawn
    /// (the small scenario's inputs take three files of up to six panels), and page 1's chart of the
    /// verdict's cycle alone (two cycles). Sorted by name.
    static let names = ["contribution-to-variance.svg", "input-distributions-2.svg", "input-distributions-3.svg",
                        "input-distributions.svg", "lead-time.svg",
                        "loss-exceedance.svg", "profit-distribution.svg", "scatter.svg", "stock-curve.svg", "summary.svg", "tornado.svg"]

    func scenario(in folder: URL) throws {
        try CLI.smallScenario.write(to: folder.appendingPathComponent("cup.toml"), atomically: true, encoding: .utf8)
    }

    @Test func markdownReportEmbedsChartsWrittenBesideIt() throws {
        let folder = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try scenario(in: folder)
        let run = try CLI.run(["run", "cup.toml", "--format", "markdown", "--output", "out/r.md", "--charts", "pictures/c"],
                              in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("pictures/c").path)
        #expect(written.sorted() == Self.names)
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/r.md"), encoding: .utf8)
        #expect(markdown.contains("](../pictures/c/loss-exceedance.svg)"))
        #expect(markdown.components(separatedBy: "![").count == 1 + Self.names.count)
    }

    @Test func chartsWorkWithEveryFormatAndStandardOutput() throws {
        let folder = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try scenario(in: folder)
        for format in ["text", "json", "csv"] {
            let run = try CLI.run(["run", "cup.toml", "--format", format, "--output", "r.\(format)", "--charts", "c-\(format)"],
                                  in: folder)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            let svg = try String(contentsOf: folder.appendingPathComponent("c-\(format)/stock-curve.svg"), encoding: .utf8)
            #expect(svg.hasPrefix("<?xml"))
        }
        let stdout = try CLI.run(["run", "cup.toml", "--format", "markdown", "--output", "-", "--charts", "./figs"], in: folder)
        #expect(stdout.status == 0)
        #expect(stdout.stdout.contains("](figs/profit-distribution.svg)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("figs/lead-time.svg").path))
    }

    @Test func aFileInTheWayIsRefusedBeforeSimulating() throws {
        let folder = try CLI.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try scenario(in: folder)
        try "x".write(to: folder.appendingPathComponent("taken"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "cup.toml", "--output", "r.txt", "--charts", "taken"], in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains("--charts taken is a file"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.txt").path))
        let empty = try CLI.run(["run", "cup.toml", "--charts", ""], in: folder)
        #expect(empty.status == 2)
    }
}
