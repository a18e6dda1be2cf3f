import MoldRiskAnalysis
import MoldRiskCore

/// The reports in Chinese (`--lang zh`, `scenario.lang = "zh"`), in the words a factory head uses:
/// 建议开模 / 减量开模 / 不建议开模 with GO / NO-GO kept in parentheses for the consultant.
/// Money of 1 万 (10,000 yuan) or more is written in 万元 with two decimals, rounded half away
/// from zero (`195,365` → `19.54万元`); smaller sums in whole 元 (`9,300元`). Days are 天,
/// units 件; percentages as in English (`17.5 %`). Scenario keys (`mold.cost`) and cycle names
/// stay as written in the file.
package struct ChineseStrings: ReportStrings {
    package init() {}

    package var language: ReportLanguage { .zh }

    // MARK: Units and money

    package func money(_ yuan: Double) -> String {
        guard yuan.isFinite else { return Fmt.notAvailable }
        if yuan.magnitude >= 10_000 {
            let body = Fmt.fixed(yuan.magnitude / 10_000, places: 2)
            return (yuan < 0 ? "-" : "") + body + "万元"
        }
        let body = Fmt.fixed(yuan.magnitude, places: 0)
        return (yuan < 0 && body != "0" ? "-" : "") + body + "元"
    }

    package func exactMoney(_ yuan: Double) -> String {
        guard yuan.isFinite else { return Fmt.notAvailable }
        return (yuan < 0 ? "-" : "") + Fmt.exact(yuan.magnitude) + "元"
    }

    package func days(_ days: Double) -> String {
        guard days.isFinite else { return Fmt.notAvailable }
        return Fmt.fixed(days, places: 1) + "天"
    }

    package func unitsWord(_ units: Double) -> String { Fmt.units(units) + "件" }
    package func moneyRange(_ lower: Double, _ upper: Double) -> String { "\(money(lower)) 至 \(money(upper))" }

    package func moneyAxis(largest: Double) -> (divisor: Double, unit: String, note: String) {
        largest >= 100_000 ? (10_000, "万元", "金额单位：万元（1 万元 = 10,000 元）。") : (1, "元", "")
    }

    // MARK: Fixed phrases

    package var sectionTitles: [String] {
        ["1  结论摘要", "2  开发周期对比", "3  各开发周期的风险", "附录 A  读入的输入参数", "附录 B  计算方法"]
    }

    package func decision(_ decision: Verdict.Decision) -> String {
        switch decision {
        case .go: "建议开模 (GO)"
        case .goAtSmallerStock: "减量开模 (GO AT A SMALLER STOCK)"
        case .noGo: "不建议开模 (NO-GO)"
        }
    }

    package func page(_ page: Int, of count: Int) -> String { "第 \(page) 页，共 \(count) 页" }

    package func documentTitle(_ scenarioName: String) -> String {
        "开模风险评估报告：" + ReportWording.runningHeader(scenarioName)
    }

    package func pageFooter(version: String, seed: UInt64, trials: Int) -> String {
        "moldrisk \(version) · 随机种子 \(seed) · 模拟 \(Fmt.units(Double(trials))) 次"
    }

    package func phrase(_ phrase: ReportPhrase) -> String {
        switch phrase {
        case .banner: "开模风险评估报告 (moldrisk)"
        case .markdownTitle: "开模风险评估报告"
        case .continued: "（续）"
        case .item: "项目"
        case .value: "数值"
        case .decisionLabel: "结论"
        case .cycleLabel: "开发周期"
        case .stockLabel: "备货量"
        case .reasonLabel: "理由"
        case .precisionLabel: "可靠程度"
        case .convergenceLabel: "收敛情况"
        case .setOnCommandLine: "命令行设定的值"
        case .seeInputsSection: "（见附录 A）"
        case .firmMoldQuote: "模具定价"
        case .commitment: "决策提前期"
        case .expectedProfit: "期望利润"
        case .probabilityOfLoss: "亏损概率"
        case .valueAtRisk: "95% 风险价值 (VaR)"
        case .conditionalValueAtRisk: "95% 尾部平均亏损 (CVaR)"
        case .probabilityLate: "延误概率"
        case .breakEven: "保本点"
        case .cycleDifference: "周期差异"
        case .cycleColumn: "开发周期"
        case .expectedProfitColumn: "期望利润"
        case .breakEvenColumn: "保本售罄率"
        case .bestStockColumn: "最优备货量"
        case .breakEvenNote: "保本售罄率：期望利润为零所需的售出比例。"
        case .sell: "需售出"
        case .marginalWarning: "结论处于临界：增加模拟次数可能改变结论，请用更多次数重新运行。"
        case .whatWouldChangeIt: "怎样才能改变结论"
        case .lead: "提前期"
        case .noFirmQuote: "任何模具定价都不够低"
        case .notSearched: "未搜索"
        case .judgedOnLabel: "判断依据"
        case .moldsLifeLabel: "模具寿命"
        case .samplingLabel: "抽样方法"
        case .correlationsLabel: "输入相关"
        case .mean: "平均值"
        case .standardDeviation: "标准差"
        case .standardErrorOfMean: "平均值的标准误差"
        case .valueAtRiskP5: "95% 风险价值（−P5）"
        case .conditionalValueAtRiskTail: "95% 尾部平均亏损（最差 5%）"
        case .probabilityOfLossInterval: "亏损概率的 95% 区间"
        case .figure: "指标"
        case .profit: "利润"
        case .p5Note: "P5：每 20 次模拟中有 1 次利润低于此值。"
        case .sellThroughTitle: "计划备货量下的售罄率（售出 / 备货）"
        case .sellThroughPercentiles: "P5 / P50 / P95"
        case .sCurveTitle: "利润 S 曲线：利润不超过 x 的概率"
        case .histogramTitle: "利润分布：各利润区间的模拟占比"
        case .histogramCaption: "每根柱子统计利润从该标签到下一个标签之间的模拟次数。"
        case .unitsToSell: "需售出数量"
        case .moldCostAtZeroProfit: "利润为零时的模具成本"
        case .probabilityOfProfit: "不亏损概率"
        case .meanMoldCost: "模拟的平均模具成本"
        case .meanReworkCost: "模拟的平均返工成本"
        case .leadTimeTitle: "交货周期：调研 + 开模 + 返工 + 生产"
        case .readyPercentiles: "备齐时间 P10 / P50 / P90"
        case .commitmentBeforeWindow: "决策距销售窗口"
        case .readyChartTitle: "备齐货物所需天数"
        case .late: "延误"
        case .stockCurveTitle: "备货量曲线（各备货量使用同一批模拟）"
        case .stockColumn: "备货量"
        case .p5Column: "P5"
        case .p95Column: "P95"
        case .soldColumn: "售罄率"
        case .noteColumn: "备注"
        case .soldNote: "售罄率：平均售出比例。"
        case .markBest: "最优"
        case .markMax: "上限"
        case .markPlan: "计划"
        case .markGo: "开模(GO)"
        case .markClosest: "最接近"
        case .goMarkNote: "开模(GO)：结论建议的备货量。"
        case .closestMarkNote: "最接近：不建议开模 (NO-GO) 时最接近通过的点。"
        case .sensitivityTitle: "敏感性：各输入分别固定在 P10 和 P90 时的期望利润，影响最大的在前"
        case .atP10: "P10 时"
        case .atP90: "P90 时"
        case .lossP10P90: "亏损 P10/P90"
        case .eventsTitle: "是/否事件：事件从不发生与总是发生时的期望利润"
        case .never: "从不"
        case .always: "总是"
        case .lossNeverAlways: "亏损 从不/总是"
        case .inputColumn: "输入"
        case .swingColumn: "波动"
        case .rankColumn: "ρ"
        case .eventsNote: "从不 / 总是：每次模拟都强制该事件不发生 / 发生，其他输入照常变化，使用同一批模拟；"
            + "情景中的实际概率介于两者之间。"
        case .tornadoTitle: "龙卷风图：各输入固定在 P10 和 P90 时的期望利润"
        case .eventGroupTitle: "是/否事件，从不发生 (░) 与总是发生 (█)："
        case .oneCycle: "情景只有一个开发周期，无从比较。"
        case .comparisonTitle: "计划备货量下期望利润的配对差异（后者减前者）"
        case .cyclesColumn: "开发周期"
        case .differenceColumn: "差异"
        case .intervalColumn: "95% 区间"
        case .commonRandomNumbers: "两个周期使用同一组随机抽样（共同随机数），因此差异的测量远比单个平均值精确。"
        case .valueOfInformationTitle: "信息价值"
        case .evpiLabel: "EVPI（完全信息期望价值）"
        case .impressionsColumn: "曝光次数"
        case .evsiColumn: "EVSI"
        case .evsiErrorColumn: "± 标准误差"
        case .listingCostColumn: "成本"
        case .netValueColumn: "净价值"
        case .evsiNote: "EVSI（样本信息期望价值）：测款链接带来的订单数据对本决策（选哪个开发周期、备多少货、"
            + "开不开模）的期望价值；净价值：EVSI 减去测款的成本。"
        case .briefNote: "这是简要报告：各开发周期的风险明细和附录（读入的输入参数、计算方法）见完整报告。"
        case .addListingTable: "在情景文件中加入 [value_of_information] 表，即可为再做一次测款定价（EVSI，"
            + "样本信息期望价值）：看更多平台数据对本决策值多少钱。"
        case .impressionsSuffix: "次曝光"
        case .perImpression: " / 每次曝光"
        case .valueOfInformationLabel: "信息价值"
        case .inputsTitle: "情景输入参数（按键名）"
        case .keyColumn: "键名"
        case .valueColumn: "数值"
        case .distributionsNote: "分布按情景文件中的写法（dist = …）列出参数；对数正态分布还给出另一种写法（即 …），已四舍五入。"
        case .setNote: "（已设定）：该值由命令行 --set 设定。"
        case .setMark: "（已设定）"
        case .perUnitSold: " / 每售出一件"
        case .perUnitMade: " / 每生产一件"
        case .perUnitLeft: " / 每剩余一件"
        case .plannedUnits: "件（计划）"
        case .unitsPerDay: "件 / 天"
        case .noCapacity: "无（生产不占时间）"
        case .conversionPosterior: "转化率（后验）"
        case .unitYuan: "元"
        case .unitDays: "天"
        case .unitUnits: "件"
        case .unitVisitors: "次曝光"
        case .visitorsSuffix: "次曝光"
        case .daysSuffix: "天"
        case .unitsSuffix: "件"
        case .thatIs: "即"
        case .values: "个值"
        case .timesWeight: " × 权重"
        case .trials: "模拟次数"
        case .seed: "随机种子"
        case .generator: "随机数发生器"
        case .chunks: "分块"
        case .standardErrors: "标准误差"
        case .standardErrorsText: "平均值：标准差/√n；概率：√(p(1 − p)/n)（不亏损概率与亏损概率相同）；"
            + "VaR：√(0.05·0.95/n)/f(P5)，密度取自直方图；CVaR：尾部平均值的渐近标准误差；"
            + "保本点：由平均模具成本和平均返工成本的标准误差求得；各备货量期望利润的标准误差见 JSON 和 CSV 报告"
        case .percentiles: "分位数"
        case .verdict: "结论"
        case .toChangeIt: "改变结论的条件"
        case .reproducibility: "可重复性"
        case .reproducibilityText: "同一情景和随机种子得到完全相同的报告，与线程数无关"
        case .noData: "无数据"
        case .noTrialLost: "没有一次模拟亏损"
        case .chartSharePerBand: "各利润区间的模拟占比（左轴）"
        case .chartSharePerBandTitle: "各利润区间的模拟占比"
        case .chartSharePerBandAxis: "各区间的模拟占比"
        case .chartProfitAtMost: "利润 ≤ x 的概率"
        case .chartSCurveLegend: "S 曲线：利润 ≤ x 的概率（右轴）"
        case .chartZeroProfit: "零利润"
        case .chartExpectedProfit: "期望利润"
        case .chartShareOfTrials: "模拟占比"
        case .chartProfitAxis: "利润"
        case .chartLossAxis: "亏损"
        case .chartLossAboveAxis: "亏损超过 x 的概率"
        case .chartExpectedProfitAxis: "期望利润"
        case .chartLossExceedanceTitle: "亏损超越曲线：亏损超过 x 的概率"
        case .chartLossExceedanceNote: "在亏损 x 处读曲线：亏损超过 x 的概率。x = 0 处的高度就是亏损概率；"
            + "曲线越低、越短，风险越小。"
        case .chartProfitNote: "每根柱子是利润落在该区间的模拟占比（两端区间包含尾部）；S 曲线在零利润处的高度就是亏损概率。"
        case .chartLeadTimeTitle: "交货周期：备齐货物所需天数与销售窗口"
        case .chartReadyInTime: "按时备齐"
        case .chartLateLegend: "延误：销售窗口开启后才备齐"
        case .chartWindowOpensLegend: "销售窗口开启（决策后的天数）"
        case .chartDaysAxis: "从决策（开始调研）到备齐货物的天数"
        case .chartLeadTimeNote: "备齐时间 = 调研 + 开模 + 返工 + 生产。窗口开启当天是一个区间边界；"
            + "其后的斜线区间是延误的模拟（占比之和即延误概率）：货物赶不上开售当天。"
        case .chartStockCurveTitle: "备货量曲线：期望利润和亏损概率随备货量的变化"
        case .chartProfitUpper: "期望利润（上图）"
        case .chartLifeStockCurveTitle: "模具寿命期的备货量曲线：期望净现值和亏损概率随备货量的变化"
        case .chartExpectedNPVAxis: "期望净现值"
        case .chartNPVUpper: "期望净现值（上图）"
        case .chartProfitAxisShort: "利润"
        case .chartNPVAxisShort: "净现值"
        case .chartBestNPVLegend: "最优：期望净现值最高"
        case .chartStockCurveShortTitle: "备货量曲线"
        case .chartLifeStockCurveShortTitle: "模具寿命期的备货量曲线"
        case .chartLossLower: "亏损概率（下图，0–100 %）"
        case .chartBestLegend: "最优：期望利润最高"
        case .chartMaxLegend: "上限：亏损概率在容忍度内的最大备货量"
        case .chartPlanLegend: "计划：计划备货量"
        case .chartStockAxis: "备货量（件）"
        case .chartNoStockWithin: "没有备货量在容忍度内"
        case .chartStockCurveNote: "每个备货量都用同一批模拟评估。上图：期望利润；下图：亏损概率（0–100 %），"
            + "虚线为容忍度。最优：期望利润最高；上限：亏损概率在容忍度内的最大备货量；计划：计划备货量。"
        case .chartStockSearchMarks: "最优和上限来自备货量搜索（范围内的每个备货量），不一定落在图中的备货量上。"
        case .chartTornadoTitle: "龙卷风图：哪个不确定输入对期望利润影响最大"
        case .chartAtP10Legend: "输入取 P10（事件：从不）"
        case .chartAtP90Legend: "输入取 P90（事件：总是）"
        case .chartCentreLegend: "期望利润（所有输入照常变化）"
        case .chartEventHeading: "事件：从不 / 总是"
        case .chartTornadoNote: "每行把一个输入固定在它自己的 P10 或 P90（是/否事件：从不或总是），其他输入照常变化，"
            + "与中线使用同一批模拟；输入名称下方是固定的取值；影响最大的在最上面。"
        case .chartSwing: "波动 "
        case .chartExpected: "期望 "
        }
    }
}

