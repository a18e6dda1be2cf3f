import MoldRiskAnalysis
import MoldRiskCore

/// The words of the charts Crystal Ball and @RISK users read beside the tornado: every random
/// input as drawn, the scatter of profit against the input that matters most, and the
/// contribution to variance (a part of `ReportStrings`, one conformance per language).
package protocol SensitivityChartStrings {
    /// The input-distribution chart's title, legend and note (`trials`: the tornado's trials).
    var inputsChartTitle: String { get }
    var inputsDrawnLegend: String { get }
    var inputsLawLegend: String { get }
    func inputsChartNote(trials: Int) -> String
    /// The vertical axis of the input charts: the share of draws in each band or at each value.
    var shareOfDrawsAxis: String { get }
    /// The horizontal axis title of an input in `unit` (money uses the money axis).
    func inputAxis(_ unit: SensitivityUnit) -> String
    /// A rework event's two values.
    func reworkOutcome(_ happens: Bool) -> String
    /// A panel title: the input's name, and how many draws the panel holds.
    func inputPanel(_ name: String, draws: Int) -> String

    /// The scatter chart's title, a panel title and its note.
    var scatterTitle: String { get }
    func scatterPanel(cycle: String, input: String, rank: Double) -> String
    func scatterNote(points: Int, step: Int, trials: Int) -> String
    var scatterTrialLegend: String { get }

    /// The contribution-to-variance chart and table.
    var contributionTitle: String { get }
    var contributionColumn: String { get }
    var contributionRaisesLegend: String { get }
    var contributionLowersLegend: String { get }
    var contributionNote: String { get }
    var contributionAxis: String { get }
    func contributionPanel(cycle: String) -> String
}

/// The English wording of the sensitivity charts.
extension EnglishStrings {
    package var inputsChartTitle: String { "The uncertain inputs as drawn" }
    package var inputsDrawnLegend: String { "share of draws per band (or at a value)" }
    package var inputsLawLegend: String { "the law the scenario gives (probability per band)" }
    package func inputsChartNote(trials: Int) -> String {
        "Each panel shows the draws of one input on the tornado's first \(Fmt.units(Double(trials))) trials, in 30 bands "
            + "over the middle 99.8 % of them (yes/no events and observed values: each value), against the law the "
            + "scenario file gives it: bars and line should agree. Durations, costs and demand below zero count as zero."
    }
    package var shareOfDrawsAxis: String { "share of draws" }
    package func inputAxis(_ unit: SensitivityUnit) -> String {
        switch unit {
        case .yuan: "amount"
        case .days: "days"
        case .units: "units in the season"
        case .visitors: "impressions in the event"
        case .probability: "conversion per impression"
        case .factor: "demand factor (1 = no drift)"
        }
    }
    package func reworkOutcome(_ happens: Bool) -> String { happens ? "rework" : "no rework" }
    package func inputPanel(_ name: String, draws: Int) -> String { "\(name) (\(Fmt.units(Double(draws))) draws)" }

    package var scatterTitle: String { "Profit against the input that matters most" }
    package func scatterPanel(cycle: String, input: String, rank: Double) -> String {
        "\(cycle): profit against \(input) (rank correlation \(Fmt.fixed(rank, places: 2)))"
    }
    package func scatterNote(points: Int, step: Int, trials: Int) -> String {
        "Each point is one trial: \(Fmt.units(Double(points))) trials, every \(step == 1 ? "one" : ordinal(step)) of the "
            + "tornado's first \(Fmt.units(Double(trials))), the same whatever the number of threads. The input is the top "
            + "row of the tornado; profit is at the planned stock."
    }
    package var scatterTrialLegend: String { "one trial" }

    package var contributionTitle: String { "Contribution to variance" }
    package var contributionColumn: String { "Share of variance" }
    package var contributionRaisesLegend: String { "profit rises with the input" }
    package var contributionLowersLegend: String { "profit falls as the input rises" }
    package var contributionNote: String {
        "Each input's squared rank correlation with profit, as a share of their sum (Crystal Ball's contribution to "
            + "variance): how much of the spread of profit moves with that input. The shares sum to 100 %."
    }
    package var contributionAxis: String { "share of the variance of profit" }
    package func contributionPanel(cycle: String) -> String { "\(cycle): what the spread of profit moves with" }

    /// `50th`, `2nd`, `21st`.
    private func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : ([1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th")
        return Fmt.units(Double(n)) + suffix
    }
}

/// The Chinese wording of the sensitivity charts.
extension ChineseStrings {
    package var inputsChartTitle: String { "各不确定输入的抽样分布" }
    package var inputsDrawnLegend: String { "各区间（或各取值）的抽样占比" }
    package var inputsLawLegend: String { "情景文件给出的分布（每区间概率）" }
    package func inputsChartNote(trials: Int) -> String {
        "每个小图是一个输入在龙卷风图所用前 \(Fmt.units(Double(trials))) 次试验中的抽样，按中间 99.8 % 的范围分成 30 个区间"
            + "（是/否事件与观测值：按每个取值），并与情景文件给出的分布对照：柱与线应当吻合。工期、成本和需求低于零时按零计。"
    }
    package var shareOfDrawsAxis: String { "抽样占比" }
    package func inputAxis(_ unit: SensitivityUnit) -> String {
        switch unit {
        case .yuan: "金额"
        case .days: "工期天数"
        case .units: "当季件数"
        case .visitors: "活动期间曝光"
        case .probability: "每次曝光的转化率"
        case .factor: "需求系数（1 为无漂移）"
        }
    }
    package func reworkOutcome(_ happens: Bool) -> String { happens ? "返工" : "不返工" }
    package func inputPanel(_ name: String, draws: Int) -> String { "\(name)（\(Fmt.units(Double(draws))) 次抽样）" }

    package var scatterTitle: String { "利润与最重要输入的散点图" }
    package func scatterPanel(cycle: String, input: String, rank: Double) -> String {
        "\(cycle)：利润与\(input)（秩相关 \(Fmt.fixed(rank, places: 2))）"
    }
    package func scatterNote(points: Int, step: Int, trials: Int) -> String {
        "每个点是一次试验：龙卷风图前 \(Fmt.units(Double(trials))) 次试验中每 \(Fmt.units(Double(step))) 次取一次，"
            + "共 \(Fmt.units(Double(points))) 次，与线程数无关。横轴是龙卷风图第一行的输入；利润按计划库存计。"
    }
    package var scatterTrialLegend: String { "一次试验" }

    package var contributionTitle: String { "方差贡献" }
    package var contributionColumn: String { "方差贡献" }
    package var contributionRaisesLegend: String { "输入越大利润越高" }
    package var contributionLowersLegend: String { "输入越大利润越低" }
    package var contributionNote: String {
        "每个输入与利润的秩相关系数的平方，占全部平方和的比例（即水晶球软件的方差贡献）：利润的波动有多少随该输入而动。合计 100 %。"
    }
    package var contributionAxis: String { "占利润方差的比例" }
    package func contributionPanel(cycle: String) -> String { "\(cycle)：利润波动随哪些输入而动" }
}
