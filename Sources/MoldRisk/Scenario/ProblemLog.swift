/// Collects the problems found while reading one scenario file, in the order they are found.
/// One log per parse, used on one thread.
final class ProblemLog {
    private(set) var problems: [ScenarioError.Problem] = []
    /// The path of each problem in `problems`, as components (to tell which override caused it).
    private(set) var paths: [TOMLPath] = []

    var isEmpty: Bool { problems.isEmpty }

    /// Records that the value at `path` is wrong, and why.
    func add(_ path: TOMLPath, _ message: String) {
        paths.append(path)
        problems.append(ScenarioError.Problem(keyPath: path.description, message: message))
    }
}
