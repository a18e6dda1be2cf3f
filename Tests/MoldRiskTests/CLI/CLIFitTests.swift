import Foundation
import Testing
import MoldRiskTestSupport
@testable import MoldRisk

/// `moldrisk fit` (issue 23) run as a user runs it: the JSON document's keys, the TOML line that
/// the scenario loader reads back as the fitted law, the listing's line, the charts, bad data.
@Suite struct CLIFitTests {
    /// 60 lognormal draws (median 80,000, σ 0.6) from a fixed seed, rounded to whole units.
    static let values: [Double] = {
        let sampler = Sampler(.lognormal(median: 80_000, sigma: 0.6)), stream = RandomStream(seed: 23)
        return (0..<60).map { _ in sampler.draw(stream).rounded() }
    }()

    static var salesCSV: String {
        "\u{FEFF}date,units\r\n" + values.enumerated().map { "2025-10-\($0.offset % 28 + 1),\(Int($0.element))" }
            .joined(separator: "\r\n") + "\r\n"
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonHasTheIssuesKeysAndItsTOMLReproducesTheFit() throws {
        let folder = try CLI.scratchFolder()
        try CLI.write(Self.salesCSV, "sales.csv", in: folder)
        let run = try CLI.run(["fit", "sales.csv", "--column", "units", "--format", "json", "--replicates", "20"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try Self.json(run.stdout)
        #expect(Set(document.keys) == ["column", "n", "candidates", "best", "toml"])
        #expect(document["n"] as? Int == 60 && document["column"] as? String == "units")
        let candidates = try #require(document["candidates"] as? [[String: Any]])
        for candidate in candidates {
            #expect(Set(candidate.keys) == ["dist", "params", "loglik", "aic", "ks", "ks_p", "ad"])
        }
        let lognormal = try #require(candidates.first { $0["dist"] as? String == "lognormal" })
        #expect(Set((lognormal["params"] as? [String: Any] ?? [:]).keys) == ["median", "sigma"])
        let best = try #require(document["best"] as? String)
        let toml = try #require(document["toml"] as? String)
        #expect(toml.hasPrefix("units = { dist = \"\(best)\", "))

        // The line, pasted as the traditional cycle's demand units, is read back as the fitted law itself.
        let expected = DistributionFit(column: "units", values: Self.values, bootstrap: FitBootstrap(replicates: 0)).best
        #expect(expected.distribution.familyName == best)
        let old = "units = { dist = \"lognormal\", median = 80_000, sigma = 0.6 }"
        #expect(CLI.smallScenario.contains(old))
        let scenario = try ScenarioLoader.parse(CLI.smallScenario.replacingOccurrences(of: old, with: toml), file: "pasted.toml")
        let cycle = try #require(scenario.cycles.first { $0.name == "traditional" })
        #expect(cycle.demand.source == .units(expected.distribution))
    }

    @Test func textShowsTheRankingAndTheLineToPaste() throws {
        let folder = try CLI.scratchFolder()
        try CLI.write(Self.salesCSV, "sales.csv", in: folder)
        let run = try CLI.run(["fit", "sales.csv", "--column", "units", "--replicates", "20"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        for law in ["normal", "lognormal", "gamma", "triangular", "PERT", "empirical"] { #expect(run.stdout.contains(law)) }
        #expect(run.stdout.contains("Best by AIC: "))
        #expect(run.stdout.contains("    units = { dist = "))
        #expect(run.stdout.contains("parametric bootstrap") && run.stdout.contains("20 samples") && run.stdout.contains("seed 20231123"))
    }

    @Test func chartsInBothLanguages() throws {
        let folder = try CLI.scratchFolder()
        try CLI.write(Self.salesCSV, "sales.csv", in: folder)
        for (language, title) in [("en", "Quantile–quantile plot"), ("zh", "分位数图")] {
            let run = try CLI.run(["fit", "sales.csv", "--column", "units", "--replicates", "0", "--charts", "charts-\(language)",
                                   "--lang", language], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            let qq = try String(contentsOf: folder.appendingPathComponent("charts-\(language)/fit-qq.svg"), encoding: .utf8)
            let histogram = try String(contentsOf: folder.appendingPathComponent("charts-\(language)/fit-histogram.svg"), encoding: .utf8)
            #expect(qq.hasPrefix("<svg") || qq.hasPrefix("<?xml"))
            #expect(qq.contains(title))
            #expect(histogram.contains("class=\"series law\""))
        }
    }

    /// Ten days of 2,000 impressions whose conversion rates differ far beyond chance (3 % to 8 %).
    static let overdispersedListing = "日期,曝光,订单\n" + [60, 160, 80, 140, 100, 120, 70, 150, 90, 130].enumerated()
        .map { "11-\($0.offset + 1),2000,\($0.element)" }.joined(separator: "\n") + "\n"

    @Test func listingJSONAndItsLineInAScenario() throws {
        let folder = try CLI.scratchFolder()
        try CLI.write(Self.overdispersedListing, "listing.csv", in: folder)
        let run = try CLI.run(["fit", "listing.csv", "--listing", "--format", "json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try Self.json(run.stdout)
        #expect(Set(document.keys) == ["days", "impressions", "orders", "posterior", "overdispersed", "p_value", "wider_prior", "toml"])
        #expect(document["days"] as? Int == 10 && document["impressions"] as? Int == 20_000 && document["orders"] as? Int == 1_100)
        let posterior = try #require(document["posterior"] as? [String: Any])
        #expect(posterior["alpha"] as? Int == 1_101 && posterior["beta"] as? Int == 18_901)
        #expect(document["overdispersed"] as? Bool == true)
        let wider = try #require(document["wider_prior"] as? [String: Double])
        let toml = try #require(document["toml"] as? String)
        let old = "impressions = 20_000, orders = 1_100, prior_alpha = 1, prior_beta = 1"
        #expect(CLI.smallScenario.contains(old))
        let scenario = try ScenarioLoader.parse(CLI.smallScenario.replacingOccurrences(of: old, with: toml), file: "pasted.toml")
        let cycle = try #require(scenario.cycles.first { $0.name == "data_driven" })
        guard case let .signals(signals) = cycle.demand.source else { Issue.record("not the signals form"); return }
        #expect(signals.impressions == 0 && signals.orders == 0)
        // Exactly the in-process fit's wider prior (the JSON's numbers, read by Foundation, agree to rounding).
        let days = [60.0, 160, 80, 140, 100, 120, 70, 150, 90, 130].map { BetaBinomialFit.Day(impressions: 2_000, orders: $0) }
        let inProcess = try #require(ListingFit(days: days).widerPrior)
        #expect(signals.priorAlpha == inProcess.alpha && signals.priorBeta == inProcess.beta)
        #expect(abs(inProcess.alpha - (wider["alpha"] ?? 0)) <= 1e-12 * inProcess.alpha)

        let text = try CLI.run(["fit", "listing.csv", "--listing"], in: folder)
        #expect(text.stdout.contains("The days disagree more than chance allows"))
        #expect(text.stdout.contains("50:50 mixture of χ²₀ and χ²₁"))
    }

    @Test func badDataIsExitStatusOneNamingFileLineAndColumn() throws {
        let folder = try CLI.scratchFolder()
        try CLI.write("date;units\n1;5\n2;五\n", "bad.csv", in: folder)
        let bad = try CLI.run(["fit", "bad.csv", "--column", "units"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == "bad.csv:3: column \"units\" (2): \"五\" is not a number\n")
        let missing = try CLI.run(["fit", "bad.csv", "--column", "sold"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "bad.csv:1: no column \"sold\"; the header's columns are: \"date\", \"units\"\n")
        let none = try CLI.run(["fit", "nothing.csv", "--column", "units"], in: folder)
        #expect(none.status == 1 && none.stderr == "nothing.csv: no such file\n")
        let both = try CLI.run(["fit", "bad.csv", "--column", "units", "--listing"], in: folder)
        #expect(both.status == 2 && both.stderr.contains("Give exactly one of --column NAME or --listing."))
        // Bounded work: 100,000 replicates of 200 values would refit 20 million values (hours).
        try CLI.write("units\n" + (1...200).map { "\($0 * 7 % 113 + 1)" }.joined(separator: "\n") + "\n", "many.csv", in: folder)
        let long = try CLI.run(["fit", "many.csv", "--column", "units", "--replicates", "100000"], in: folder)
        #expect(long.status == 1)
        #expect(long.stderr == "moldrisk: --replicates 100000 on 200 values would refit 20,000,000 values: at most "
                + "10,000,000 (about 2 minutes); give --replicates at most 50000.\n")
    }
}
