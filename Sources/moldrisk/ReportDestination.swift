import Foundation
import MoldRisk
import MoldRiskPDF

/// Where `run` (and `merge`) writes its report, decided (and checked) before the simulation starts.
enum ReportDestination {
    case standardOutput
    /// A file opened in the run's `OutputSet`; `whatIf` is true for the default path of a run
    /// with `--set` overrides, which goes beside the scenario's own report, not over it.
    case file(AtomicFileStream, whatIf: Bool = false)

    /// Checks the report's path and opens it in `outputs` (before any simulating). The default
    /// path is `reports/<stem>.<ext>`; a report in another language than the scenario's own
    /// (`scenario.lang`, else English), asked for with `--lang`, goes beside it as
    /// `reports/<stem>.<lang>.<ext>` (`rinse-cups.zh.pdf`), so it never replaces that report.
    init(output: String?, scenarioPath: String, format: OutputFormat, overrides: [String] = [],
         language: ReportLanguage = .en, scenarioLanguage: ReportLanguage? = nil, outputs: OutputSet) throws {
        if output == "-" {
            self = .standardOutput
            return
        }
        let stem = URL(fileURLWithPath: scenarioPath).deletingPathExtension().lastPathComponent
        let whatIf = output == nil && !overrides.isEmpty
        var name = whatIf ? Self.whatIfStem(stem, overrides: overrides) : stem
        if language != (scenarioLanguage ?? .en) { name += ".\(language.rawValue)" }
        let path = output ?? "reports/\(name).\(format.fileExtension)"
        self = .file(try outputs.add(path, what: "the report"), whatIf: whatIf)
    }

    /// The report's path (nil on standard output).
    var path: String? {
        if case let .file(stream, _) = self { return stream.path }
        return nil
    }

    /// The report's file stem for a what-if run: `STEM+set-KEY=VALUE[+KEY=VALUE…]` with every
    /// character other than letters, digits and `. _ = , -` replaced by `_`, and an FNV-1a
    /// fingerprint of the exact overrides (`-` and 8 hex digits) added when something was replaced
    /// or the text is over 60 characters (then cut to 60). Deterministic: the same overrides
    /// always give the same name, different ones a different name. A stem too long for the
    /// whole name (with a 4-letter extension) to stay within a file name's 255 bytes is cut and
    /// marked with its own fingerprint.
    static func whatIfStem(_ stem: String, overrides: [String]) -> String {
        let text = overrides.map { raw in
            guard let equals = raw.firstIndex(of: "=") else { return raw }
            return raw[..<equals].trimmingCharacters(in: .whitespaces) + "="
                + raw[raw.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }.joined(separator: "+")
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._=,-+"))
        var slug = String(String.UnicodeScalarView(text.unicodeScalars.map { allowed.contains($0) ? $0 : "_" }))
        if slug != text || slug.count > 60 {
            let fingerprint = String(format: "%016llx", FNV1a64.hash(overrides.joined(separator: "\n")))
            slug = String(slug.prefix(60)) + "-" + fingerprint.prefix(8)
        }
        let tail = "+set-\(slug)"
        let room = AtomicFileStream.nameLimit - ".xxxx".utf8.count - tail.utf8.count
        guard stem.utf8.count > room else { return stem + tail }
        let fingerprint = String(format: "%016llx", FNV1a64.hash(stem)).prefix(8)
        return stem.prefix(utf8Bytes: room - 9) + "-" + fingerprint + tail
    }

    /// Writes the report (to its file, or to standard output), commits every output of the run
    /// together (`FileOutput.commit`) and prints the headline: to standard output after a file
    /// report, to standard error when the report went to standard output. A failed write of
    /// either is exit status 1.
    static func deliver(_ result: RunResult, as format: OutputFormat, to destination: ReportDestination,
                        chartsPath: String? = nil, language: ReportLanguage, outputs: OutputSet,
                        scope: ReportContent.Scope = .full, samples: WorkbookSamples? = nil) throws {
        let words = language.strings
        let report: [UInt8]
        do {
            report = try format.render(result, chartsPath: chartsPath, creationDate: sourceDateEpoch,
                                       language: language, scope: scope, samples: samples)
        } catch {
            throw CLIFailure("cannot make the \(format.name) report: \(error.message); no report written")
        }
        var headline = HeadlineRenderer.render(result, words: words)
        if !headline.hasSuffix("\n") { headline += "\n" }
        switch destination {
        case .standardOutput:
            try FileOutput.commit(outputs) {
                do {
                    try StandardStream.output.write(bytes: report)
                } catch let failure as StandardStream.WriteFailure {
                    throw CLIFailure("cannot write the report to standard output: \(failure.reason)")
                }
            }
            try StandardStream.error.write(headline)
        case let .file(stream, whatIf):
            stream.append(bytes: report)
            try FileOutput.commit(outputs)
            do {
                try StandardStream.output.write(headline + words.fullReport(stream.path, whatIf: whatIf) + "\n")
            } catch {
                throw CLIFailure("the report was written to \(stream.path), but the headline could not be "
                    + "written to standard output: \(error.reason)")
            }
        }
    }
}

extension ReportDestination {
    /// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when it is set
    /// to a whole number: the PDF report's and the workbook's creation date. Unset, the PDF has no
    /// date and the workbook a fixed one (`XLSXWriter.defaultCreationDate`).
    static var sourceDateEpoch: Int64? {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) }
    }
}
