/// Whether `[[correlation]]` entries can hold together: their matrix of `2·sin(π·ρ/6)` must be
/// positive semi-definite (`CholeskyFactor`), and when it is not, which entries conflict.
extension CorrelationSpec {
    /// A conflict: entry `entry` cannot join the consistent entries before it; `with` is a
    /// smallest set of those (no entry can be left out) that it conflicts with.
    package struct Conflict: Equatable {
        package var entry: Int
        package var with: [Int]
    }

    /// Minimal conflict sets are searched for this many conflicting entries at most; later ones
    /// are reported against all the consistent entries before them (keeps validation fast).
    static let minimisedConflicts = 5

    /// True when the entries' matrix (over the inputs they name) is positive semi-definite.
    package static func areConsistent(_ specs: [CorrelationSpec]) -> Bool {
        var inputs: [RandomInput] = []
        for s in specs {
            if !inputs.contains(s.first) { inputs.append(s.first) }
            if !inputs.contains(s.second) { inputs.append(s.second) }
        }
        let n = inputs.count
        var matrix = [Double](repeating: 0, count: n * n)
        for i in 0..<n { matrix[i * n + i] = 1 }
        for s in specs {
            guard let a = inputs.firstIndex(of: s.first), let b = inputs.firstIndex(of: s.second) else { return false }
            matrix[a * n + b] = s.normalCorrelation
            matrix[b * n + a] = s.normalCorrelation
        }
        return CholeskyFactor(matrix, size: n) != nil
    }

    /// The conflicts among `specs`, in file order: each entry is added to the consistent ones
    /// before it; one that breaks them is a conflict, and a deletion filter shrinks the earlier
    /// ones to a minimal set it conflicts with. Consistent entries give no conflict.
    package static func conflicts(_ specs: [CorrelationSpec]) -> [Conflict] {
        var accepted: [Int] = []
        var found: [Conflict] = []
        for i in specs.indices {
            if areConsistent((accepted + [i]).map { specs[$0] }) {
                accepted.append(i)
                continue
            }
            var core = accepted
            if found.count < minimisedConflicts {
                for j in accepted {
                    let without = core.filter { $0 != j }
                    if !areConsistent((without + [i]).map { specs[$0] }) { core = without }
                }
            }
            found.append(Conflict(entry: i, with: core))
        }
        return found
    }
}