// MARK: Sentences with figures

extension ChineseStrings {
    package func verdictReason(_ reason: VerdictReason, onLife: Bool) -> String {
        let value = onLife ? "期望净现值" : "期望利润"
        switch reason {
        case let .passesAtPlannedStock(p, tolerance):
            return "\(p.cycle) 备货 \(unitsWord(p.stock))，亏损概率 \(Fmt.percent(p.probabilityOfLoss))，"
                + "在 \(Fmt.percent(tolerance)) 的容忍度内，\(value) \(money(p.expectedValue))。"
        case let .passesAtSmallerStock(p, lowest, plannedStock, tolerance):
            if lowest.probabilityOfLoss <= tolerance && lowest.expectedValue > 0 {
                return "按计划备货 \(unitsWord(plannedStock))时 \(lowest.cycle) 也能通过（亏损概率 "
                    + "\(Fmt.percent(lowest.probabilityOfLoss))，\(value) \(money(lowest.expectedValue))），但更小的备货量更赚钱："
                    + "\(p.cycle) 备货 \(unitsWord(p.stock))时，亏损概率 \(Fmt.percent(p.probabilityOfLoss))，"
                    + "\(value) \(money(p.expectedValue))。"
            }
            return "按计划备货 \(unitsWord(plannedStock))时，没有一个开发周期的亏损概率在 \(Fmt.percent(tolerance)) "
                + "的容忍度内（最低：\(Fmt.percent(lowest.probabilityOfLoss))，\(lowest.cycle)）。\(p.cycle) 备货 "
                + "\(unitsWord(p.stock))时，亏损概率 \(Fmt.percent(p.probabilityOfLoss))，\(value) \(money(p.expectedValue))。"
        case let .failsEverywhere(closest, smaller, plannedStock, tolerance):
            var text = "在计划备货 \(unitsWord(plannedStock))及评估过的其他备货量下，没有一个开发周期能使亏损概率在 "
                + "\(Fmt.percent(tolerance)) 的容忍度内且\(value)为正。计划备货下最接近的是 \(closest.cycle)："
                + "\(shortfall(closest, tolerance: tolerance, onLife: onLife))。"
            if let smaller {
                text += "更小备货量中最接近的是 \(smaller.cycle) 备货 \(unitsWord(smaller.stock))："
                    + "\(shortfall(smaller, tolerance: tolerance, onLife: onLife))。"
            }
            return text
        }
    }

