import Foundation
import MoldRiskCore
import MoldRiskReport

/// Writing chart files to a folder, and the path a report uses to reach that folder.
package enum ChartFolder {
    /// Writes every file into `folder` (created with its parents when missing), all committed
    /// together (`OutputSet`).
    package static func write(_ files: [ChartFile], to folder: String) throws {
        let outputs = OutputSet(inputs: [])
        try add(files, to: folder, in: outputs)
        try outputs.commit()
    }

    /// Opens every file in `outputs` (as "the charts") and writes its SVG; `outputs` commits them
    /// with the run's other files.
    package static func add(_ files: [ChartFile], to folder: String, in outputs: OutputSet) throws(OutputSet.Failure) {
        for file in files {
            try outputs.add(path(of: file.fileName, in: folder), what: "the charts").append(file.svg)
        }
    }

    /// Checks, before a run of `scenario`, every file its charts may be written to (`OutputSet.check`).
    package static func check(_ folder: String, for scenario: Scenario, in outputs: OutputSet) throws(OutputSet.Failure) {
        for name in ChartRenderer.possibleFileNames(for: scenario) {
            try outputs.check(path(of: name, in: folder), what: "the charts")
        }
    }

    /// Checks the files `names` inside `folder` before any work starts (`OutputSet.check`):
    /// the charts of a command that has no scenario (`moldrisk fit`).
    package static func check(_ names: [String], in folder: String, outputs: OutputSet) throws(OutputSet.Failure) {
        for name in names { _ = try outputs.check(path(of: name, in: folder), what: "the charts") }
    }

    /// `folder/name`, spelt as the user spelt the folder.
    static func path(of name: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The path of `chartsFolder` relative to the folder that holds `reportPath`, or relative to
    /// `currentDirectory` when the report goes to standard output (`reportPath` nil). Relative
    /// inputs are taken from `currentDirectory`; `.` and `..` are resolved lexically (symbolic
    /// links are not followed). Empty when both are the same folder.
    package static func relativePath(to chartsFolder: String, fromReportAt reportPath: String?,
                                    currentDirectory: String) -> String {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        let from = reportPath.map { components(URL(fileURLWithPath: $0, relativeTo: base).deletingLastPathComponent()) }
            ?? components(base)
        let to = components(URL(fileURLWithPath: chartsFolder, isDirectory: true, relativeTo: base))
        var common = 0
        while common < from.count && common < to.count && from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.joined(separator: "/")
    }

    private static func components(_ url: URL) -> [String] {
        url.standardizedFileURL.path.split(separator: "/").map(String.init).filter { !$0.isEmpty && $0 != "." }
    }
}
