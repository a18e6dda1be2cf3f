import Foundation
import PropertyBased
import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

extension Properties {
    /// Over valid scenarios at the edges of the accepted ranges (`ScenarioGen.wide`:
    /// Beta posteriors up to 1e6 impressions, shapes 1e−3 … 1e7, PERT λ to 1,000, drift to 5), with
    /// the tornado on, the run ends, every report is free of non-finite figures, and each input
    /// moves expected profit in the only direction it can.
    @Suite(TestTimeLimit.minutes(20)) struct SensitivityPropertyTests {
        @Test func tornadoIsFiniteAndPointsTheOnlyWayAnInputCanMoveProfit() async {
            await propertyCheck(count: 30, input: ScenarioGen.wide) { generated in
                let result = try MoldRiskRun.run(generated.scenario, options: .init(threads: 2, sensitivity: true))
                ReportScan.expectFinite(result)
                TornadoDirection.expectMonotone(result)
            }
        }

        /// The issue's scenario: a signals-form cycle of 35,216 impressions and 1,413 orders (posterior
        /// Beta(1414, 33804), whose P90 GSL 2.7 cannot invert) that can be late, 2,000 trials, default
        /// sensitivity. Before the fix the run never ended (NaN reached the binomial thinning).
        @Test func theIssuesPosteriorRunEndsWithFiniteFiguresAndARisingConversionBar() throws {
            var scenario = ScenarioSamples.rinseCups(trials: 2_000)
            scenario.cycles[1].commitDaysBeforeWindow = 40  // research + tooling + production is 29–49 days: late often
            if case var .signals(signals) = scenario.cycles[1].demand.source {
                signals.impressions = 35_216
                signals.orders = 1_413
                scenario.cycles[1].demand.source = .signals(signals)
            }
            let result = try MoldRiskRun.run(scenario, options: .init(threads: 2, sensitivity: true))
            #expect(result.cycles[1].leadTime.probabilityLate > 0)
            ReportScan.expectFinite(result)
            let conversion = try result.cycles[1].tornadoBars().first { $0.input == "cycles.data_driven.demand.conversion" }
            #expect(conversion != nil)
            if let conversion {
                #expect(conversion.expectedProfitAtP10.isFinite && conversion.expectedProfitAtP90.isFinite)
                #expect(conversion.expectedProfitAtP90 >= conversion.expectedProfitAtP10,
                        "P10 \(conversion.expectedProfitAtP10), P90 \(conversion.expectedProfitAtP90)")
            }
            TornadoDirection.expectMonotone(result)
        }
    }
}

/// Scans every report format of a result for figures that are not finite: `n/a`, `nan` or `inf`
/// in the text and Markdown reports, empty fields in the CSV, and `null` in the JSON outside the
/// keys that are null by design (and the JSON must parse).
enum ReportScan {
    /// JSON keys whose value may be null by design (DESIGN §4, `verdict.to_go` among them).
    static let nullableKeys = JSONReport.nullableKeys

    static func expectFinite(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let nonFinite = try? NSRegularExpression(pattern: #"n/a|\b(nan|NaN|inf|Inf|infinity|Infinity)\b"#) else {
            Issue.record("bad pattern", sourceLocation: sourceLocation)
            return
        }
        for format in [ReportFormat.text, .markdown] {
            let text = ReportRenderer.render(result, as: format)
            let range = NSRange(text.startIndex..., in: text)
            if let match = nonFinite.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                let line = text[text.lineRange(for: found)].trimmingCharacters(in: .whitespacesAndNewlines)
                Issue.record("\(format) report: non-finite figure in \"\(line)\"", sourceLocation: sourceLocation)
            }
        }
        let csv = ReportRenderer.render(result, as: .csv)
        for line in csv.split(separator: "\r\n") where !Self.csvFieldsAreFinite(line) {
            Issue.record("CSV report: empty field (a non-finite figure) in \"\(line)\"", sourceLocation: sourceLocation)
            break
        }
        let json = ReportRenderer.render(result, as: .json)
        guard let tree = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else {
            Issue.record("JSON report does not parse", sourceLocation: sourceLocation)
            return
        }
        var nulls: [String] = []
        walk(tree, path: "", key: "", nulls: &nulls)
        #expect(nulls.isEmpty, "JSON report: null (a non-finite figure) at \(nulls.prefix(5))", sourceLocation: sourceLocation)
    }

    /// A CSV row (names without commas or quotes, as the generated scenarios have) has every
    /// field, except the documented blanks: the tornado's centre has no x, and a `to_go_` row has
    /// no y when there is none (README, CSV report).
    static func csvFieldsAreFinite(_ line: Substring) -> Bool {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 6 else { return false }
        let (curve, x, xUnit, y) = (fields[1], fields[2], fields[3], fields[4])
        if curve == "sensitivity_baseline" || curve == "evpi" || curve == "evpi_se" {
            return x.isEmpty && xUnit.isEmpty && !y.isEmpty
        }
        return !x.isEmpty && (!y.isEmpty || curve.hasPrefix("to_go_"))
    }

    /// Collects the paths of nulls outside `nullableKeys`; numbers in parsed JSON are finite by construction.
    static func walk(_ node: Any, path: String, key: String, nulls: inout [String]) {
        switch node {
        case let object as [String: Any]:
            for (k, v) in object { walk(v, path: path + "." + k, key: k, nulls: &nulls) }
        case let array as [Any]:
            for (i, v) in array.enumerated() { walk(v, path: path + "[\(i)]", key: key, nulls: &nulls) }
        case is NSNull:
            if !nullableKeys.contains(key) { nulls.append(path) }
        case let number as NSNumber:
            if !number.doubleValue.isFinite { nulls.append(path) }
        default:
            break
        }
    }
}

/// The direction an input can move profit: more demand (units, visitors, conversion, a higher
/// drift draw) only raises it; a dearer mold or rework and every delay only lower it.
enum TornadoDirection {
    /// +1 for an input that can only raise profit, −1 for one that can only lower it, nil for
    /// the rest (the rework event, whose bar holds it never / always rather than at a quantile).
    static func sign(of input: String) -> Int? {
        let raising = ["demand.units", "demand.visitors", "demand.conversion", "demand.drift_per_30_days"]
        let lowering = ["mold.cost", "mold.days", "mold_days", "research_days", "rework_days", "rework_cost"]
        if raising.contains(where: input.hasSuffix) { return 1 }
        if lowering.contains(where: input.hasSuffix) { return -1 }
        return nil
    }

    /// Every bar points the input's way, up to 5 standard errors of a paired difference of two
    /// means over the tornado's trials (Poisson counts and binomial thinning are not monotone in
    /// their parameter draw by draw, only in law), bounded by `√2·sd/√n` of profit.
    static func expectMonotone(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let n = Double(min(result.trials, Sensitivity.maxTrials))
        for cycle in result.cycles {
            let tolerance = 5 * 2.0.squareRoot() * cycle.profit.sd / n.squareRoot() + 1e-9 * abs(cycle.profit.mean)
            #expect(cycle.sensitivity != nil, "\(cycle.name): no tornado computed", sourceLocation: sourceLocation)
            for bar in cycle.sensitivity?.bars ?? [] {
                guard let sign = sign(of: bar.input.description) else { continue }
                let rise = bar.expectedProfitAtP90 - bar.expectedProfitAtP10
                #expect(Double(sign) * rise >= -tolerance,
                        "\(cycle.name): \(bar.input) at P10 \(bar.expectedProfitAtP10), at P90 \(bar.expectedProfitAtP90) (tolerance \(tolerance))",
                        sourceLocation: sourceLocation)
            }
        }
    }
}
