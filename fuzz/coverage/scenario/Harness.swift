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

/// libFuzzer's driver, linked by `-sanitize=fuzzer`.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// The harness's entry point. SwiftPM names an executable target's entry `<module>_main` and points
/// `main` at it when it links, so libFuzzer's own `main` is never used: this one runs libFuzzer's
/// driver.
@_cdecl("moldrisk_fuzz_scenario_main")
public func harnessMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzScenario)
}
