/// moldrisk's version. A shard's partial result records it and `merge` refuses partials written
/// by another version: the engine's draws and accumulators may differ between versions.
package enum MoldRiskVersion {
    package static let current = "0.1.0"
}
