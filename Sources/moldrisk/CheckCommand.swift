import ArgumentParser
import MoldRisk

/// `moldrisk check`: validate scenario files without simulating.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files and print what is wrong (exit status 1 if anything is).")

    @Argument(help: "One or more scenario files.")
    var scenarios: [String]

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("Name at least one scenario file.") }
    }

    func run() throws {
        var problems: [String] = []
        for path in scenarios {
            do {
                let scenario = try ScenarioFile.load(path)
                let cycles = scenario.cycles.map(\.name).joined(separator: ", ")
                print("ok  \(path): \(scenario.name) (cycles: \(cycles); \(scenario.trials) trials)")
            } catch let failure as CLIFailure {
                problems.append(failure.message)
            }
        }
        if !problems.isEmpty { throw CLIFailure(message: problems.joined(separator: "\n")) }
    }
}
