import Foundation
import MoldRisk

/// Where `run` writes its report, decided (and checked) before the simulation starts.
enum ReportDestination {
    case standardOutput
    case file(String)

    init(output: String?, scenarioPath: String, format: ReportFormat) throws {
        if output == "-" {
            self = .standardOutput
            return
        }
        let stem = URL(fileURLWithPath: scenarioPath).deletingPathExtension().lastPathComponent
        let path = output ?? "reports/\(stem).\(format.fileExtension)"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure(message: "moldrisk: --output \(path) is a folder; give a file path.")
        }
        self = .file(path)
    }

    /// Writes the report (atomically to a file, or to standard output) and prints the headline:
    /// to standard output after a file report, to standard error when the report went to standard output.
    static func deliver(_ result: RunResult, as format: ReportFormat, to destination: ReportDestination,
                        chartsPath: String? = nil) throws {
        let report = ReportRenderer.render(result, as: format, chartsPath: chartsPath)
        var headline = HeadlineRenderer.render(result)
        if !headline.hasSuffix("\n") { headline += "\n" }
        switch destination {
        case .standardOutput:
            FileHandle.standardOutput.write(Data(report.utf8))
            FileHandle.standardError.write(Data(headline.utf8))
        case let .file(path):
            do {
                try AtomicFileWriter.write(report, to: path)
            } catch {
                throw CLIFailure(message: "moldrisk: cannot write the report to \(path): \(error)")
            }
            print(headline + "Full report: \(path)")
        }
    }
}
