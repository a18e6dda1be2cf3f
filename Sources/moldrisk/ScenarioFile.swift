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

    /// The file's text and path, as a shard records them.
    static func source(_ path: String) throws -> ScenarioSource {
        do {
            return ScenarioSource(text: try ScenarioLoader.readText(path: path), file: path)
        } catch {
            throw CLIFailure(message: error.description)
        }
    }

    /// Parses and validates a source, as `load` does its file.
    static func load(_ source: ScenarioSource) throws -> Scenario {
        do {
            return try source.load()
        } catch {
            throw CLIFailure(message: error.description)
        }
    }
}