    package func shortfall(_ p: VerdictPoint, tolerance: Double, onLife: Bool) -> String {
        let value = onLife ? "期望净现值" : "期望利润"
        let loss = "亏损概率 \(Fmt.percent(p.probabilityOfLoss))"
        let profit = "\(value) \(money(p.expectedValue))"
        switch ReportWording.Shortfall(p, tolerance: tolerance) {
        case .profitNotPositive: return "\(loss)在容忍度内，但\(profit)不为正"
        case let .above(points, profitPositive):
            let above = "\(loss)，比容忍度高 \(Fmt.fixed(points, places: 1)) 个百分点"
            return profitPositive ? "\(above)（\(profit)）" : "\(above)，且\(profit)不为正"
        }
    }

    package func noTornado(cycle: String, centre: Double, trials: String) -> String {
        "敏感性：\(cycle) 没有不确定的输入，因此没有龙卷风图：无论固定哪个输入，它在 \(trials) 次模拟上的期望利润都是 \(money(centre))。"
    }

    package func verdictLine(_ verdict: Verdict) -> String {
        "\(decision(verdict.decision))：开发周期 \(verdict.cycle)，备货 \(unitsWord(verdict.stock))"
    }

    package func verdictPrecision(marginal: Bool) -> String {
        marginal
            ? "临界：所选备货量下亏损概率的 95% 区间跨越容忍度，增加模拟次数可能改变结论。决策前请用更多次数重新运行。"
            : "明确：所选备货量下亏损概率的 95% 区间完全在容忍度一侧，增加模拟次数不会改变结论。"
    }

