import Testing
@testable import MoldRiskCore
@testable import MoldRiskAnalysis
@testable import MoldRiskReport
@testable import MoldRiskIO
@testable import MoldRisk
import MoldRiskTestSupport
import MoldRiskReportTestSupport

/// An impossible sampler input (never reachable from a validated scenario, so these tests build
/// the scenarios in code) ends the run with an internal error naming the input, instead of a hang
/// (binomial thinning with a NaN probability looped forever) or a silently wrong figure.
/// The message of the fault a run throws, "" when it throws none (which the callers' expectations
/// then fail on, or, for a valid run, require).
func thrownFault(_ scenario: Scenario, _ options: MoldRiskRun.Options) -> String {
    do {
        _ = try MoldRiskRun.run(scenario, options: options)
        return ""
    } catch {
        return error.message
    }
}

@Suite(TestTimeLimit.minutes(20)) struct TrialFaultTests {
    /// Rinse cups with the data-driven cycle late in most trials.
    func lateRinseCups() -> Scenario {
        var s = ScenarioSamples.rinseCups(trials: 3_000)
        s.cycles[1].commitDaysBeforeWindow = 25
        return s
    }

    @Test func aNaNPoissonMeanFailsTheRunNamingTheDemand() {
        // Once a hang: drift 1e200 with no lead gives a drift factor exp(1e200·0·z − ∞·0) = NaN.
        var s = lateRinseCups()
        s.cycles[1].demand.driftPer30Days = 1e200
        s.cycles[1].commitDaysBeforeWindow = 0
        let fault = thrownFault(s, .init(threads: 2, sensitivity: true))
        #expect(fault.contains("cycles.data_driven.demand") && fault.contains("Poisson mean") && fault.contains("nan"), "\(fault)")
        #expect(fault.contains("trial 1"), "the first trial is the first fault: \(fault)")
    }

    @Test func aNaNThinningProbabilityFailsTheRunNamingIt() {
        var s = lateRinseCups()
        s.window.peakShare = .nan
        let fault = thrownFault(s, .init(threads: 2, sensitivity: true))
        #expect(fault.contains("cycles.data_driven") && fault.contains("thinning probability") && fault.contains("nan"), "\(fault)")
    }

    /// The fault reported is the earliest trial's, whatever the thread count (chunks merge in order).
    @Test func theFirstFaultIsTheSameForAnyThreadCount() {
        var s = lateRinseCups()
        s.trials = 40_000
        s.window.peakShare = .nan
        s.cycles[1].commitDaysBeforeWindow = 52  // late only now and then
        let one = thrownFault(s, .init(threads: 1))
        let three = thrownFault(s, .init(threads: 3))
        #expect(!one.isEmpty && one == three, "\(one) vs \(three)")
    }

    @Test func aNonFiniteHoldIsNamed() {
        var plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 1_000))
        #expect(plan.nonFinitePin() == nil)
        #expect(SensitivityInput.nonFiniteHold(in: plan) == nil)
        plan.cycles[1].pins.conversion = .nan
        #expect(plan.nonFinitePin()?.contains("cycles.data_driven.demand.conversion") == true)
    }

    @Test func aValidRunHasNoFault() {
        #expect(thrownFault(ScenarioSamples.rinseCups(trials: 2_000), .init(threads: 2, sensitivity: true)) == "")
    }
}

/// Parameters GSL cannot take never reach it (GSL's gamma and beta samplers loop forever on NaN
/// or infinite shapes); the run fails naming them.
@Suite(TestTimeLimit.minutes(20)) struct SamplerParameterGuardTests {
    @Test(arguments: [
        Distribution.pert(min: 0, mode: 1, max: 2, lambda: .infinity), .gamma(shape: .nan, scale: 1),
        .beta(alpha: .infinity, beta: 1), .normal(mean: 0, sd: .infinity), .lognormal(median: 0, sigma: 1),
        .fixed(.nan), .empirical(values: [1, 2], weights: [.nan, 1]),
    ])
    func anIllegalSpecDrawsNaNWithoutCallingGSL(_ spec: Distribution) {
        let sampler = Sampler(spec)
        #expect(!sampler.hasLegalParameters)
        var x = 0.0
        #expect(consumesNoRandomNumbers { x = sampler.draw($0) })
        #expect(x.isNaN)
    }

    @Test func aRunWithAnIllegalSpecFailsNamingItsKey() {
        var s = ScenarioSamples.rinseCups(trials: 2_000)
        s.cycles[0].researchDays = .pert(min: 30, mode: 45, max: 75, lambda: .infinity)
        let fault = thrownFault(s, .init(threads: 2, sensitivity: true))
        #expect(fault.contains("cycles.traditional.research_days") && fault.contains("pert"), "\(fault)")
    }

    @Test func anIllegalPosteriorIsNeverDrawnFromAndIsNamed() {
        var s = ScenarioSamples.rinseCups(trials: 2_000)
        if case var .signals(signals) = s.cycles[1].demand.source {
            signals.priorAlpha = .nan
            s.cycles[1].demand.source = .signals(signals)
        }
        let fault = thrownFault(s, .init(threads: 2, sensitivity: true))
        #expect(fault.contains("cycles.data_driven.demand: the conversion posterior"), "\(fault)")
    }

    @Test func validSpecsAreLegal() {
        let plan = SimulationPlan(scenario: ScenarioSamples.rinseCups(trials: 1_000))
        #expect(plan.samplerFault() == nil)
    }
}
