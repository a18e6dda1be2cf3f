import Foundation
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// Writes the fixture's charts and reports to a folder and reads them back: every chart is
/// well-formed SVG and every file holds exactly what was rendered. The folder is
/// `$MOLDRISK_CHART_PREVIEW` when set (for looking at them, rendered to PNG with `rsvg-convert`),
/// else a scratch folder.
@Suite struct ChartPreviewTests {
    @Test func previewFolderHoldsWellFormedChartsAndTheRenderedReports() throws {
        let asked = ProcessInfo.processInfo.environment["MOLDRISK_CHART_PREVIEW"] ?? ""
        let folder = asked.isEmpty ? try FileNodes.scratchFolder().path : asked
        let result = ReportFixtures.full()
        var capped = ReportFixtures.full(convergence: ReportFixtures.cappedConvergence)
        capped.cycles[0].maxStockWithinTolerance = nil
        let charts = ChartRenderer.render(result)
        let cappedCharts = ChartRenderer.render(capped)
        let reports: [(String, String)] = [
            ("report.md", ReportRenderer.render(result, as: .markdown, chartsPath: "charts")),
            ("report.txt", ReportRenderer.render(result, as: .text)),
            ("report.json", ReportRenderer.render(result, as: .json)),
            ("report.csv", ReportRenderer.render(result, as: .csv)),
            ("headline.txt", HeadlineRenderer.render(result)),
            ("capped/headline.txt", HeadlineRenderer.render(capped)),
        ]
        try ChartFolder.write(charts, to: folder + "/charts")
        try ChartFolder.write(cappedCharts, to: folder + "/capped")
        for (name, text) in reports { try AtomicFileWriter.write(text, to: folder + "/" + name) }

        #expect(!charts.isEmpty && charts.count == cappedCharts.count)
        let written = charts.map { ("charts/" + $0.fileName, $0.svg) } + cappedCharts.map { ("capped/" + $0.fileName, $0.svg) }
        for (name, svg) in written {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            expectSameBytes(text, svg, "\(name) against what was rendered")
            #expect(ChartSupport.name(try ChartSupport.parse(text)) == "svg", "\(name)")
        }
        for (name, report) in reports {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(!report.isEmpty && text == report, "\(name) differs from what was rendered")
        }
        let chartLinks = charts.filter { reports[0].1.contains("charts/" + $0.fileName) }
        #expect(chartLinks.count == charts.count, "the Markdown report links every chart")
    }
}
