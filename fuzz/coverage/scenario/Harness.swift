import MoldRiskCore

/// libFuzzer harness of the scenario loader (`make fuzz-coverage`, fuzz/README.md): the input's
/// bytes as a scenario file — refused unless UTF-8 as `moldrisk` refuses them, then parsed and
/// validated (`ScenarioLoader.parse`) to a scenario or an error. A scenario accepted goes on to a
/// plan and one chunk of 64 trials on the engine, so a value validation lets through that traps
/// the model is found too. Any trap, sanitizer report, hang or runaway allocation is a fault.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = UnsafeBufferPointer(start: bytes, count: size)
    guard let text = String(validating: data, as: UTF8.self) else { return 0 }
    guard let scenario = try? ScenarioLoader.parse(text, file: "fuzz.toml") else { return 0 }
    let plan = SimulationPlan(scenario: scenario, trials: 64, seed: 1)
    _ = Simulation.run(plan, threads: 1)
    return 0
}
