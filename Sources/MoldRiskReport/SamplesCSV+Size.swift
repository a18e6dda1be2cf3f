import MoldRiskAnalysis
import MoldRiskCore

/// How big a `--samples` file gets, so the CLI can warn before it writes gigabytes.
extension SamplesCSV {
    /// Bytes a row takes besides its cycle's name: about 226 measured (19 numbers in shortest
    /// form; rinse-cups, kids-socks and office-chair, 20,000 trials: 237 bytes a row with
    /// 11-byte names), rounded up.
    static let rowBytesBesidesName = 230
    /// From this estimate on, `sizeWarning` warns (2 GB).
    package static let warningBytes = 2e9

    /// The estimated size in bytes of the samples of `trials` trials of `scenario`: one row per
    /// trial and cycle, plus the header.
    package static func estimatedBytes(trials: Int, scenario: Scenario) -> Double {
        let perTrial = scenario.cycles.reduce(0) { $0 + rowBytesBesidesName + CSVReport.field($1.name).utf8.count }
        return Double(trials) * Double(perTrial) + Double(header.utf8.count)
    }

    /// A `warning:` line for standard error when the samples of `trials` trials would take more
    /// than `warningBytes`, or nil.
    package static func sizeWarning(trials: Int, scenario: Scenario, path: String) -> String? {
        let bytes = estimatedBytes(trials: trials, scenario: scenario)
        guard bytes > warningBytes else { return nil }
        let cycles = scenario.cycles.count
        return "warning: --samples will write about \(Fmt.fixed(bytes / 1e9, places: 1)) GB to \(path) "
            + "(\(Fmt.fixed(Double(trials), places: 0)) trials × \(cycles) cycle\(cycles == 1 ? "" : "s"), "
            + "one row of about \(Int(truncating: bytes / Double(trials) / Double(max(1, cycles)), clampedTo: 0...Int.max)) bytes each); "
            + "press Ctrl-C now if that is not what you want"
    }
}
