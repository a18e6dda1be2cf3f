import ArgumentParser
import Foundation
import MoldRisk

/// The folder of `--charts` (for `run` and `merge`): checked before any work starts — a path
/// that is a file is refused, and so is a chart's file that is an input of the run or another
/// output — with nothing written; filled with the SVG charts once the result is known (committed
/// with the run's other files); and named relative to the report, for the Markdown report's
/// image links.
struct ChartsDestination {
    let folder: String

    /// The `--charts` option's help, the same for `run` and `merge`.
    static let help = ArgumentHelp(
        "Also write SVG charts into this folder (created if missing); the Markdown report embeds them.",
        valueName: "dir")

    /// The destination for a `--charts` value (nil without one) for a run of `scenario`, checked
    /// against `outputs`.
    static func checked(_ folder: String?, for scenario: Scenario, outputs: OutputSet) throws -> ChartsDestination? {
        guard let folder else { return nil }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            let what = (try? FileTarget.resolve(folder).kind) == .inPlace ? "is not a folder" : "is a file"
            throw CLIFailure("--charts \(folder) \(what); give a folder.")
        }
        try ChartFolder.check(folder, for: scenario, in: outputs)
        return ChartsDestination(folder: folder)
    }

    /// Opens the charts of `result` in `outputs`; returns their folder relative to the report
    /// (for Markdown).
    func add(_ result: RunResult, report destination: ReportDestination, language: ReportLanguage,
             outputs: OutputSet) throws -> String {
        try ChartFolder.add(ChartRenderer.render(result, language: language), to: folder, in: outputs)
        return ChartFolder.relativePath(to: folder, fromReportAt: destination.path,
                                        currentDirectory: FileManager.default.currentDirectoryPath)
    }
}
