import MoldRiskAnalysis
import MoldRiskCore

/// The value-of-information block in Chinese: EVPI 完全信息期望价值, EVSI 样本信息期望价值 (the
/// acronyms kept), a test listing 测款链接, impressions 曝光.
extension ChineseStrings {
    package func evpiSentence(_ evpi: Double) -> String {
        "如果在决策前就知道所有不确定的输入（成本、工期、需求），最佳选择的期望利润会提高 \(money(evpi))："
            + "任何调研、测款或预测对本决策的价值都不会超过这个数。"
    }

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

    package func valueOfInformationMethod(_ value: ValueOfInformation) -> String {
        var text = "EVPI = E[max(0, 知道一切后最佳选择的利润)] − max(0, 最佳期望利润)，在本次模拟上精确计算，"
            + "标准误差取自每次模拟的遗憾值"
        if value.spec != nil {
            text += "；EVSI 用预后验分析：测款的订单数 k 服从 Beta-二项预测分布（k 的取值少时逐一计算，否则取 "
                + "\(value.maxOutcomePoints) 个等概率分层的平均 k），该开发周期在前 "
                + "\(Fmt.units(Double(value.listingTrials))) 次模拟上重算，转化率取 k 之后后验分布的同一分位"
                + "（共同随机数）；标准误差取自所作选择的每次模拟价值"
        }
        return text
    }
}
