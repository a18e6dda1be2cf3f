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
