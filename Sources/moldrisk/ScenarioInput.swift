import ArgumentParser
import Foundation
import MoldRisk

/// Loading a scenario for a command: a `ScenarioError` becomes a `CLIFailure` (exit status 1)
/// whose message names the file, the key path and the fault, one line per problem.
enum ScenarioInput {
    /// Loads `path` with the `--set KEY=VALUE` `overrides` applied before validation.
    static func load(_ path: String, overrides: [String] = [], variants: [String] = []) throws -> Scenario {
        do {
            return try ScenarioLoader.load(path: path, overrides: overrides, variants: variants)
        } catch {
            throw CLIFailure(aboutFile: error.description)
        }
    }

    /// Writes the scenario's warnings (`warning: FILE: KEY: …`, one line each) to standard error,
    /// as `run` does before simulating; `check` prints them to standard output instead.
    static func printWarnings(_ scenario: Scenario, file: String) throws {
        for warning in scenario.warnings { try StandardStream.error.write(warning.line(file: file) + "\n") }
    }

    /// The file's text and path with the raw `--set` overrides, as a shard records them.
    static func source(_ path: String, overrides: [String] = []) throws -> ScenarioSource {
        do {
            return ScenarioSource(text: try ScenarioLoader.readText(path: path), file: path, overrides: overrides)
        } catch {
            throw CLIFailure(aboutFile: error.description)
        }
    }

    /// Parses and validates a source (overrides applied), as `load` does its file.
    static func load(_ source: ScenarioSource) throws -> Scenario {
        do {
            return try source.load()
        } catch {
            throw CLIFailure(aboutFile: error.description)
        }
    }

    /// The `--set` option's help, shared by `run` and `check`.
    static let setHelp = ArgumentHelp(
        "Override a scenario value for this run, validated like the file (repeatable).",
        discussion: """
            KEY is a key path as in error messages, VALUE a TOML value: --set product.stock=80000, \
            --set 'mold.cost={ dist = "triangular", min = 200_000, mode = 300_000, max = 900_000 }', \
            --set 'cycles."数据驱动".fixed_cost=30000'. A later --set of the same key wins.
            """,
        valueName: "key=value")

    /// A usage error (exit status 2) for the first `--set` argument that is not KEY=VALUE.
    static func validateOverrides(_ overrides: [String]) throws {
        for raw in overrides {
            if let problem = ScenarioOverride.usageProblem(in: raw) {
                throw ValidationError("--set \(raw): \(problem)")
            }
        }
    }
}

extension ScenarioInput {
    /// Refuses `--trials` that would make more work than a scenario may ask for (exit status 1,
    /// naming the file and the option); the scenario's own `scenario.trials` was checked on loading.
    static func checkWork(_ scenario: Scenario, trials: Int?, path: String) throws {
        guard let trials, let problem = scenario.workProblem(trials: trials) else { return }
        throw CLIFailure(aboutFile: "\(path): --trials \(trials): \(problem)")
    }
}
