import MoldRiskAnalysis
import MoldRiskCore

extension JSONReport {
    /// `value_of_information`: `evpi`, `evpi_se`, `listings` [{`cycle`, `impressions`, `evsi`,
    /// `evsi_se`, `cost`, `net_value`, `outcome_points`}] (`[]` without `[value_of_information]`),
    /// `listing_trials` (trials of each preposterior re-run, 0 without) and
    /// `cycles_without_signals` (distribution-form cycles, which have no EVSI; `[]` without the section).
    static func valueOfInformation(_ v: ValueOfInformation) -> JSONValue {
        .object([
            ("evpi", .number(v.evpi)),
            ("evpi_se", .number(v.evpiSE)),
            ("listings", .array(v.listings.map { l in
                .object([
                    ("cycle", .string(l.cycle)),
                    ("impressions", .integer(l.impressions)),
                    ("evsi", .number(l.evsi)),
                    ("evsi_se", .number(l.evsiSE)),
                    ("cost", .number(l.cost)),
                    ("net_value", .number(l.netValue)),
                    ("outcome_points", .integer(l.outcomePoints)),
                ])
            })),
            ("listing_trials", .integer(v.listingTrials)),
            ("cycles_without_signals", .array(v.cyclesWithoutSignals.map(JSONValue.string))),
        ])
    }
}
