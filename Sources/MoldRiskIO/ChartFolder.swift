import Foundation
import MoldRiskReport

/// Writing chart files to a folder, and the path a report uses to reach that folder.
package enum ChartFolder {
    /// Writes every file into `folder` (created with its parents when missing), each one
    /// atomically with `AtomicFileWriter`.
    package static func write(_ files: [ChartFile], to folder: String) throws {
        for file in files {
            try AtomicFileWriter.write(file.svg, to: URL(fileURLWithPath: folder).appendingPathComponent(file.fileName).path)
        }
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
