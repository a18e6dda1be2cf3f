import MoldRiskAnalysis
import MoldRiskCore

/// The words of `moldrisk fit` (DESIGN §8.7): its table, notes and charts, one conformance per
/// language (`ReportLanguage.fitStrings`).
package protocol FitStrings: ListingStrings, Sendable {
    func heading(file: String, column: String, count: Int, lowest: String, highest: String, mean: String) -> String
    var rankColumn: String { get }
    var lawColumn: String { get }
    var parametersColumn: String { get }
    var logLikelihoodColumn: String { get }
    var notAvailable: String { get }
    func lawName(_ family: FitFamily) -> String
    func distinctValues(_ count: Int) -> String
    func best(_ family: FitFamily) -> String
    var pasteLine: String { get }
    func skipped(_ family: FitFamily, reason: FitSkip) -> String
    func methodsNote(bootstrap: FitBootstrap) -> String
    // Charts.
    var qqTitle: String { get }
    var qqNote: String { get }
    var qqXAxis: String { get }
    var qqYAxis: String { get }
    var histogramTitle: String { get }
    var histogramNote: String { get }
    var dataLegend: String { get }
    var shareAxis: String { get }
    func valueAxis(_ column: String) -> String
}

extension ReportLanguage {
    /// This language's words for `moldrisk fit`.
    package var fitStrings: any FitStrings {
        switch self {
        case .en: EnglishFitStrings()
        case .zh: ChineseFitStrings()
        }
    }
}

/// The English words of `moldrisk fit`.
package struct EnglishFitStrings: FitStrings {
    package init() {}
    package func heading(file: String, column: String, count: Int, lowest: String, highest: String, mean: String) -> String {
        "\(file), column \(column): \(Fmt.units(Double(count))) values from \(lowest) to \(highest), mean \(mean)"
    }
    package var rankColumn: String { "Rank" }
    package var lawColumn: String { "Law" }
    package var parametersColumn: String { "Parameters" }
    package var logLikelihoodColumn: String { "log L" }
    package var notAvailable: String { "–" }
    package func lawName(_ family: FitFamily) -> String {
        switch family {
        case .normal: "normal"
        case .lognormal: "lognormal"
        case .gamma: "gamma"
        case .triangular: "triangular"
        case .pert: "PERT"
        case .empirical: "empirical"
        }
    }
    package func distinctValues(_ count: Int) -> String { "the data: \(Fmt.units(Double(count))) distinct values" }
    package func best(_ family: FitFamily) -> String { "Best by AIC: \(lawName(family))." }
    package var pasteLine: String { "Paste into the scenario (a cycle's demand units, or the input this column measures):" }
    package func skipped(_ family: FitFamily, reason: FitSkip) -> String {
        let why = switch reason {
        case let .needsPositiveValues(count): "needs every value > 0 (the data hold \(count) at or below 0)"
        case let .lowerEndBelowZero(count):
            "its lower end would have to be below 0, which a scenario's quantity cannot take (the data hold "
                + "\(count) value\(count == 1 ? "" : "s") at 0)"
        case .invalidEstimate: "its estimate is not a valid law for these data"
        case let .refusedByScenario(problem): "a scenario would refuse its estimate (\(problem))"
        }
        return "\(lawName(family)) not fitted: \(why)."
    }
    package func methodsNote(bootstrap: FitBootstrap) -> String {
        "Every law by maximum likelihood: normal, lognormal and gamma with location 0, as scipy.stats fits them "
            + "(gamma's shape by Newton's method); triangular and PERT (λ = 4) by profile likelihood, the mode exact for "
            + "given ends and the ends by a bounded search (their likelihood is not regular, since the ends move the "
            + "support, so AIC's penalty is approximate for them). "
            + "AIC = 2k − 2 log L (k = 2, or 3 for triangular and PERT): lower is better; the empirical law has no "
            + "density and is listed last. KS and AD are the Kolmogorov–Smirnov and Anderson–Darling statistics; "
            + (bootstrap.replicates == 0
                ? "their p-values were not computed (by default none above \(Fmt.units(Double(FitBootstrap.largestSample))) "
                    + "values; --replicates N computes them)."
                : "their p-values come from a parametric bootstrap, because the parameters were fitted to these same data "
                    + "(the usual tables would be too kind): \(Fmt.units(Double(bootstrap.replicates))) samples drawn from "
                    + "each fitted law with the fixed seed \(bootstrap.seed), each refitted the same way. A small p (below "
                    + "0.05) says the data are unlikely under the law.")
    }
    package var qqTitle: String { "Quantile–quantile plot of the fitted laws" }
    package var qqNote: String {
        "Each point is one observation (sorted) against the fitted law's quantile at the same rank, (i − ½)/n: "
            + "a law that fits puts its points on the diagonal."
    }
    package var qqXAxis: String { "Quantile of the fitted law" }
    package var qqYAxis: String { "Observed value" }
    package var histogramTitle: String { "Histogram of the data with the fitted densities" }
    package var histogramNote: String {
        "Bars: share of the observations per band. Lines: each fitted law's probability for the same band (its density "
            + "times the band width)."
    }
    package var dataLegend: String { "data" }
    package var shareAxis: String { "Share of observations" }
    package func valueAxis(_ column: String) -> String { column }
}

