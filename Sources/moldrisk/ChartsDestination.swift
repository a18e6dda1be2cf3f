import ArgumentParser
import Foundation
import MoldRisk

/// The folder of `--charts` (for `run` and `merge`): checked before any work starts, so a path
/// that is a file is refused with nothing written; filled with the SVG charts once the result is
/// known; and named relative to the report, for the Markdown report's image links.
struct ChartsDestination {
    let folder: String

    /// The `--charts` option's help, the same for `run` and `merge`.
    static let help = ArgumentHelp(
        "Also write SVG charts into this folder (created if missing); the Markdown report embeds them.",
        valueName: "dir")

    /// The destination for a `--charts` value (nil without one); a path that is a file is refused.
    static func checked(_ folder: String?) throws -> ChartsDestination? {
        guard let folder else { return nil }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            let what = (try? FileTarget.resolve(folder).kind) == .inPlace ? "is not a folder" : "is a file"
            throw CLIFailure("--charts \(folder) \(what); give a folder.")
        }
        return ChartsDestination(folder: folder)
    }

    /// Writes the charts of `result`; returns their folder relative to the report (for Markdown).
    func write(_ result: RunResult, report destination: ReportDestination, language: ReportLanguage) throws -> String {
        do {
            try ChartFolder.write(ChartRenderer.render(result, language: language), to: folder)
        } catch {
            throw CLIFailure("cannot write the charts to \(folder): \(error)")
        }
        var reportPath: String?
        if case let .file(path, _) = destination { reportPath = path }
        return ChartFolder.relativePath(to: folder, fromReportAt: reportPath,
                                        currentDirectory: FileManager.default.currentDirectoryPath)
    }
}
