import MoldRiskAnalysis
import MoldRiskCore

/// The rows of the report's inputs table, each value row kept with the scenario key path it
/// shows, so what was set on the command line is found by comparing paths part by part, and
/// every table name and key is printed through `TOMLPath.description` (as `--set` takes it).
struct InputRows {
    private(set) var rows: [(row: ReportTable.Row, path: TOMLPath?)] = []
    private var table = TOMLPath.root

    /// Starts the rows of the table at `path`: a `[path]` group row.
    mutating func table(_ path: TOMLPath) {
        table = path
        rows.append((.group("[\(path)]"), nil))
    }

    /// A row showing `text` for the key path `keys` under the current table (`demand.units`).
    mutating func value(_ text: String, at keys: String...) {
        let relative = TOMLPath(keys: keys)
        rows.append((.cells([relative.description, text]), table.appending(relative)))
    }

    /// A derived row (`conversion (posterior)`) standing for the key path `keys` under the current table.
    mutating func derived(_ label: String, _ text: String, at keys: String...) {
        rows.append((.cells([label, text]), table.appending(TOMLPath(keys: keys))))
    }

    /// The rows, each one whose key path is overridden, has an overridden part
    /// (`cycles.a.rework_days.mode`) or lies in an overridden table marked `(set)` after its value.
    func marked(by overrides: [ScenarioOverride], mark: String = " (set)") -> [ReportTable.Row] {
        rows.map { row, path in
            guard case let .cells(cells) = row, cells.count >= 2, let path,
                  overrides.contains(where: { $0.keyPath.starts(with: path) || path.starts(with: $0.keyPath) })
            else { return row }
            return .cells([cells[0], cells[1] + mark] + cells.dropFirst(2))
        }
    }
}
