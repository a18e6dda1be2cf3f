import MoldRiskAnalysis
import MoldRiskCore

/// The first rows of `--samples` kept for the workbook's Samples sheet: the very rows of the
/// CSV file (`SamplesCSV`), read back from its chunks as the engine hands them over in trial
/// order, at most `rowLimit` of them (an Excel sheet holds 1,048,576 rows). Numbers in the CSV
/// are in shortest round-trip form, so the cells hold the same doubles.
package final class WorkbookSamples: Sendable {
    /// Rows kept: 1,000,000.
    package static let rowLimit = 1_000_000

    package struct Rows: Sendable, Equatable {
        /// Per row: the trial (from 1), the cycle's field as in the CSV, then the figures.
        package var trial: [Double] = []
        package var cycle: [String] = []
        /// Row-major, `columns` per row; NaN for an empty field.
        package var figures: [Double] = []
        /// Rows offered, kept or not.
        package var total = 0
    }

    /// The CSV's columns: `trial`, `cycle`, then the figures.
    package static var header: [String] {
        SamplesCSV.header.trimmingSuffix(CSVReport.lineEnd).split(separator: ",").map(String.init)
    }

    package let limit: Int
    private let rows = Locked(Rows())

    package init(limit: Int = WorkbookSamples.rowLimit) {
        self.limit = limit
    }

    /// The rows so far.
    package var kept: Rows { rows.withLock { $0 } }

    /// Adds the rows of one chunk of the samples CSV (its lines, without the header).
    package func add(csv chunk: String) {
        let columns = Self.header.count - 2
        rows.withLock { rows in
            for line in chunk.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
                rows.total += 1
                guard rows.trial.count < limit else { continue }
                var fields = line.split(separator: ",", omittingEmptySubsequences: false)
                guard fields.count >= columns + 2 else { continue }
                let numbers = fields.suffix(columns).map { Double($0) ?? .nan }
                fields.removeLast(columns)
                rows.trial.append(Double(fields.removeFirst()) ?? .nan)
                rows.cycle.append(Self.unquote(fields.joined(separator: ",")))
                rows.figures += numbers
            }
        }
    }
}

extension WorkbookSamples {
    /// A CSV field's text: `"a,""b"""` → `a,"b"`.
    static func unquote(_ field: String) -> String {
        guard field.count >= 2, field.hasPrefix("\""), field.hasSuffix("\"") else { return field }
        return String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : Substring(self)
    }
}
