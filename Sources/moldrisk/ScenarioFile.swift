import MoldRisk

/// Loading a scenario for a command: a `ScenarioError` becomes a `CLIFailure` (exit status 1)
/// whose message names the file, the key path and the fault, one line per problem.
enum ScenarioFile {
    static func load(_ path: String) throws -> Scenario {
        do {
            return try ScenarioLoader.load(path: path)
        } catch {
            throw CLIFailure(message: error.description)
        }
    }
}
