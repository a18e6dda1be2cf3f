/// Collects the problems found while reading one scenario file, in the order they are found,
/// and the one fact about how a value was written that the report shows but `Distribution`
/// does not keep (a lognormal given by `p10`/`p90`). One log per parse, used on one thread.
final class ProblemLog {
    private(set) var problems: [ScenarioError.Problem] = []
    /// Paths of the unknown keys for which no known key of their table was close enough to suggest.
    private(set) var unsuggestedUnknownKeys: Set<TOMLPath> = []
    /// Lognormal specs written as `p10`/`p90`, by key path (`Scenario.lognormalQuantiles`).
    private(set) var lognormalQuantiles: [TOMLPath: LognormalQuantiles] = [:]
    /// The path of each problem in `problems`, as components (to tell which override caused it).
    private(set) var paths: [TOMLPath] = []

    var isEmpty: Bool { problems.isEmpty }

    /// Records that the value at `path` is wrong, and why.
    func add(_ path: TOMLPath, _ message: String) {
        paths.append(path)
        problems.append(ScenarioError.Problem(keyPath: path.description, message: message))
    }

    /// Records an unknown key at `path` whose message could suggest no known key of its table.
    func addUnknownKey(_ path: TOMLPath, _ message: String, suggested: Bool) {
        add(path, message)
        if !suggested { unsuggestedUnknownKeys.insert(path) }
    }

    /// Records that the lognormal at `path` was written by its percentiles.
    func noteLognormalQuantiles(_ quantiles: LognormalQuantiles, at path: TOMLPath) {
        lognormalQuantiles[path] = quantiles
    }
}
