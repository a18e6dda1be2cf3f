import Foundation
import MoldRiskAnalysis
import MoldRiskCore

/// The output of `moldrisk fit FILE --column NAME`: the ranked table with the TOML line to paste
/// (text), or the JSON document `{column, n, candidates: [{dist, params, loglik, aic, ks, ks_p,
/// ad}], best, toml}` (issue 23), `params` named as in a scenario file.
package enum FitReport {
    /// The text table, the best law, the line to paste and the notes.
    package static func text(_ fit: DistributionFit, file: String, words: any FitStrings, width: Int = 100) -> String {
        let mean = fit.values.reduce(0, +) / Double(fit.values.count)
        var lines = [words.heading(file: file, column: QuotedString.doubleQuoted(fit.column), count: fit.values.count,
                                   lowest: number(fit.values.first ?? 0), highest: number(fit.values.last ?? 0),
                                   mean: number(mean)), ""]
        let columns: [ReportTable.Column] = [
            .init(header: words.rankColumn, alignment: .right), .init(header: words.lawColumn, alignment: .left),
            .init(header: words.parametersColumn, alignment: .left, wraps: true),
            .init(header: words.logLikelihoodColumn, alignment: .right), .init(header: "AIC", alignment: .right),
            .init(header: "KS", alignment: .right), .init(header: "p(KS)", alignment: .right),
            .init(header: "AD", alignment: .right), .init(header: "p(AD)", alignment: .right),
        ]
        let na = words.notAvailable
        let rows: [ReportTable.Row] = fit.candidates.enumerated().map { index, candidate in
            let parameters: String
            if case let .empirical(values, _) = candidate.distribution {
                parameters = words.distinctValues(values.count)
            } else {
                parameters = FitTOML.parameterValues(candidate.distribution).map { "\($0.0) \(number($0.1))" }
                    .joined(separator: ", ")
            }
            return .cells([
                candidate.aic == nil ? na : "\(index + 1)", words.lawName(candidate.family), parameters,
                candidate.logLikelihood.map { Fmt.fixed($0, places: 1) } ?? na, candidate.aic.map { Fmt.fixed($0, places: 1) } ?? na,
                candidate.fit.map { Fmt.fixed($0.ks, places: 3) } ?? na, candidate.ksP.map(pValue) ?? na,
                candidate.fit.map { Fmt.fixed($0.ad, places: 2) } ?? na, candidate.adP.map(pValue) ?? na,
            ])
        }
        let layout = TextTable.layout(ReportTable(title: nil, columns: columns, rows: rows), width: width)
        lines += layout.heading + layout.rows.flatMap { $0 }
        lines.append("")
        for (family, reason) in fit.skipped { lines.append(words.skipped(family, reason: reason)) }
        lines.append(words.best(fit.best.family))
        lines.append(words.pasteLine)
        lines.append("    " + toml(fit))
        lines.append("")
        lines += DisplayWidth.wrap(words.methodsNote(bootstrap: fit.bootstrap), width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The line to paste: the best law under the column's name.
    package static func toml(_ fit: DistributionFit) -> String { FitTOML.line(fit.column, fit.best.distribution) }

    /// The JSON document.
    package static func json(_ fit: DistributionFit) -> String {
        let candidates: [JSONValue] = fit.candidates.map { candidate in
            .object([
                ("dist", .string(candidate.distribution.familyName)),
                ("params", params(candidate.distribution)),
                ("loglik", candidate.logLikelihood.map(JSONValue.number) ?? .null),
                ("aic", candidate.aic.map(JSONValue.number) ?? .null),
                ("ks", candidate.fit.map { JSONValue.number($0.ks) } ?? .null),
                ("ks_p", candidate.ksP.map(JSONValue.number) ?? .null),
                ("ad", candidate.fit.map { JSONValue.number($0.ad) } ?? .null),
            ])
        }
        return JSONWriter.write(.object([
            ("column", .string(fit.column)),
            ("n", .integer(fit.values.count)),
            ("candidates", .array(candidates)),
            ("best", .string(fit.best.distribution.familyName)),
            ("toml", .string(toml(fit))),
        ])) + "\n"
    }

    /// A law's parameters under their scenario-file names.
    static func params(_ law: Distribution) -> JSONValue {
        switch law {
        case let .empirical(values, weights):
            .object([("values", .array(values.map(JSONValue.number))), ("weights", .array(weights.map(JSONValue.number)))])
        default:
            .object(FitTOML.parameterValues(law).map { ($0.0, JSONValue.number($0.1)) })
        }
    }

    /// A value for people: 6 significant digits, grouped.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return Fmt.notAvailable }
        let magnitude = x == 0 ? 0 : Int((abs(x)).log10Floor)
        var text = Fmt.fixed(x, places: max(0, min(8, 5 - magnitude)))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func pValue(_ p: Double) -> String { p < 0.001 ? "<0.001" : Fmt.fixed(p, places: 3) }
}

extension Double {
    /// ⌊log₁₀ x⌋ for a finite x > 0.
    var log10Floor: Double { (Foundation.log10(self)).rounded(.down) }
}
