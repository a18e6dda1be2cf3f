import Foundation

/// Reads an .xlsx workbook with Python's openpyxl (Debian `python3-openpyxl`, installed by `make
/// deps`): a reader that is not the writer. `dump` returns every sheet's name, frozen cell,
/// column widths, non-empty cells (value and number format) and charts (type and each series'
/// ranges with the values the ranges hold), as openpyxl sees them.
package enum WorkbookReader {
    package struct Cell: Decodable, Sendable {
        package var row: Int
        package var column: Int
        /// A number, or nil for text.
        package var number: Double?
        package var text: String?
        package var format: String
    }

    package struct Series: Decodable, Sendable {
        /// The range formulas as written (`'Sheet'!$A$5:$A$9`).
        package var categories: String?
        package var values: String?
        /// What the ranges hold, read from the cells: numbers as numbers, text as text, empty as nil.
        package var categoryCells: [JSONCell]
        package var valueCells: [JSONCell]
    }

    package enum JSONCell: Decodable, Sendable, Equatable {
        case number(Double), text(String), empty
        package init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .empty } else if let d = try? c.decode(Double.self) { self = .number(d) }
            else { self = .text(try c.decode(String.self)) }
        }
        package var isNumber: Bool { if case .number = self { true } else { false } }
    }

    package struct Chart: Decodable, Sendable {
        package var type: String
        package var title: String?
        package var series: [Series]
    }

    package struct Sheet: Decodable, Sendable {
        package var name: String
        package var freeze: String?
        package var widths: [String: Double]
        package var cells: [Cell]
        package var charts: [Chart]

        /// The cell at zero-based `row`, `column`.
        package func cell(_ row: Int, _ column: Int) -> Cell? {
            cells.first { $0.row == row + 1 && $0.column == column + 1 }
        }

        /// The number to the right of the first cell in column A whose text is `label`.
        package func number(after label: String, from row: Int = 0) -> Double? {
            guard let found = cells.first(where: { $0.column == 1 && $0.row > row && $0.text == label }) else { return nil }
            return cell(found.row - 1, 1)?.number
        }
    }

    package struct Workbook: Decodable, Sendable {
        package var sheets: [Sheet]
        package var title: String?
        package var created: String?

        package func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    }

    /// A Python 3 that imports openpyxl: `python3` on the PATH or the system's `/usr/bin/python3`.
    package static func python() -> String? {
        for candidate in ["/usr/bin/python3", "python3"] {
            if (try? run(candidate, ["-c", "import openpyxl"]))?.status == 0 { return candidate }
        }
        return nil
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    package static func dump(_ path: String) throws -> Workbook {
        guard let python = python() else {
            throw Failure(description: "no python3 with openpyxl (make deps installs python3-openpyxl)")
        }
        let r = try run(python, ["-c", script, path])
        guard r.status == 0 else { throw Failure(description: "openpyxl could not read \(path): \(r.stderr)") }
        return try JSONDecoder().decode(Workbook.self, from: Data(r.stdout.utf8))
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static let script = #"""
import json, sys, openpyxl
from openpyxl.utils.cell import range_boundaries
wb = openpyxl.load_workbook(sys.argv[1])
def resolve(ref):
    if not ref:
        return []
    sheet, cells = ref.rsplit('!', 1)
    if sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    ws = wb[sheet]
    c1, r1, c2, r2 = range_boundaries(cells.replace('$', ''))
    return [ws.cell(row=r, column=c).value for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
def ref(data):
    if data is None:
        return None
    for attr in ('numRef', 'strRef'):
        r = getattr(data, attr, None)
        if r is not None and r.f:
            return r.f
    return None
def title(chart):
    try:
        return ''.join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
    except Exception:
        return None
out = {'sheets': [], 'title': wb.properties.title, 'created': wb.properties.created.isoformat() if wb.properties.created else None}
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            num = c.value if isinstance(c.value, (int, float)) and not isinstance(c.value, bool) else None
            cells.append({'row': c.row, 'column': c.column, 'number': float(num) if num is not None else None,
                          'text': None if num is not None else str(c.value), 'format': c.number_format})
    charts = []
    for ch in ws._charts:
        series = []
        for s in ch.series:
            cat = ref(s.xVal) if getattr(s, 'xVal', None) is not None else ref(s.cat)
            val = ref(s.yVal) if getattr(s, 'yVal', None) is not None else ref(s.val)
            series.append({'categories': cat, 'values': val, 'categoryCells': resolve(cat), 'valueCells': resolve(val)})
        charts.append({'type': ch.tagname, 'title': title(ch), 'series': series})
    widths = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
    out['sheets'].append({'name': ws.title, 'freeze': ws.freeze_panes, 'widths': widths, 'cells': cells, 'charts': charts})
print(json.dumps(out))
"""#
}
