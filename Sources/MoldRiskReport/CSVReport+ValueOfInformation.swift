import MoldRiskAnalysis
import MoldRiskCore

extension CSVReport {
    /// The value-of-information rows, after the cycles and before any `to_go` rows: `evpi` and
    /// `evpi_se` (empty cycle, x and x_unit; y `yuan`), then per listing, with the cycle and x =
    /// impressions (x_unit `impressions`): `evsi`, `evsi_se`, `listing_cost`, `listing_net_value` (y `yuan`).
    static func valueOfInformationRows(_ v: ValueOfInformation) -> [[String]] {
        var rows = [["", "evpi", "", "", Fmt.machine(v.evpi) ?? "", "yuan"],
                    ["", "evpi_se", "", "", Fmt.machine(v.evpiSE) ?? "", "yuan"]]
        for l in v.listings {
            let x = String(l.impressions)
            rows += [
                [l.cycle, "evsi", x, "impressions", Fmt.machine(l.evsi) ?? "", "yuan"],
                [l.cycle, "evsi_se", x, "impressions", Fmt.machine(l.evsiSE) ?? "", "yuan"],
                [l.cycle, "listing_cost", x, "impressions", Fmt.machine(l.cost) ?? "", "yuan"],
                [l.cycle, "listing_net_value", x, "impressions", Fmt.machine(l.netValue) ?? "", "yuan"],
            ]
        }
        return rows
    }
}