    package func lossVersusTolerance(_ cycle: CycleResult, tolerance: Double) -> String {
        let ci = cycle.probabilityOfLossCI
        let standing = switch ToleranceStanding(ci, tolerance: tolerance) {
        case .within: "在容忍度内"
        case .above: "超出容忍度"
        case .straddles: "区间跨越容忍度"
        }
        return "\(Fmt.percent(cycle.probabilityOfLoss))（95% 区间 \(Fmt.percentRange(ci.lower, ci.upper))），"
            + "容忍度 \(Fmt.percent(tolerance))：\(standing)"
    }

    package func breakEvenSellThrough(_ be: BreakEven) -> String {
        let base = "备货的 \(Fmt.percent(be.sellThrough))（\(unitsWord(be.units))）"
        return be.sellThrough > 1 ? base + "：此备货量无法保本" : base
    }

    package func comparison(_ c: CycleComparison) -> String {
        let d = c.expectedProfitDifference
        return "\(c.to) 平均比 \(c.from) \(d >= 0 ? "多赚" : "少赚") \(money(d.magnitude))"
            + "（差异的 95% 区间 \(moneyRange(c.ci.lower, c.ci.upper))）"
            + (ReportWording.isClear(c) ? "；差异明确。" : "；区间包含零，差异尚不能确定。")
    }

