import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

private typealias F = ScenarioFixtures

/// `Scenario.warnings`: a cycle that can never or always be on time, rework given but
/// impossible; and `Distribution.support`, which the timing warnings read.
@Suite struct ScenarioWarningTests {
    /// One cycle `a` with the given lines; mold days 20…30, 1,000 units at 200 a day (5 days).
    static func cycle(_ lines: String) -> String {
        F.minimal(mold: "[mold]\ncost = 100000\ndays = { dist = \"uniform\", min = 20, max = 30 }\ncapacity_per_day = 200",
                  cycles: "[cycles.a]\ndemand = { units = 800 }\n" + lines)
    }

    static func warnings(_ text: String) throws -> [ScenarioWarning] {
        try parseScenario(text).warnings
    }

    @Test func aCycleThatCanNeverBeOnTimeIsWarnedAbout() throws {
        // shortest ready = research 10 + mold 20 + production 5 = 35 > 34
        let w = try Self.warnings(Self.cycle("commit_days_before_window = 34\nresearch_days = { dist = \"uniform\", min = 10, max = 12 }"))
        #expect(w == [ScenarioWarning(keyPath: "cycles.a.commit_days_before_window", message:
            "cycle a can never be on time: its shortest possible ready time is 35 days "
                + "(research 10 days + mold 20 days + production 5 days) and the lead is 34 days; every trial is late")])
        #expect(w[0].line(file: "s.toml").hasPrefix("warning: s.toml: cycles.a.commit_days_before_window: cycle a can never"))
    }

    @Test func theBoundaryIsNotWarnedAbout() throws {
        // shortest 35 = lead: on time when every draw is at its minimum (late means ready > lead)
        #expect(try Self.warnings(Self.cycle("commit_days_before_window = 35\nresearch_days = { dist = \"uniform\", min = 10, max = 12 }")).isEmpty)
        // longest 47 > 46.9: can be late
        #expect(try Self.warnings(Self.cycle("commit_days_before_window = 46.9\nresearch_days = { dist = \"uniform\", min = 10, max = 12 }")).isEmpty)
    }

    @Test func aCycleThatIsAlwaysOnTimeIsWarnedAbout() throws {
        // longest = research 12 + mold 30 + production 5 = 47 ≤ 47
        let w = try Self.warnings(Self.cycle("commit_days_before_window = 47\nresearch_days = { dist = \"uniform\", min = 10, max = 12 }"))
        #expect(w.count == 1)
        #expect(w.first?.message == "cycle a is always on time: its longest possible ready time is 47 days "
            + "(research 12 days + mold 30 days + production 5 days) and the lead is 47 days; lateness plays no part in its risk")
    }

    @Test func reworkCountsInTheShortestOnlyWhenCertainAndInTheLongestWhenPossible() throws {
        let rework = "rework_days = { dist = \"triangular\", min = 4, mode = 5, max = 9 }\nrework_cost = 1000\n"
        // certain rework: shortest = 20 + 4 + 5 = 29 > 28
        let certain = try Self.warnings(Self.cycle(rework + "rework_probability = 1\ncommit_days_before_window = 28"))
        #expect(certain.first?.message.contains("shortest possible ready time is 29 days (research 0 days + mold 20 days + rework 4 days") == true,
                "\(certain)")
        // possible rework: shortest without it (25 ≤ 28: no warning); longest = 30 + 9 + 5 = 44
        #expect(try Self.warnings(Self.cycle(rework + "rework_probability = 0.99\ncommit_days_before_window = 28")).isEmpty)
        #expect(try Self.warnings(Self.cycle(rework + "rework_probability = 0.01\ncommit_days_before_window = 43.9")).isEmpty)
        let always = try Self.warnings(Self.cycle(rework + "rework_probability = 0.01\ncommit_days_before_window = 44"))
        #expect(always.first?.message.contains("longest possible ready time is 44 days") == true, "\(always)")
    }

    @Test func anUnboundedDistributionIsNeverAlwaysOnTime() throws {
        for spec in ["{ dist = \"normal\", mean = 10, sd = 2 }", "{ dist = \"lognormal\", median = 10, sigma = 0.2 }",
                     "{ dist = \"gamma\", shape = 2, scale = 3 }"] {
            #expect(try Self.warnings(Self.cycle("commit_days_before_window = 3000\nresearch_days = \(spec)")).isEmpty, "\(spec)")
        }
        // a normal with sd 0 is its mean
        let fixed = try Self.warnings(Self.cycle("commit_days_before_window = 3000\nresearch_days = { dist = \"normal\", mean = 10, sd = 0 }"))
        #expect(fixed.count == 1)
    }

    @Test func reworkGivenWithoutAProbabilityIsWarnedAbout() throws {
        let lines = "commit_days_before_window = 32\nrework_days = { dist = \"uniform\", min = 1, max = 3 }\nrework_cost = 5000"
        let w = try Self.warnings(Self.cycle(lines))
        #expect(w.map(\.keyPath) == ["cycles.a.rework_days", "cycles.a.rework_cost"])
        #expect(w.first?.message == "given, but rework_probability is 0, so it never applies (set rework_probability, or remove rework_days)")
        #expect(try Self.warnings(Self.cycle(lines + "\nrework_probability = 0.1")).isEmpty)
        #expect(try Self.warnings(Self.cycle("commit_days_before_window = 32")).isEmpty)
    }

    @Test func supportOfEveryFamily() {
        let cases: [(Distribution, Double, Double)] = [
            (.fixed(3), 3, 3),
            (.uniform(min: 1, max: 2), 1, 2),
            (.triangular(min: 1, mode: 2, max: 4), 1, 4),
            (.pert(min: 1, mode: 2, max: 5, lambda: 4), 1, 5),
            (.normal(mean: 1, sd: 2), -.infinity, .infinity),
            (.normal(mean: 1, sd: 0), 1, 1),
            (.lognormal(median: 5, sigma: 1), 0, .infinity),
            (.lognormal(median: 5, sigma: 0), 5, 5),
            (.gamma(shape: 2, scale: 3), 0, .infinity),
            (.beta(alpha: 2, beta: 3), 0, 1),
            (.empirical(values: [7, 2, 9], weights: []), 2, 9),
            (.empirical(values: [7, 2, 9], weights: [1, 0, 1]), 7, 9),   // a value of weight 0 is never drawn
        ]
        for (distribution, lower, upper) in cases {
            #expect(distribution.support == DistributionSupport(lower: lower, upper: upper), "\(distribution)")
        }
        #expect(DistributionSupport(lower: -.infinity, upper: -2).clampedAtZero == DistributionSupport(lower: 0, upper: 0))
    }
}
