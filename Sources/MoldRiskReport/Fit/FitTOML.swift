import MoldRiskAnalysis
import MoldRiskCore

/// The scenario-file lines `moldrisk fit` prints to paste (DESIGN §2's keys): a fitted law as
/// `NAME = { dist = "lognormal", median = …, sigma = … }`, and a test listing's signals as
/// `impressions = …, orders = …, prior_alpha = …, prior_beta = …`. Numbers are written in
/// their shortest round-trip form (whole numbers without a fraction), so the scenario loader
/// reads back exactly the fitted parameters.
package enum FitTOML {
    /// `key = { dist = "…", … }` for `law` under the key `name` (quoted when not a bare TOML key).
    package static func line(_ name: String, _ law: Distribution) -> String {
        "\(key(name)) = { dist = \"\(law.familyName)\", " + parameters(law).map { "\($0.0) = \($0.1)" }.joined(separator: ", ") + " }"
    }

    /// The law's parameters as a scenario file names and writes them (PERT's default λ = 4 left out;
    /// an empirical law's weights left out when all are 1).
    package static func parameters(_ law: Distribution) -> [(String, String)] {
        if case let .empirical(values, weights) = law {
            return [("values", "[" + values.map(number).joined(separator: ", ") + "]")]
                + (weights.allSatisfy { $0 == 1 } ? [] : [("weights", "[" + weights.map(number).joined(separator: ", ") + "]")])
        }
        return parameterValues(law).map { ($0.0, number($0.1)) }
    }

    /// The numeric parameters of a law other than `empirical` under their scenario-file names.
    package static func parameterValues(_ law: Distribution) -> [(String, Double)] { law.scenarioParameters }

    /// A test listing's signals for a cycle's `demand` table (with its `event_impressions`).
    package static func listing(_ fit: ListingFit) -> String {
        if let wider = fit.widerPrior {
            return "impressions = 0, orders = 0, prior_alpha = \(number(wider.alpha)), prior_beta = \(number(wider.beta))"
        }
        return "impressions = \(number(fit.impressions)), orders = \(number(fit.orders)), "
            + "prior_alpha = \(number(fit.priorAlpha)), prior_beta = \(number(fit.priorBeta))"
    }

    /// A number in TOML: an integer literal when whole (and exact), else the shortest round-trip float.
    static func number(_ x: Double) -> String { Fmt.machineCount(x) ?? "nan" }

    /// A bare key when it is one (`A-Za-z0-9_-`), else a quoted key.
    static func key(_ name: String) -> String {
        let bare = !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        return bare ? name : QuotedString.doubleQuoted(name)
    }
}