/// The Chinese words of `moldrisk fit`.
package struct ChineseFitStrings: FitStrings {
    package init() {}
    package func heading(file: String, column: String, count: Int, lowest: String, highest: String, mean: String) -> String {
        "\(file)，列 \(column)：\(Fmt.units(Double(count))) 个数值，从 \(lowest) 到 \(highest)，平均 \(mean)"
    }
    package var rankColumn: String { "排名" }
    package var lawColumn: String { "分布" }
    package var parametersColumn: String { "参数" }
    package var logLikelihoodColumn: String { "对数似然" }
    package var notAvailable: String { "–" }
    package func lawName(_ family: FitFamily) -> String {
        switch family {
        case .normal: "正态"
        case .lognormal: "对数正态"
        case .gamma: "伽马"
        case .triangular: "三角"
        case .pert: "PERT"
        case .empirical: "经验分布"
        }
    }
    package func distinctValues(_ count: Int) -> String { "数据本身：\(Fmt.units(Double(count))) 个不同的值" }
    package func best(_ family: FitFamily) -> String { "按 AIC 最佳：\(lawName(family))。" }
    package var pasteLine: String { "粘贴到情景文件（某个开发周期的 demand 的 units，或本列所测的输入）：" }
    package func skipped(_ family: FitFamily, reason: FitSkip) -> String {
        let why = switch reason {
        case let .needsPositiveValues(count): "要求每个值都大于 0（数据中有 \(count) 个值小于或等于 0）"
        case let .lowerEndBelowZero(count): "其下端必须低于 0，而情景中的数量不能取负值（数据中有 \(count) 个值为 0）"
        case .invalidEstimate: "其估计不是这些数据的有效分布"
        case .refusedByScenario: "其估计超出情景文件接受的范围"
        }
        return "未拟合\(lawName(family))：\(why)。"
    }
    package func methodsNote(bootstrap: FitBootstrap) -> String {
        "所有分布都用最大似然估计：正态、对数正态、伽马的位置参数为 0，与 scipy.stats 的拟合相同（伽马的形状参数用牛顿法求解）；"
            + "三角分布和 PERT（λ = 4）用剖面似然：给定端点时众数精确求解，端点用有界搜索（端点决定支撑集，似然不正则，"
            + "所以它们的 AIC 惩罚项只是近似）。AIC = 2k − 2 log L（k = 2，三角和 PERT 为 3），越小越好；经验分布没有密度，列在最后。"
            + "KS 和 AD 是 Kolmogorov–Smirnov 与 Anderson–Darling 统计量；"
            + (bootstrap.replicates == 0
                ? "未计算 p 值（默认超过 \(Fmt.units(Double(FitBootstrap.largestSample))) 个数值时不计算；--replicates N 可以计算）。"
                : "因为参数是用同一批数据拟合的，p 值用参数自助法计算（查表会偏宽松）：从每个拟合分布按固定种子 \(bootstrap.seed) 抽取 "
                    + "\(Fmt.units(Double(bootstrap.replicates))) 组样本，每组用同样方法重新拟合。p 小于 0.05 说明数据不太可能来自该分布。")
    }
    package var qqTitle: String { "拟合分布的分位数图（QQ 图）" }
    package var qqNote: String { "每个点是一个观测值（排序后）对拟合分布在同一秩 (i − ½)/n 处的分位数：拟合得好的分布，点落在对角线上。" }
    package var qqXAxis: String { "拟合分布的分位数" }
    package var qqYAxis: String { "观测值" }
    package var histogramTitle: String { "数据直方图与拟合密度" }
    package var histogramNote: String { "柱：每个区间内观测值的占比。线：各拟合分布在同一区间的概率（密度乘以区间宽度）。" }
    package var dataLegend: String { "数据" }
    package var shareAxis: String { "观测值占比" }
    package func valueAxis(_ column: String) -> String { column }
}
