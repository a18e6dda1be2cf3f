import Foundation
import Testing
@testable import MoldRiskCore
import MoldRiskTestSupport

/// Hand-computed trials of DESIGN §1's model.
@Suite struct TrialModelTests {
    let product = Product(unitPrice: 9.9, unitCost: 2.6, salvageValue: 1.0, stock: 100_000)
    let window = SalesWindow(seasonDays: 30, peakShare: 0.4)

    func draws(research: Double = 40, tooling: Double = 25, reworkDays: Double = 0, reworkCost: Double = 0,
               demand: Double = 80_000) -> CycleDraws {
        CycleDraws(researchDays: research, toolingDays: tooling, reworkDays: reworkDays, reworkCost: reworkCost,
                   drift: 1, potentialDemand: demand)
    }

    @Test func onTimeLaunchSellsDemandAndSalvagesTheRest() {
        let t = TrialModel.timing(draws: draws(), productionDays: 5, commitDays: 100, window: window)
        #expect(t.ready == 70)
        #expect(t.late == 0)
        #expect(t.availability == 1)
        let o = TrialModel.outcome(product: product, stock: 100_000, demand: 80_000, moldCost: 300_000,
                                   reworkCost: 0, fixedCost: 10_000)
        // 9.9·80 000 + 1.0·20 000 − 2.6·100 000 − 300 000 − 10 000 = 242 000
        #expect(abs(o.profit - 242_000) < 1e-6)
        #expect(o.sold == 80_000)
        #expect(o.sellThrough == 0.8)
    }

    @Test func lateLaunchLosesThePeakAndPartOfTheSeason() {
        // ready 40 + 25 + 5 = 70, commit 60 → 10 days late: (1 − 0.4)·(1 − 10/30) = 0.4
        let t = TrialModel.timing(draws: draws(), productionDays: 5, commitDays: 60, window: window)
        #expect(t.late == 10)
        #expect(abs(t.availability - 0.4) < 1e-12)
        // later than the whole season: nothing reachable
        let t2 = TrialModel.timing(draws: draws(research: 80), productionDays: 5, commitDays: 60, window: window)
        #expect(t2.late == 50)
        #expect(t2.availability == 0)
    }

    @Test func reworkAddsDaysAndCost() {
        let t = TrialModel.timing(draws: draws(reworkDays: 12), productionDays: 5, commitDays: 80, window: window)
        #expect(t.ready == 82)
        #expect(t.late == 2)
        let o = TrialModel.outcome(product: product, stock: 100_000, demand: 120_000, moldCost: 300_000,
                                   reworkCost: 45_000, fixedCost: 0)
        // sold out: 9.9·100 000 − 2.6·100 000 − 300 000 − 45 000 = 385 000
        #expect(o.sold == 100_000)
        #expect(abs(o.profit - 385_000) < 1e-6)
    }

    @Test func negativeSalvageCostsMoneyPerUnsoldUnit() {
        let disposal = Product(unitPrice: 20, unitCost: 5, salvageValue: -2, stock: 1_000)
        let o = TrialModel.outcome(product: disposal, stock: 1_000, demand: 400, moldCost: 1_000,
                                   reworkCost: 0, fixedCost: 0)
        // 20·400 − 2·600 − 5·1000 − 1000 = 800
        #expect(abs(o.profit - 800) < 1e-9)
    }

    @Test func driftHasMeanOneAndGrowsWithAge() {
        #expect(TrialModel.drift(perThirtyDays: 0, ageDays: 100, z: 2) == 1)
        // Over z ~ N(0, 1) (fixed seed), the drift's sample mean is 1 within 5 standard errors
        // and its spread grows with the demand's age.
        let stream = RandomStream(seed: 12)
        let n = 200_000
        let z = (0..<n).map { _ in stream.standardNormal() }
        var spreads: [Double] = []
        for age in [15.0, 60, 240] {
            let d = z.map { TrialModel.drift(perThirtyDays: 0.15, ageDays: age, z: $0) }
            let mean = d.reduce(0, +) / Double(n)
            let sd = (d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot()
            let se = sd / Double(n).squareRoot()
            #expect(abs(mean - 1) <= 5 * se, "age \(age): mean \(mean), SE \(se)")
            spreads.append(sd)
        }
        #expect(spreads[0] < spreads[1] && spreads[1] < spreads[2], "spreads \(spreads)")
    }

    @Test func demandIsBaseTimesDriftTimesAvailability() {
        // Distribution form: the demand itself, 80 000 · 1.25 · 0.4 = 40 000.
        #expect(TrialModel.demand(base: 80_000, drift: 1.25, availability: 0.4) == 40_000)
        #expect(TrialModel.demand(base: 80_000, drift: 0.5, availability: 1) == 40_000)
        // A negative base draw counts as 0 units.
        #expect(TrialModel.demand(base: -500, drift: 1.25, availability: 0.4) == 0)
        // Signals form: the Poisson mean visitors · p · drift · availability, 200 000 · 0.05 · 1.5 · 0.5 = 7 500.
        #expect(TrialModel.demand(base: 200_000, conversion: 0.05, drift: 1.5, availability: 0.5) == 7_500)
        #expect(TrialModel.demand(base: -200_000, conversion: 0.05, drift: 1.5, availability: 0.5) == 0)
        // A mean that is not a number is returned as such, for the engine's fault check.
        #expect(TrialModel.demand(base: 200_000, conversion: .nan, drift: 1, availability: 1).isNaN)
    }

    @Test func productionTimeFollowsCapacity() {
        #expect(TrialModel.productionDays(stock: 100_000, capacityPerDay: 20_000) == 5)
        #expect(TrialModel.productionDays(stock: 100_000, capacityPerDay: nil) == 0)
    }
}