    package func valueAtRisk(_ var95: Double) -> String {
        var95 > 0 ? "\(money(var95))：每 20 次模拟有 1 次亏得更多"
            : "无亏损：即使最差的 5% 模拟也至少盈利 \(money(-var95))"
    }

    package func conditionalValueAtRisk(_ cvar95: Double) -> String {
        cvar95 > 0 ? "\(money(cvar95))：最差 5% 模拟的平均亏损"
            : "无亏损：最差 5% 模拟的平均利润为 \(money(-cvar95))"
    }

    package func latenessShort(_ lead: LeadTimeSummary) -> String {
        "延误概率 \(Fmt.percent(lead.probabilityLate))（在可用的 \(days(lead.commitDays))内备不齐货）"
    }

    package func lateness(_ lead: LeadTimeSummary) -> String {
        "\(Fmt.percent(lead.probabilityLate))：从决策到销售窗口的 \(days(lead.commitDays))内备不齐货"
    }

    package func convergence(_ c: Convergence, trials: Int) -> String {
        let target = ReportWording.smallPercent(c.targetHalfWidth)
        let achieved = ReportWording.smallPercent(c.achievedHalfWidth)
        if c.stoppedByCap {
            return "达到 \(Fmt.units(Double(c.trialCap))) 次模拟的上限时仍未达到目标：各周期亏损概率 95% 半宽的最大值为 "
                + "\(achieved)，高于要求的 \(target)。请提高 --trials 以达到所需精度。"
        }
        return "运行到每个周期亏损概率的 95% 半宽不超过 \(target)：共用 \(Fmt.units(Double(trials))) 次模拟"
            + "（最大半宽 \(achieved)；上限 \(Fmt.units(Double(c.trialCap))) 次）。"
    }

