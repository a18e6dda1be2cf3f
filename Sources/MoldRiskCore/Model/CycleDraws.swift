/// One cycle's random inputs for one trial, already drawn (DESIGN §1). The model reads these and
/// never draws anything itself. Durations and costs are clamped at zero when drawn.
package struct CycleDraws: Sendable, Equatable {
    /// Days of research before the mold is cut.
    package var researchDays: Double
    /// Days to cut and calibrate the mold.
    package var toolingDays: Double
    /// Extra days of rework (0 unless rework happened).
    package var reworkDays: Double
    /// Extra yuan of rework (0 unless rework happened).
    package var reworkCost: Double
    /// Whether rework happened in this trial.
    package var reworked: Bool = false
    /// The demand input drawn: season units (distribution form) or visitors (signals form), ≥ 0.
    package var demandInput: Double = 0
    /// The conversion rate drawn from the Beta posterior (signals form; 0 in the distribution form).
    package var conversion: Double = 0
    /// Multiplicative demand drift between reading the signal and selling (mean 1).
    package var drift: Double
    /// Demand at full availability, drift included: `max(0, base) · drift` in the distribution
    /// form, a `Poisson(visitors · p · drift)` count in the signals form.
    package var potentialDemand: Double
    /// An impossible sampler input met in this trial (nil in every valid run; see `TrialFault`).
    package var fault: SamplerFault?

    package init(researchDays: Double, toolingDays: Double, reworkDays: Double, reworkCost: Double,
                drift: Double, potentialDemand: Double) {
        self.researchDays = researchDays
        self.toolingDays = toolingDays
        self.reworkDays = reworkDays
        self.reworkCost = reworkCost
        self.drift = drift
        self.potentialDemand = potentialDemand
    }
}
