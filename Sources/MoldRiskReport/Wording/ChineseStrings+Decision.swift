import MoldRiskAnalysis
import MoldRiskCore

/// The decision's sentences in Chinese (DESIGN §8.4, `DecisionWording`).
extension ChineseStrings {
    package var demandLabel: String { "需求" }
    package var demandHeadlinePrefix: String { "需求：" }

    package func demandLine(_ demand: DemandSummary, stock: Double, sellThrough: Double) -> String {
        "销售窗口内预期需求 \(unitsWord(demand.mean))（P10–P90：\(Fmt.units(demand.p10)) 至 \(unitsWord(demand.p90))，已计入延误），"
            + "对比生产 \(unitsWord(stock))；预期售罄率 \(Fmt.percent(sellThrough))"
    }

    package var whyLabel: String { "原因" }

    package func why(_ why: ReportWording.Why) -> String {
        let over = why.lifeSeasons.map { "（按模具 \($0) 季的净现值）" } ?? ""
        let head = "预期需求约 \(unitsWord(ReportWording.roughly(why.demand)))，而生产 \(unitsWord(why.stock))："
        let rough = { (x: Double) in self.money(ReportWording.roughMoney(x)) }
        switch why.verdict {
        case let .freeMoldLoses(loss):
            return head + "即使模具免费，也会亏损 \(rough(loss))\(over)。"
        case let .moldTooDear(upTo, mold):
            return head + "销售收入\(over)最多只够支付 \(rough(upTo)) 的模具费，而模具预期花费 \(rough(mold))。"
        case let .tooRisky(upTo, mold, p, tolerance):
            return head + "平均而言销售收入\(over)可支付最高 \(rough(upTo)) 的模具费（预期花费 \(rough(mold))），"
                + "但 \(Fmt.percent(p)) 的模拟亏损，超过你能接受的 \(Fmt.percent(tolerance))。"
        case let .passes(upTo, mold, p, tolerance):
            return head + "销售收入\(over)可支付最高 \(rough(upTo)) 的模具费（预期花费 \(rough(mold))），"
                + "\(Fmt.percent(p)) 的模拟亏损，在你能接受的 \(Fmt.percent(tolerance)) 以内。"
        }
    }

    package var stockSearchLabel: String { "备货搜索" }

    package func stockDecision(_ d: StockDecision, lifeSeasons: Int?) -> String {
        let value = lifeSeasons == nil ? "期望利润" : "期望净现值"
        func at(_ v: StockValue) -> String {
            "\(unitsWord(v.stock))（\(value) \(money(v.expectedValue)) ± \(money(v.se))）"
        }
        var text = "最佳备货量 \(at(d.best))"
        if let region = d.withinTolerance, let recommended = d.recommended {
            text += "；在容忍度以内的范围为 \(Fmt.units(region.lower)) 至 \(unitsWord(region.upper))；"
                + "建议备货量 \(at(recommended))"
        } else {
            text += "；在 \(Fmt.units(d.searched.lower)) 至 \(unitsWord(d.searched.upper)) 之间，没有任何备货量能使亏损概率"
                + "在容忍度以内且\(value)为正"
        }
        text += "。"
        if d.bestAtRangeBound {
            text += d.bestAtLowerBound
                ? "最佳值位于搜索范围的下限：更少的备货量可能更赚钱（可在情景文件中放宽搜索范围）。"
                : "最佳值位于搜索范围的上限：更多的备货量可能更赚钱（可在情景文件中放宽搜索范围）。"
        }
        if d.trials > 0 {
            text += "搜索范围 \(Fmt.units(d.searched.lower)) 至 \(unitsWord(d.searched.upper))，精度 "
                + "\(unitsWord(d.resolution))，每个备货量模拟 \(Fmt.units(Double(d.trials))) 次。"
        }
        return text
    }

    package var decisionDetailTitle: String { "结论的依据" }
    package var cycleChoiceLabel: String { "次优方案" }

    package func cycleChoice(_ c: CycleChoice, lifeSeasons: Int?) -> String {
        let value = lifeSeasons == nil ? "期望利润" : "期望净现值"
        let (a, b) = (c.chosen.cycle, c.other.cycle)
        let interval = "95 % 区间 \(moneyRange(c.interval.lower, c.interval.upper))"
        let bothLose = c.chosen.expectedValue < 0 && c.other.expectedValue < 0
        let gap = bothLose ? "少亏 \(money(c.difference))" : "多赚 \(money(c.difference))"
        if c.bothAlwaysLose {
            return "\(a) 和 \(b) 在每次模拟中都亏损；\(a) \(gap)（\(interval)）。"
        }
        if c.withinNoise {
            return "\(a) 与 \(b) 的差别在模拟误差以内（\(a) \(gap)，\(interval)）；选 \(a) 是因为它的\(value)较高，"
                + "与它在文件中的位置无关。"
        }
        return "\(a) 预期比 \(b) \(gap)（\(interval)）。"
    }

    package var markRecommended: String { "建议" }
    package var markWithinTolerance: String { "达标" }
    package var lifeMarksNote: String {
        "最佳：表中期望净现值最高者；达标：净现值为负的概率在容忍度以内且期望净现值为正，"
            + "并与建议备货量相连；建议：达标中最好者。"
    }
}
