import ArgumentParser
import MoldRisk

/// `moldrisk keys` (hidden): prints the scenario schema's key paths and distribution families as
/// JSON (`ScenarioSchema.catalogJSON`), so the fuzzer reads them from the binary it tests instead
/// of keeping a copy that drifts.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every scenario key path and distribution family as JSON (for test tools).",
        shouldDisplay: false)

    func run() throws {
        try StandardStream.output.write(ScenarioSchema.catalogJSON + "\n")
    }
}
