import MoldRiskAnalysis
import MoldRiskCore

/// The workbook's own words in English and Chinese: sheet names and the few labels no other
/// report prints (the charts' data tables, the stock search's figures one per cell). Everything
/// else comes from the language's `ReportStrings`.
struct WorkbookWords: Sendable {
    let language: ReportLanguage

    private func say(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    var summarySheet: String { say("Summary", "概要") }
    var sensitivitySheet: String { say("Sensitivity", "敏感性") }
    var valueOfInformationSheet: String { say("Value of information", "信息价值") }
    var variantsSheet: String { say("Variants", "方案对比") }
    var inputsSheet: String { say("Inputs", "输入参数") }
    var methodSheet: String { say("Method", "计算方法") }
    var samplesSheet: String { say("Samples", "样本") }

    var recommendedStock: String { say("Recommended stock", "建议备货量") }
    var moldQuoteAtMost: String { say("Firm mold quote at most (passes the rule)", "可接受的模具报价上限") }
    var commitDaysAtLeast: String { say("Commit at least this many days before the window", "至少提前决策天数") }
    var plannedStock: String { say("Planned stock", "计划备货量") }
    var tolerance: String { say("Loss tolerance (largest acceptable P(loss))", "可接受的最大亏损概率") }
    var breakEvenSellThrough: String { say("Break-even sell-through", "保本售罄率") }
    var lower: String { say("From", "下限") }
    var upper: String { say("To", "上限") }
    var share: String { say("Share of trials", "试验占比") }
    var probability: String { say("P(profit ≤ x)", "P（利润 ≤ x）") }
    var stockDecisionTitle: String { say("Stock decision (the search)", "备货量决策（搜索）") }
    var bestStock: String { say("Best stock", "最优备货量") }
    var bestValue: String { say("Expected value at the best stock", "最优备货量的期望值") }
    var standardError: String { say("Standard error", "标准误") }
    var withinFrom: String { say("Within tolerance from", "满足容忍度的备货量下限") }
    var withinTo: String { say("Within tolerance to", "满足容忍度的备货量上限") }
    var recommendedValue: String { say("Expected value at the recommended stock", "建议备货量的期望值") }
    var profitCDFTitle: String { say("Profit S-curve: the chart's data", "利润 S 曲线：图表数据") }
    var readyHistogramTitle: String { say("Ready day: the chart's data", "就绪天数：图表数据") }
    var seasonColumn: String { say("Season", "季") }
    var tornadoCentre: String { say("Tornado centre (expected profit on the same trials)", "龙卷风图中心（相同试验的期望利润）") }
    var sensitivityTrials: String { say("Trials used", "所用试验次数") }
    var heldColumn: String { say("Held at", "固定取值") }
    var swingColumn: String { say("Swing", "摆幅") }
    var lossLow: String { say("P(loss) at P10 / never", "P10 / 从不 时亏损概率") }
    var lossHigh: String { say("P(loss) at P90 / always", "P90 / 总是 时亏损概率") }
    var differenceLower: String { say("Difference: 95 % interval from", "差值 95% 区间下限") }
    var differenceUpper: String { say("Difference: 95 % interval to", "差值 95% 区间上限") }
    var overlayTitle: String { say("Profit S-curves of the scenario and the variants", "基准与各方案的利润 S 曲线") }
    var stockAxis: String { say("Stock (units)", "备货量（件）") }
    var daysAxis: String { say("Ready day", "就绪天数") }
    var scenarioRow: String { say("Scenario", "情景") }
    var trialsRow: String { say("Trials", "试验次数") }
    var seedRow: String { say("Seed", "随机种子") }
    var samplesColumns: String { say("The first rows of --samples, one per trial and cycle, at the planned stock.",
                                     "--samples 的前若干行：每次试验、每个开发周期一行，按计划备货量。") }

    /// The Samples sheet's note when rows were cut at `kept` of `total`.
    func samplesCut(kept: Int, total: Int) -> String {
        say("Only the first \(Fmt.units(Double(kept))) of \(Fmt.units(Double(total))) rows are here "
            + "(an Excel sheet holds at most 1,048,576 rows); the --samples CSV file has them all.",
            "此处只列出全部 \(Fmt.units(Double(total))) 行中的前 \(Fmt.units(Double(kept))) 行"
            + "（Excel 工作表最多 1,048,576 行）；--samples 的 CSV 文件包含全部行。")
    }
}
