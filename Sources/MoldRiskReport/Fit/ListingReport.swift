import MoldRiskAnalysis
import MoldRiskCore

/// The output of `moldrisk fit FILE --listing`: the posterior, the overdispersion test and the
/// line to paste (text), or the JSON document `{days, impressions, orders, posterior: {alpha,
/// beta}, overdispersed, p_value, wider_prior: {alpha, beta} | null, toml}` (issue 23).
package enum ListingReport {
    package static func text(_ fit: ListingFit, file: String, words: any FitStrings, width: Int = 100) -> String {
        let (a, b) = fit.posterior
        let posterior = Distribution.beta(alpha: a, beta: b)
        var paragraphs = [
            words.listingHeading(file: file, days: fit.days.count, impressions: fit.impressions, orders: fit.orders),
            words.posterior(alpha: a, beta: b, prior: fit.priorAlpha, mean: posterior.mean,
                            low: posterior.quantile(0.05), high: posterior.quantile(0.95)),
            words.dispersionTest(statistic: fit.statistic, pValue: fit.pValue, level: ListingFit.level),
        ]
        if let wider = fit.widerPrior {
            let law = Distribution.beta(alpha: wider.alpha, beta: wider.beta)
            paragraphs.append(words.overdispersed(alpha: wider.alpha, beta: wider.beta, mean: law.mean, low: law.quantile(0.05),
                                                  high: law.quantile(0.95), scaled: fit.widerPriorScaled))
        } else {
            paragraphs.append(words.notOverdispersed)
        }
        var lines = paragraphs.flatMap { DisplayWidth.wrap($0, width: width) + [""] }
        lines.append(words.listingPasteLine)
        lines.append("    " + FitTOML.listing(fit))
        if fit.widerPrior == nil, fit.impressions > Signals.largestImpressions || fit.orders > Signals.largestOrders {
            lines += DisplayWidth.wrap(words.beyondScenarioRange(largestImpressions: Signals.largestImpressions,
                                                                 largestOrders: Signals.largestOrders), width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    package static func json(_ fit: ListingFit) -> String {
        JSONWriter.write(.object([
            ("days", .integer(fit.days.count)),
            ("impressions", .count(fit.impressions)),
            ("orders", .count(fit.orders)),
            ("posterior", .object([("alpha", .count(fit.posterior.alpha)), ("beta", .count(fit.posterior.beta))])),
            ("overdispersed", .bool(fit.overdispersed)),
            ("p_value", .number(fit.pValue)),
            ("wider_prior", fit.widerPrior.map { .object([("alpha", .number($0.alpha)), ("beta", .number($0.beta))]) } ?? .null),
            ("toml", .string(FitTOML.listing(fit))),
        ])) + "\n"
    }
}
