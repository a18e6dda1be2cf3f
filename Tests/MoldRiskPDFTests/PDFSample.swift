import Foundation
@testable import MoldRisk
@testable import MoldRiskPDF
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// A PDF report written to a scratch folder and read back with poppler-utils (installed by
/// `make deps`): its `pdfinfo`, `pdffonts` and `pdftotext` output and the words' boxes from
/// `pdftotext -bbox`. Made once per suite: rendering and the tools take a second or two.
struct PDFSample: Sendable {
    /// One word of the text layer: its page (1-based), text and box in points from the top left,
    /// and whether it is set upwards or downwards (a chart's vertical axis title): its line's
    /// words then stand one above the other, and the box's width is the font's height.
    struct Word: Sendable {
        var page: Int
        var text: String
        var xMin, yMin, xMax, yMax: Double
        var vertical = false

        /// The box's extent across the line: the font's ascent + descent.
        var lineHeight: Double { vertical ? xMax - xMin : yMax - yMin }
    }

    let bytes: [UInt8]
    let file: URL
    let info: String
    let fonts: String
    /// The text layer, pages separated by form feeds.
    let text: String
    let words: [Word]
    /// The page size from `pdftotext -bbox`.
    let pageWidth: Double
    let pageHeight: Double

    static func make(_ result: RunResult, creationDate: Int64? = nil, language: ReportLanguage = .en) throws -> PDFSample {
        let bytes = try PDFReport.render(result, creationDate: creationDate, language: language)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("moldrisk-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("report.pdf")
        try Data(bytes).write(to: file)
        let bbox = try tool("pdftotext", ["-bbox-layout", file.path, "-"])
        let (words, width, height) = parseBoxes(bbox)
        return PDFSample(bytes: bytes, file: file, info: try tool("pdfinfo", ["-isodates", file.path]),
                         fonts: try tool("pdffonts", [file.path]), text: try tool("pdftotext", [file.path, "-"]),
                         words: words, pageWidth: width, pageHeight: height)
    }

    /// The value of one `pdfinfo` line (`Pages`, `Title`, …), nil when absent.
    func infoValue(_ key: String) -> String? {
        for line in info.split(separator: "\n") where line.hasPrefix(key + ":") {
            return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Runs a poppler tool and returns its standard output (UTF-8).
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PDFError("\(name) exited with status \(process.terminationStatus) (is poppler-utils installed? make deps)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The words of `pdftotext -bbox-layout` (an XHTML page list of blocks, lines and words) and
    /// the first page's size. A line of two or more words each above or below the one before is
    /// vertical.
    static func parseBoxes(_ html: String) -> ([Word], Double, Double) {
        var words: [Word] = []
        var page = 0
        var width = 0.0
        var height = 0.0
        func attribute(_ name: String, in line: Substring) -> Double? {
            guard let start = line.range(of: name + "=\"") else { return nil }
            let rest = line[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return Double(rest[..<end])
        }
        var lineStart = 0
        func closeLine() {
            let line = words[lineStart...]
            // Each word after the one before it down (or up) the page, not beside it.
            if line.count >= 2, zip(line, line.dropFirst()).allSatisfy({ $1.yMin >= $0.yMax - 1 || $1.yMax <= $0.yMin + 1 }) {
                for index in line.indices { words[index].vertical = true }
            }
            lineStart = words.count
        }
        for line in html.split(separator: "\n") {
            if line.contains("<line ") || line.contains("</line>") {
                closeLine()
            } else if line.contains("<page ") {
                page += 1
                if page == 1 {
                    width = attribute("width", in: line) ?? 0
                    height = attribute("height", in: line) ?? 0
                }
            } else if line.contains("<word "), let x0 = attribute("xMin", in: line), let y0 = attribute("yMin", in: line),
                      let x1 = attribute("xMax", in: line), let y1 = attribute("yMax", in: line),
                      let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                words.append(Word(page: page, text: String(line[line.index(after: open)..<close.lowerBound]),
                                  xMin: x0, yMin: y0, xMax: x1, yMax: y1))
            }
        }
        return (words, width, height)
    }
}
