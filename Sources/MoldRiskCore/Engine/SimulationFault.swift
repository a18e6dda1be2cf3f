/// Why a run cannot be reported, thrown by the pipeline (`MoldRiskRun.run`, a shard, a merge):
/// an input whose sampler parameters no sampler can take, an impossible sampler input met in a
/// trial (`TrialFault`), a tornado hold that is not finite, or such a fault in a what-if's or a
/// test listing's re-run; the message names the input by its key path. Validation keeps every
/// scenario out of reach of these, so meeting one is an internal error: the CLI exits 1 and
/// writes nothing.
public struct SimulationFault: Error, Sendable, Equatable, CustomStringConvertible {
    /// "cycles.NAME.demand: …", naming the key path of the input at fault.
    public let message: String

    package init(_ message: String) { self.message = message }

    public var description: String { message }

    /// The fault of a plan's run: its first input with parameters no sampler can take, else the
    /// first trial's impossible sampler input; nil for a valid run.
    package static func of(_ plan: SimulationPlan, _ totals: RunTotals) -> SimulationFault? {
        (plan.samplerFault() ?? totals.fault?.message(in: plan.scenario)).map(SimulationFault.init)
    }

    /// Throws `of(plan, totals)` when there is one.
    package static func check(_ plan: SimulationPlan, _ totals: RunTotals) throws(SimulationFault) {
        if let fault = of(plan, totals) { throw fault }
    }

    /// This fault as met in a named re-run: "what-if \"cheaper mold\": …".
    package func within(_ context: String) -> SimulationFault { SimulationFault("\(context): \(message)") }
}