    package func convergenceShort(_ c: Convergence, trials: Int) -> String {
        let target = ReportWording.smallPercent(c.targetHalfWidth)
        let achieved = ReportWording.smallPercent(c.achievedHalfWidth)
        if c.stoppedByCap {
            return "已达模拟次数上限 \(Fmt.units(Double(c.trialCap)))：亏损概率 ± \(achieved)，未达到目标 ± \(target)"
        }
        return "\(Fmt.units(Double(trials))) 次模拟后收敛：亏损概率 ± \(achieved)（目标 ± \(target)）"
    }

    package func valuesSetOnCommandLine(_ list: String) -> String { "命令行设定的值：" + list }

    package func overridesParagraph(_ list: String) -> String {
        "命令行设定的值：\(list)。本次运行用它们替代文件中的值；下面的输入已包含这些值。"
    }

    // MARK: What would change the verdict

    package func toGoMoldQuote(_ quote: MoldQuote?, onLife: Bool) -> String {
        guard let q = quote else { return "无：即使模具免费，计划备货量下每个周期仍达不到规则" }
        let value = onLife ? "期望净现值" : "期望利润"
        return q.limitedByExpectedProfit
            ? "低于 \(money(q.value))（\(q.cycle)）：低于此价的固定报价可使亏损概率在容忍度内，且只有低于此价\(value)才为正"
            : "不超过 \(money(q.value))（\(q.cycle)）：不超过此价的固定报价可使亏损概率在容忍度内且\(value)为正"
    }

    package func toGoLead(_ toGo: ToGo, commitDays: Double?) -> String {
        let now = commitDays.map { "（目前 \(days($0))）" } ?? ""
        guard let lead = toGo.lead else { return phrase(.notSearched) }
        guard let first = lead.atLeast else {
            return "提前多久都不够：在窗口前 \(lead.searchedFrom) 至 \(lead.searchedTo) 天之间，"
                + "\(toGo.cycle) 没有任何整天数的决策时间能通过\(now)"
        }
        guard let again = lead.failsAgainFrom else {
            return "\(toGo.cycle) 至少在窗口前 \(first) 天决策\(now)"
        }
        return "\(toGo.cycle) 在窗口前 \(first) 至 \(again - 1) 天决策\(now)；从 \(again) 天起又不能通过"
            + "（需求信号越旧，漂移越大）"
    }

    package func toGoStocks(_ toGo: ToGo, onLife: Bool) -> String {
        guard let r = toGo.stockWithinTolerance else { return "评估的备货量都不行（\(toGo.cycle)）" }
        let span = r.lower == r.upper ? Fmt.units(r.lower) : "\(Fmt.units(r.lower))–\(Fmt.units(r.upper))"
        return "\(span)件（\(toGo.cycle)，亏损概率在容忍度内且\(onLife ? "期望净现值" : "期望利润")为正）"
    }

    package func toGoShortQuote(_ q: MoldQuote) -> String {
        "模具固定报价\(q.limitedByExpectedProfit ? "低于" : "不超过") \(money(q.value))（\(q.cycle)）"
    }

    package func toGoShort(quote: String, lead: String, stocks: String) -> String {
        "怎样才能改变结论：" + quote + "；提前期：" + lead + "；备货量：" + stocks + "。"
    }

