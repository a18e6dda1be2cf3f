/// Whether `[[correlation]]` entries can hold together: their matrix of `2·sin(π·ρ/6)` must be
/// positive semi-definite (`CholeskyFactor`), and when it is not, which entries conflict.
extension CorrelationSpec {
    /// A conflict: `with` and `entry` (the last of them in file order) cannot hold together, and
    /// leaving out any one of them resolves it (pairs not given count as 0).
    package struct Conflict: Equatable {
        package var entry: Int
        package var with: [Int]
    }

    /// At most this many conflicts are named (each search is a pass of Cholesky factorisations).
    static let namedConflicts = 5

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

    /// The conflicts among `specs`, ordered by their last entry; none when all hold together.
    /// While the remaining entries are inconsistent, a deletion filter (drop each entry in file
    /// order when the rest stays inconsistent without it) leaves a minimal inconsistent set; it is
    /// named, its last entry is set aside, and the search repeats (at most `namedConflicts` times).
    package static func conflicts(_ specs: [CorrelationSpec]) -> [Conflict] {
        var remaining = Array(specs.indices)
        var found: [Conflict] = []
        while found.count < namedConflicts, !areConsistent(remaining.map { specs[$0] }) {
            var core = remaining
            for j in remaining {
                let without = core.filter { $0 != j }
                if !areConsistent(without.map { specs[$0] }) { core = without }
            }
            guard let last = core.last else { break }
            found.append(Conflict(entry: last, with: Array(core.dropLast())))
            remaining.removeAll { $0 == last }
        }
        return found.sorted { $0.entry < $1.entry }
    }
}
