@testable import MoldRiskCore
import MoldRiskTestSupport
import Testing

/// `SimulationPlan.pinning(_:)`, the one way code outside Engine holds an input: each pin holds
/// its own input of its own cycle and nothing else, leaves the plan it was called on unchanged,
/// and pins compose.
@Suite struct SimulationPlanPinningTests {
    let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 10_000))

    /// Every input a plan can hold, as (cycle or nil for the mold, held value or nil).
    static func held(_ plan: SimulationPlan) -> [String: Double] {
        var held: [String: Double] = [:]
        if let v = plan.moldCost.pinnedValue { held["moldCost"] = v }
        for (k, c) in plan.cycles.enumerated() {
            let fields: [(String, Double?)] = [
                ("research", c.research.pinnedValue), ("tooling", c.tooling.pinnedValue),
                ("reworkDays", c.reworkDays.pinnedValue), ("reworkCost", c.reworkCost.pinnedValue),
                ("demandOrVisitors", c.demandOrVisitors.pinnedValue),
                ("rework", c.pins.rework.map { $0 ? 1 : 0 }), ("conversion", c.pins.conversion),
                ("driftZ", c.pins.driftZ),
            ]
            for case let (name, value?) in fields { held["\(name)[\(k)]"] = value }
        }
        return held
    }

    @Test func eachPinHoldsItsOwnInputOfItsOwnCycleAndNothingElse() {
        #expect(plan.cycles.count == 2)
        #expect(Self.held(plan).isEmpty)
        let k = 1
        let cases: [(SimulationPlan.Pin, String, Double)] = [
            (.moldCost(123_456), "moldCost", 123_456),
            (.research(cycle: k, 4), "research[1]", 4),
            (.tooling(cycle: k, 33), "tooling[1]", 33),
            (.rework(cycle: k, happens: true), "rework[1]", 1),
            (.rework(cycle: k, happens: false), "rework[1]", 0),
            (.reworkDays(cycle: k, 9), "reworkDays[1]", 9),
            (.reworkCost(cycle: k, 8_000), "reworkCost[1]", 8_000),
            (.demandOrVisitors(cycle: k, 70_000), "demandOrVisitors[1]", 70_000),
            (.conversion(cycle: k, 0.03), "conversion[1]", 0.03),
            (.driftZ(cycle: k, -1.5), "driftZ[1]", -1.5),
        ]
        for (pin, name, value) in cases {
            #expect(Self.held(plan.pinning(pin)) == [name: value], "\(pin)")
        }
        #expect(Self.held(plan).isEmpty)   // a value: the plan pinned from is unchanged
    }

    @Test func pinsCompose() {
        let pinned = plan.pinning(.research(cycle: 0, 5)).pinning(.driftZ(cycle: 1, 2)).pinning(.moldCost(1))
        #expect(Self.held(pinned) == ["research[0]": 5, "driftZ[1]": 2, "moldCost": 1])
        #expect(Self.held(pinned.pinning(.research(cycle: 0, 6)))["research[0]"] == 6)
    }
}
