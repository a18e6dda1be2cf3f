import Foundation
import Testing
@testable import MoldRisk
@testable import MoldRiskAnalysis
@testable import MoldRiskCore
@testable import MoldRiskPDF
@testable import MoldRiskReport
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// The demand funnel in one unit (issue 19 item 5, DESIGN §8.4): `event_impressions` is the
/// clearer name of `visitors`, the event's impressions of the listing; the two give the same
/// report byte for byte, giving both is an error naming both, and every list of key paths knows it.
@Suite struct EventImpressionsTests {
    static let visitorsLine = #"demand = { visitors = { dist = "lognormal", median = 1_500_000, sigma = 0.25 }, impressions = 20_000, orders = 1_100, prior_alpha = 1, prior_beta = 1, drift_per_30_days = 0.15 }"#

    /// The DESIGN example with the data-driven cycle's traffic under `name`.
    static func example(_ name: String, extra: String = "") -> String {
        let text = ScenarioFixtures.designExample
        precondition(text.contains(visitorsLine))
        return text.replacingOccurrences(of: visitorsLine, with: visitorsLine.replacingOccurrences(of: "{ visitors =", with: "{ \(name) ="))
            + extra
    }

    @Test func bothNamesGiveByteIdenticalReportsInEveryFormat() throws {
        let results = try ["visitors", "event_impressions"].map { name in
            try MoldRiskRun.run(try ScenarioLoader.parse(Self.example(name), file: "cup.toml"),
                            options: .init(trials: 20_000, threads: 2, sensitivity: true))
        }
        for format in ReportFormat.allCases {
            for language in [ReportLanguage.en, .zh] {
                #expect(ReportRenderer.render(results[0], as: format, chartsPath: "charts", language: language)
                    == ReportRenderer.render(results[1], as: format, chartsPath: "charts", language: language),
                        "\(format) \(language)")
            }
        }
        #expect(try PDFReport.render(results[0]) == PDFReport.render(results[1]))
        // Reports name the input as the event's impressions, in both languages.
        let text = ReportRenderer.render(results[0], as: .text, chartsPath: nil)
        #expect(text.contains("demand.event_impressions") && !text.contains("visitors"))
        let chinese = ReportRenderer.render(results[0], as: .text, chartsPath: nil, language: .zh)
        #expect(chinese.contains("次曝光") && !chinese.contains("访客"))
    }

    @Test func givingBothNamesIsAnErrorNamingBoth() {
        let both = Self.example("visitors").replacingOccurrences(
            of: "{ visitors = { dist = \"lognormal\", median = 1_500_000, sigma = 0.25 },",
            with: "{ visitors = { dist = \"lognormal\", median = 1_500_000, sigma = 0.25 }, event_impressions = 900_000,")
        expectProblem(both, at: "cycles.data_driven.demand.event_impressions",
                      "and cycles.data_driven.demand.visitors are the same input")
        expectProblem(Self.example("event_impressions").replacingOccurrences(
            of: "{ event_impressions =", with: "{ units = 5, event_impressions ="),
                      at: "cycles.data_driven.demand", "has both 'units' and 'event_impressions'")
        expectProblem(Self.example("event_impressions").replacingOccurrences(
            of: "median = 1_500_000, sigma = 0.25 }, impressions", with: "median = 1_500_000, sigma = -1 }, impressions"),
                      at: "cycles.data_driven.demand.event_impressions.sigma", "must be ≥ 0")
    }

    /// `--set` of either name changes the one the file wrote; correlations take either path.
    @Test func overridesAndCorrelationsTakeEitherName() throws {
        for (file, set) in [("visitors", "event_impressions"), ("event_impressions", "visitors")] {
            let scenario = try ScenarioLoader.parse(Self.example(file), file: "cup.toml",
                                                    overrides: ["cycles.data_driven.demand.\(set).median=900000"])
            guard case let .signals(signals) = scenario.cycles[1].demand.source else { Issue.record("signals"); continue }
            #expect(signals.visitors == .lognormal(median: 900_000, sigma: 0.25), "file \(file), --set \(set)")
        }
        for path in ["visitors", "event_impressions"] {
            let text = Self.example("visitors", extra: """

                [[correlation]]
                between = ["cycles.data_driven.demand.\(path)", "cycles.traditional.demand.units"]
                rank = -0.3
                """)
            let scenario = try parseScenario(text)
            #expect(scenario.correlations.first.map { [$0.first, $0.second] } == [.demand(cycle: 1), .demand(cycle: 0)])
        }
        let paths = ScenarioSchema.keyPaths(cycles: ["a"]).map(\.description)
        #expect(paths.contains("cycles.a.demand.event_impressions") && paths.contains("cycles.a.demand.visitors"))
    }

    /// The templates use the clear name and say how to get the number, in both languages.
    @Test func templatesNameTheEventsImpressionsAndSayHowToGetThem() throws {
        for (template, words) in [(ScenarioTemplate.text(name: "cup"), ["event_impressions =", "forecast of impressions",
                                                                        "Not page visits"]),
                                  (ScenarioTemplate.text(name: "cup", language: .zh), ["event_impressions =", "曝光量的预测",
                                                                                       "不是访问商品页的人数"])] {
            for w in words { #expect(template.contains(w), "\(w)") }
            #expect(try parseScenario(template).cycles.count == 2)
        }
    }
}
