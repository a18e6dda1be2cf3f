import MoldRiskAnalysis
import MoldRiskCore

/// The value-of-information block in Chinese: EVPI 完全信息期望价值, EVSI 样本信息期望价值 (the
/// acronyms kept), a test listing 测款链接, impressions 曝光.
extension ChineseStrings {
    package func listingTableTitle(cycle: String, costPerImpression: Double) -> String {
        "\(cycle)：再做一次测款（每次曝光 \(exactMoney(costPerImpression))）"
    }

    package func bestListing(_ best: ListingValue) -> String {
        let size = "\(Fmt.units(Double(best.impressions)))次曝光"
        let worth = "对本决策值 \(money(best.evsi))（标准误差 \(money(best.evsiSE))），成本 \(money(best.cost))"
        if best.netValue > 0 {
            let close = ReportWording.isWithinTwoErrors(best) ? "收益在零的两个标准误差以内：可视为不赚不赔。" : ""
            return "对 \(best.cycle)，最合适的是再做一次 \(size) 的测款：\(worth)，净收益 "
                + "\(money(best.netValue))。" + close
        }
        return "对 \(best.cycle)，任何规模的测款都收不回成本：即使最合适的 \(size) 测款，也只是\(worth)。"
            + "现有数据已足以作出决定。"
    }

    package func noListingValue(cycle: String) -> String {
        "\(cycle) 的需求以分布形式给出：测款不能为它提供信息，因此没有 EVSI。"
    }
}
