import MoldRiskAnalysis
import MoldRiskCore

/// The words of `moldrisk fit --listing` (a part of `FitStrings`, one conformance per language).
package protocol ListingStrings {
    func listingHeading(file: String, days: Int, impressions: Double, orders: Double) -> String
    func posterior(alpha: Double, beta: Double, prior: Double, mean: Double, low: Double, high: Double) -> String
    func dispersionTest(statistic: Double, pValue: Double, level: Double) -> String
    func overdispersed(alpha: Double, beta: Double, mean: Double, low: Double, high: Double, scaled: Bool) -> String
    var notOverdispersed: String { get }
    var listingPasteLine: String { get }
    /// The line cannot be pasted as it is: the totals exceed what a scenario accepts.
    func beyondScenarioRange(largestImpressions: Double, largestOrders: Double) -> String
}

extension EnglishFitStrings: ListingStrings {
    package func listingHeading(file: String, days: Int, impressions: Double, orders: Double) -> String {
        "\(file): \(days) days, \(Fmt.units(impressions)) impressions, \(Fmt.units(orders)) orders "
            + "(\(Fmt.precisePercent(orders / impressions)) conversion)"
    }
    package func posterior(alpha: Double, beta: Double, prior: Double, mean: Double, low: Double, high: Double) -> String {
        "Posterior of the conversion rate (prior Beta(\(Fmt.exact(prior)), \(Fmt.exact(prior))), the scenario's default): "
            + "Beta(\(Fmt.exact(alpha)), \(Fmt.exact(beta))), mean \(Fmt.precisePercent(mean)), "
            + "90 % interval \(Fmt.precisePercent(low)) to \(Fmt.precisePercent(high)); it assumes one rate for every day."
    }
    package func dispersionTest(statistic: Double, pValue: Double, level: Double) -> String {
        "Day-to-day overdispersion, beta-binomial against binomial by likelihood ratio: LR = \(Fmt.fixed(statistic, places: 2)), "
            + "\(pText(pValue)) (null law: the 50:50 mixture of χ²₀ and χ²₁, since the binomial sits on the boundary "
            + "of the beta-binomial's parameters); level \(Fmt.exact(level))."
    }
    package func overdispersed(alpha: Double, beta: Double, mean: Double, low: Double, high: Double, scaled: Bool) -> String {
        "The days disagree more than chance allows: the rate itself moves from day to day, so the pooled posterior "
            + "above is too sure. Use the wider prior of the fitted beta-binomial, Beta(\(Fmt.fixed(alpha, places: 2)), "
            + "\(Fmt.fixed(beta, places: 2))): mean \(Fmt.precisePercent(mean)), 90 % interval \(Fmt.precisePercent(low)) "
            + "to \(Fmt.precisePercent(high)) (the law a new day's rate, such as the event's, is drawn from). The line "
            + "below sets impressions and orders to 0: the days are already in α and β."
            + (scaled ? " α and β were scaled down by one factor to the scenario's largest prior (1e5), which keeps the mean "
                + "and widens the law a little more." : "")
    }
    package var notOverdispersed: String {
        "The days agree within chance: one conversion rate explains them, and the posterior above stands."
    }
    package var listingPasteLine: String { "Paste into the cycle's demand table (beside its event_impressions):" }
    package func beyondScenarioRange(largestImpressions: Double, largestOrders: Double) -> String {
        "Note: a scenario accepts at most \(Fmt.units(largestImpressions)) impressions and \(Fmt.units(largestOrders)) orders "
            + "for a test listing, so `moldrisk check` will refuse this line; use fewer days."
    }

    func pText(_ p: Double) -> String { p < 1e-4 ? "p < 0.0001" : "p = " + Fmt.fixed(p, places: 4) }
}

extension ChineseFitStrings: ListingStrings {
    package func listingHeading(file: String, days: Int, impressions: Double, orders: Double) -> String {
        "\(file)：\(days) 天，曝光 \(Fmt.units(impressions))，订单 \(Fmt.units(orders))（转化率 \(Fmt.precisePercent(orders / impressions))）"
    }
    package func posterior(alpha: Double, beta: Double, prior: Double, mean: Double, low: Double, high: Double) -> String {
        "转化率的后验分布（先验 Beta(\(Fmt.exact(prior)), \(Fmt.exact(prior)))，情景文件的默认值）：Beta(\(Fmt.exact(alpha)), "
            + "\(Fmt.exact(beta)))，均值 \(Fmt.precisePercent(mean))，90 % 区间 \(Fmt.precisePercent(low)) 至 "
            + "\(Fmt.precisePercent(high))；它假定每天的转化率相同。"
    }
    package func dispersionTest(statistic: Double, pValue: Double, level: Double) -> String {
        "逐日过度离散检验（贝塔二项对二项，似然比）：LR = \(Fmt.fixed(statistic, places: 2))，"
            + "\(EnglishFitStrings().pText(pValue))（零假设下的分布：χ²₀ 与 χ²₁ 各半的混合，"
            + "因为二项分布位于贝塔二项参数空间的边界）；显著性水平 \(Fmt.exact(level))。"
    }
    package func overdispersed(alpha: Double, beta: Double, mean: Double, low: Double, high: Double, scaled: Bool) -> String {
        "各天的差异超出了偶然范围：转化率本身逐日变化，上面合并计算的后验过于自信。请改用拟合的贝塔二项分布给出的更宽的先验 "
            + "Beta(\(Fmt.fixed(alpha, places: 2)), \(Fmt.fixed(beta, places: 2))）：均值 \(Fmt.precisePercent(mean))，90 % 区间 "
            + "\(Fmt.precisePercent(low)) 至 \(Fmt.precisePercent(high))（新的一天，例如大促当天，转化率的分布）。下面一行把 "
            + "impressions 和 orders 设为 0：这些天的数据已经包含在 α 和 β 里。"
            + (scaled ? "α 和 β 已按同一比例缩小到情景文件允许的最大先验（1e5），均值不变，分布略宽。" : "")
    }
    package var notOverdispersed: String { "各天的差异在偶然范围内：一个转化率即可解释，上面的后验成立。" }
    package var listingPasteLine: String { "粘贴到该开发周期的 demand 表中（与 event_impressions 并列）：" }
    package func beyondScenarioRange(largestImpressions: Double, largestOrders: Double) -> String {
        "注意：情景文件中测试链接的曝光最多 \(Fmt.units(largestImpressions))、订单最多 \(Fmt.units(largestOrders))，"
            + "`moldrisk check` 会拒绝这一行；请少用几天的数据。"
    }
}
