import MoldRiskAnalysis
import MoldRiskCore

/// The mold's life in Chinese (DESIGN §8.1): 模具寿命, 净现值 (NPV), 回本 (payback), 第 k 季
/// (season), 折现 (discount), 补货 (restock), 维护费 (maintenance).
extension ChineseStrings {
    /// "不折现" / "每季折现 4.0 %".
    func discountWords(_ discount: Double) -> String {
        discount == 0 ? "不折现" : "每季折现 \(Fmt.percent(discount))"
    }

    package func lifeBasis(_ life: Life) -> String {
        "模具寿命 \(life.seasons) 季的净现值（NPV，\(discountWords(life.discountPerSeason))；补货："
            + "\(restockWords(life.restock))）：亏损概率即净现值小于 0 的概率，期望利润即期望净现值"
    }

    package func judgedOnLine(_ basis: String) -> String { "判断依据：" + basis + "。" }

    package func lifeReason(_ reason: String, life: Life) -> String {
        "按模具寿命 \(life.seasons) 季计（净现值，\(discountWords(life.discountPerSeason))）：" + reason
    }

    package func restockWords(_ restock: Life.Restock) -> String {
        switch restock {
        case .same: "每季备同样的货"
        case .lastSold: "按上一季的销量补货"
        }
    }

    package func lifeSummary(_ life: LifeResult) -> String {
        let p = life.planned
        let ci = life.probabilityOfLossCI
        var text = "\(life.seasons) 季净现值 \(money(p.mean))，净现值为负的概率 \(Fmt.percent(p.probabilityOfLoss))"
            + "（95% 区间 \(Fmt.percentRange(ci.lower, ci.upper))）"
        let paid = p.paidBackBySeason.last ?? 0
        if let season = p.medianPaybackSeason {
            text += "；一半的模拟在第 \(season) 季或之前回本"
        } else if paid == 0 {
            text += "；在 \(life.seasons) 季内没有一次模拟回本"
        } else {
            text += "；到第 \(life.seasons) 季只有 \(Fmt.percent(paid)) 的模拟回本"
        }
        return text
    }

    package func seasonOneLine(_ line: String) -> String { "第 1 季：" + line }

    package var seasonOneSuffix: String { "，第 1 季" }

    package func lifeTableTitle(seasons: Int, discount: Double) -> String {
        "模具寿命：\(seasons) 季的净现值（\(discountWords(discount))）"
    }

    package var lifeColumns: [String] { ["备货量", "期望净现值", "净现值<0", "P5", "P95", "回本季", "备注"] }

    package var noPayback: String { "不回本" }

    package func lifeTableNote(restock: Life.Restock, tolerance: Double, noGo: Bool) -> String {
        "备货量：第 1 季的备货；之后各季" + restockWords(restock) + "。回本季：到该季（含）为止，一半的模拟"
            + "折现后累计利润曾达到 0 的第一季。JSON 和 CSV 报告另给出净现值的 P50 和标准误差。净现值<0 的概率与 "
            + "\(Fmt.percent(tolerance)) 的容忍度比较；计划：计划备货量；"
            + (noGo ? "最接近：不建议开模 (NO-GO) 时最接近通过的点。" : "开模(GO)：结论建议的备货量。")
    }

    package func paybackTableTitle(planned: Double) -> String {
        "计划备货 \(unitsWord(planned))时的逐季回本情况"
    }

    package var paybackColumns: [String] { ["季", "期望利润", "已回本", "到该季已回本的模拟比例"] }

    package var paybackTableNote: String {
        "期望利润：该季本身的期望利润，不折现（第 1 季承担模具、返工和固定成本；之后各季承担维护费）。"
            + "已回本：在该季或之前折现后累计利润曾达到 0 的模拟所占比例（之后某季再亏损的也算已回本）。"
    }

    package var demandChangeUnit: String { "× 上一季" }

    package var valueJudgedLabel: String { "衡量的价值" }

    package func valueJudged(_ life: Life) -> String {
        "模具寿命 \(life.seasons) 季的净现值（\(discountWords(life.discountPerSeason))），即结论所依据的价值："
            + "EVPI 和 EVSI 都是期望净现值的增加"
    }

    package func evpiSentence(_ evpi: Double, life: Life?) -> String {
        let judged = life == nil ? "期望利润" : "期望净现值"
        return "如果在决策前就知道所有不确定的输入（成本、工期、需求），最佳选择的\(judged)会提高 \(money(evpi))："
            + "任何调研、测款或预测对本决策的价值都不会超过这个数。"
    }

    package func valueOfInformationMethod(_ value: ValueOfInformation, life: Life?) -> String {
        let judged = life == nil ? "利润" : "模具寿命内的净现值"
        var text = "EVPI = E[max(0, 知道一切后最佳选择的\(judged))] − max(0, 最佳期望\(judged))，在本次模拟上精确计算，"
            + "标准误差取自每次模拟的遗憾值"
        if value.spec != nil {
            text += "；EVSI 用预后验分析：测款的订单数 k 服从贝塔-二项预测分布（k 的取值少时逐一计算，否则取 "
                + "\(value.maxOutcomePoints) 个等概率分层的平均 k），该开发周期在前 "
                + "\(Fmt.units(Double(value.listingTrials))) 次模拟上重算，转化率取 k 之后后验分布的同一分位"
                + "（共同随机数）；标准误差取自所作选择的每次模拟价值"
        }
        return text
    }

    package var chartPaybackTitle: String { "回本：到每一季已收回模具成本的模拟比例" }
    package var chartPaybackLegend: String { "到该季已回本（计划备货）" }
    package var chartPaybackAxis: String { "已回本" }
    package var chartSeasonAxis: String { "季（第 1 季 = 开模所为的那一季）" }

    package func chartPaybackPanel(cycle: String, npv: Double, lossProbability: Double) -> String {
        "\(cycle)：期望净现值 \(money(npv))，净现值为负的概率 " + Fmt.percent(lossProbability)
    }

    package func chartPaybackSeries(cycle: String) -> String { "\(cycle)：逐季回本" }

    package func chartPaybackNote(restock: Life.Restock?) -> String {
        "每根柱子是在计划备货下，在该季或之前折现后累计利润曾达到 0 的模拟所占比例（之后再亏损的也算）。第 1 季承担模具成本；之后各季"
            + (restock.map(restockWords) ?? "补货") + "。"
    }
}
