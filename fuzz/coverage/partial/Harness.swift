import Foundation
import MoldRisk

/// libFuzzer harness of the partial reader (`make fuzz-coverage`, fuzz/README.md): the input's
/// bytes as a partial result file, read (`PartialResult.decode`) to a partial or an error. A
/// partial accepted goes on as `merge` would take it alone (`ShardMerge.folded`): checked as a
/// whole run (a shard of several is refused, the others missing), its scenario rebuilt, folded and
/// a sampled chunk re-run and compared. Any trap,
/// sanitizer report, hang or runaway allocation is a fault.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPartial(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let partial = try? PartialResult.decode(data, name: "fuzz.partial") else { return 0 }
    _ = try? ShardMerge.folded([NamedPartial(name: "fuzz.partial", partial: partial)], verification: .sample, threads: 1)
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
@_cdecl("moldrisk_fuzz_partial_main")
public func harnessMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPartial)
}
