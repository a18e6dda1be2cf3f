import MoldRiskAnalysis
import MoldRiskCore

/// The audit trail of `--samples FILE.csv`: one row per trial and cycle with every drawn input
/// and the outcome at the planned stock, streamed chunk by chunk in trial order so memory stays
/// flat. Numbers are Swift's shortest round-trip form (a spreadsheet reads them exactly).
package enum SamplesCSV {
    /// The header row.
    package static let header = [
        "trial", "cycle", "mold_cost", "research_days", "mold_days", "reworked", "rework_days", "rework_cost",
        "drift", "demand_input", "conversion", "potential_demand", "ready_days", "late_days", "availability",
        "demand", "sold", "sell_through", "profit",
    ].joined(separator: ",") + CSVReport.lineEnd

    /// A sink that formats every trial of a run of `scenario` and hands each chunk's rows to `write`.
    package static func sink(for scenario: Scenario, write: @escaping @Sendable (String) -> Void) -> TrialSink {
        let stocks = scenario.evaluatedStocks
        let stockCount = stocks.count
        let planned = stocks.firstIndex(of: scenario.product.stock)!
        let names = scenario.cycles.map { CSVReport.field($0.name) }
        return TrialSink(line: { trial, record, text in
            for k in names.indices {
                let d = record.draws[k]
                let cell = k * stockCount + planned
                let t = record.timings[cell]
                let o = record.outcomes[cell]
                let fields: [Double] = [record.moldCost, d.researchDays, d.toolingDays, d.reworked ? 1 : 0, d.reworkDays,
                                        d.reworkCost, d.drift, d.demandInput, d.conversion, d.potentialDemand,
                                        t.ready, t.late, t.availability, o.demand, o.sold, o.sellThrough, o.profit]
                text += String(trial + 1) + "," + names[k]
                for v in fields { text += "," + (Fmt.machine(v) ?? "") }
                text += CSVReport.lineEnd
            }
        }, write: write)
    }
}