    package func toGoMethod(_ toGo: ToGo) -> String {
        var text = "模具定价：取计划备货量下每次模拟扣除模具成本前的利润（同一批模拟中固定报价 X 使利润变为该值 − X；"
            + "从其直方图读出，误差在 \(Fmt.precisePercent(ValueSketch.relativeError)) 内）；备货量：取自备货量曲线"
        if let lead = toGo.lead {
            text += "；决策提前期：从 \(lead.searchedFrom) 到 \(lead.searchedTo) 的整天数（一年，或更晚的最迟备齐日或当前提前期），"
                + "每个提前期用本次运行自身随机流的前 \(Fmt.units(Double(lead.trials))) 次模拟评估（共同随机数；最多 "
                + "\(Fmt.units(Double(LeadSearch.maxTrials))) 次），不假设单调：先用最多 \(LeadSearch.gridLeads + 1) 个"
                + "提前期的网格，再在相邻点之间细化到天（共评估 \(lead.evaluations) 个提前期）"
        }
        return text
    }

    package func toGoTableTitle(cycle: String, planned: Double) -> String {
        "\(phrase(.whatWouldChangeIt))：\(cycle)，计划备货 \(unitsWord(planned))，其他输入不变"
    }

    // MARK: Section 1 and the headline

    package func plannedSuffix(_ planned: Double) -> String { "（计划 \(unitsWord(planned))）" }

    package func expectedProfitWithError(mean: Double, se: Double) -> String { "\(money(mean))（标准误差 \(money(se))）" }

    package func atStockLabel(_ stock: Double) -> String { "备货 \(unitsWord(stock))时" }

    package func atStockValue(_ point: StockPoint) -> String {
        "期望利润 \(money(point.expectedValue))，亏损概率 \(Fmt.percent(point.probabilityOfLoss))"
    }

    package func headlineFiguresTitle(cycle: String, planned: Double) -> String {
        "关键数字：\(cycle)，计划备货 \(unitsWord(planned))"
    }

    package func allCyclesTitle(planned: Double) -> String { "计划备货 \(unitsWord(planned))时的各开发周期" }

    package func headlineExpectedProfit(_ cycle: CycleResult, planned: Double) -> String {
        "期望利润 \(money(cycle.profit.mean))（\(cycle.name)，计划备货 \(unitsWord(planned))）"
    }

    package func headlineLoss(_ standing: String) -> String { "亏损概率 " + standing }

    package func headlineBreakEven(_ sellThrough: String) -> String { "保本点：需售出" + sellThrough }

    package func fullReport(_ path: String, whatIf: Bool) -> String {
        "完整报告：\(path)" + (whatIf ? "（--set 假设运行：写在情景原报告旁边，原报告不变）" : "")
    }

    // MARK: Section 2

    package func cycleHeading(number: String, cycle: String) -> String { "\(number)  开发周期 \(cycle)" }

    package func profitTableTitle(planned: Double) -> String { "计划备货 \(unitsWord(planned))时的利润" }

    package func sCurveCaption() -> String {
        "在利润 x 上方的高度是利润 ≤ x 的概率；┬（\(money(0))）上方的高度就是亏损的概率。"
    }

    package func breakEvenTitle(planned: Double) -> String { "计划备货 \(unitsWord(planned))时的保本点" }

    package func unitsToSell(_ be: BreakEven) -> String {
        "\(unitsWord(be.units))，售罄率 \(Fmt.percent(be.sellThrough))" + (be.sellThrough > 1 ? "：超过备货量，无法保本" : "")
    }

    package func moldCostAtZeroProfit(_ moldCost: Double) -> String { "\(money(moldCost))（模具成本为此值时期望利润为零）" }

    package func readyChartCaption(commitDays: Double) -> String {
        "标“延误”的柱子是在可用的 \(days(commitDays))内未备齐的模拟；有一条柱边正好在这一天。"
    }

    package func stockMarksNote(tolerance: Double, verdictNote: String?) -> String {
        "最优：期望利润最高；上限：亏损概率 ≤ \(Fmt.percent(tolerance)) 的最大备货量；计划：计划备货量"
            + (verdictNote.map { "；" + $0 } ?? "（结论的备货量标在模具寿命表中）。")
    }

    package func noStockWithin(tolerance: Double) -> String {
        "评估的备货量中没有一个能使亏损概率不超过 \(Fmt.percent(tolerance))。"
    }

    // MARK: Sensitivity

