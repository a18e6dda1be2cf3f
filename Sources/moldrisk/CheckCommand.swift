import ArgumentParser
import MoldRisk

/// `moldrisk check`: validate scenario files without simulating.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files and print what is wrong (exit status 1 if anything is) and any warnings (exit status 0).")

    @Argument(help: "One or more scenario files.")
    var scenarios: [String]

    @Option(name: .customLong("set"), help: ScenarioInput.setHelp)
    var overrides: [String] = []

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("Name at least one scenario file.") }
        try ScenarioInput.validateOverrides(overrides)
    }

    func run() throws {
        var problems: [String] = []
        for path in scenarios {
            do {
                let scenario = try ScenarioInput.load(path, overrides: overrides)
                let cycles = scenario.cycles.map(\.name).joined(separator: ", ")
                let changed = scenario.overrides.isEmpty ? ""
                    : "; with " + scenario.overrides.map { "\($0.keyPath) = \($0.value)" }.joined(separator: ", ")
                try StandardStream.output.write("ok  \(path): \(scenario.name) (cycles: \(cycles); \(scenario.trials) trials\(changed))\n")
                if let line = ScenarioInput.runTimeLine(scenario) { try StandardStream.output.write("    \(line)\n") }
                for warning in scenario.warnings { try StandardStream.output.write(warning.line(file: path) + "\n") }
            } catch let failure as CLIFailure {
                problems.append(failure.line)
            }
        }
        if !problems.isEmpty { throw CLIFailure(aboutFile: problems.joined(separator: "\n")) }
    }
}
