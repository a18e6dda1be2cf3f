import Foundation
import Testing
@testable import MoldRisk

/// Writes the fixture's charts and reports to `$MOLDRISK_CHART_PREVIEW` for looking at them
/// (rendered to PNG with `rsvg-convert`); does nothing when the variable is not set.
@Suite struct ChartPreviewTests {
    @Test func writePreviewWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["MOLDRISK_CHART_PREVIEW"], !folder.isEmpty else { return }
        let result = ReportFixtures.full()
        try ChartFolder.write(ChartRenderer.render(result), to: folder + "/charts")
        try AtomicFileWriter.write(ReportRenderer.render(result, as: .markdown, chartsPath: "charts"), to: folder + "/report.md")
        try AtomicFileWriter.write(ReportRenderer.render(result, as: .text), to: folder + "/report.txt")
        try AtomicFileWriter.write(ReportRenderer.render(result, as: .json), to: folder + "/report.json")
        try AtomicFileWriter.write(ReportRenderer.render(result, as: .csv), to: folder + "/report.csv")
        try AtomicFileWriter.write(HeadlineRenderer.render(result), to: folder + "/headline.txt")
        var capped = ReportFixtures.full(convergence: ReportFixtures.cappedConvergence)
        capped.cycles[0].maxStockWithinTolerance = nil
        try ChartFolder.write(ChartRenderer.render(capped), to: folder + "/capped")
        try AtomicFileWriter.write(HeadlineRenderer.render(capped), to: folder + "/capped/headline.txt")
    }
}