    package func sensitivityNote(trials: String, centre: Double) -> String {
        "输入：输入的名称（附录 A 列出其键名）及其固定值，P10 → P90。P10 时 / P90 时：该输入固定在自己的 P10 / P90、"
            + "其他输入照常变化时的期望利润，使用同样的 \(trials) 次模拟（所有输入都变化时期望利润为 "
            + "\(money(centre))）；波动：两者之差；亏损概率同理；ρ：输入抽样与利润的斯皮尔曼秩相关系数；返工天数和返工成本只在发生返工的模拟中计算（只有那时才有）。"
    }

    package func tornadoCaption(centre: Double, trials: String) -> String {
        "░ 输入取 P10（事件：从不），█ 取 P90（事件：总是），▓ 两者重叠；│ 是所有输入都变化时的期望利润 "
            + "\(money(centre))，使用同样的 \(trials) 次模拟；右列是波动。"
    }

    package func heldEvent(_ name: String, chance: String) -> String { "\(name)，概率 \(chance)：从不 / 总是" }

    // MARK: Section 5

    /// The engine's generator in Chinese; another name (a fixture's) as it is.
    package func generator(_ name: String) -> String {
        name == RandomStream.generatorName
            ? "xoshiro256++（作为 GSL 的一种随机数发生器接入），种子由 splitmix64 生成" : name
    }

    package func chunks(count: Int, size: Int) -> String {
        "\(Fmt.units(Double(count))) 块，每块 \(Fmt.units(Double(size))) 次模拟，各有独立的随机种子流，按块的顺序合并"
    }

    package func precisionLabel(cycle: String) -> String { "精度，\(cycle)" }

    package func precision(_ cycle: CycleResult) -> String {
        let se = cycle.standardErrors
        return "± 一个标准误差：期望利润 \(money(cycle.profit.mean)) ± \(money(se.expectedProfit))；亏损概率 "
            + "\(Fmt.percent(cycle.probabilityOfLoss)) ± \(ReportWording.smallPercent(se.probabilityOfLoss))（95% Wilson 区间 "
            + Fmt.percentRange(cycle.probabilityOfLossCI.lower, cycle.probabilityOfLossCI.upper)
            + "）；VaR 95% \(money(cycle.var95)) ± \(money(se.var95))；CVaR 95% \(money(cycle.cvar95)) ± "
            + "\(money(se.cvar95))；延误概率 \(Fmt.percent(cycle.leadTime.probabilityLate)) ± "
            + "\(ReportWording.smallPercent(se.probabilityLate))；保本点 \(Fmt.units(cycle.breakEven.units)) ± "
            + "\(Fmt.units(se.breakEvenUnits))件"
    }

    package func percentilesText(relativeError: Double) -> String {
        "分位数、VaR、CVaR 和曲线上的点来自可合并的直方图，相对误差在 \(Fmt.precisePercent(relativeError)) 以内；"
            + "平均值、标准差和概率对这些模拟是精确的"
    }

    // MARK: SVG charts

    package func chartProfitTitle(planned: Double) -> String { "计划备货 \(unitsWord(planned))时的利润分布" }

    package func chartOfOneCycle(_ title: String, cycle: String) -> String { "\(title)（开发周期 \(cycle)）" }

    package func chartCyclePanel(_ cycle: CycleResult) -> String {
        "\(cycle.name)：期望利润 \(money(cycle.profit.mean))，亏损概率 \(Fmt.percent(cycle.probabilityOfLoss))"
    }

    package func chartCycleLoss(_ cycle: CycleResult) -> String {
        "\(cycle.name)：亏损概率 \(Fmt.percent(cycle.probabilityOfLoss))"
    }

    package func chartTolerance(_ tolerance: Double) -> String { "容忍度 \(Fmt.percent(tolerance))" }

    package func chartToleranceOnLoss(_ tolerance: Double) -> String { "容忍度 \(Fmt.percent(tolerance))（亏损概率）" }

    package func chartLeadPanel(_ cycle: CycleResult) -> String {
        "\(cycle.name)：延误概率 \(Fmt.percent(cycle.leadTime.probabilityLate))，备齐时间 P50 \(days(cycle.leadTime.p50))"
    }

    package func chartWindowOpens(_ commitDays: Double) -> String { "窗口开启：\(days(commitDays))" }

    package func chartTornadoPanel(cycle: String, centre: String, trials: Int) -> String {
        "\(cycle)：龙卷风图 \(Fmt.units(Double(trials))) 次模拟的期望利润 \(centre)（中线）"
    }

    package func chartSeries(cycle: String, _ what: String) -> String { "\(cycle)：\(what)" }
}
