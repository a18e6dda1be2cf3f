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
    /// as `run` does before simulating (`trials`: `--trials`, when given); `check` prints them to
    /// standard output instead.
    static func printWarnings(_ scenario: Scenario, file: String, trials: Int? = nil) throws {
        for warning in scenario.warnings(trials: trials) { try StandardStream.error.write(warning.line(file: file) + "\n") }
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
    /// Refuses a run that would make more work than a scenario may ask for (exit status 1, naming
    /// the file, and the option when `--trials` was given): the scenario's own work was checked on
    /// loading, without the tornado, which `tornado` adds (`run` without `--no-sensitivity`).
    static func checkWork(_ scenario: Scenario, trials: Int?, tornado: Bool = false, path: String) throws {
        guard let problem = scenario.workProblem(trials: trials, tornado: tornado) else { return }
        let option = trials.map { "--trials \($0): " } ?? (tornado ? "with the tornado (--no-sensitivity leaves it out): " : "")
        throw CLIFailure(aboutFile: "\(path): \(option)\(problem)")
    }

    /// `estimated run time: about 25 minutes of CPU time (about 13 minutes on 2 cores)` for a run
    /// as `run` makes it (the tornado and the lead search included) when that is above a minute; nil otherwise.
    static func runTimeLine(_ scenario: Scenario) -> String? {
        let cost = RunCost(scenario, trials: scenario.trials)
        guard cost.total > 60 else { return nil }
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return "estimated run time: about \(RunCost.durationText(cost.total)) of CPU time (about "
            + "\(RunCost.durationText(cost.total / Double(cores))) on \(cores) core\(cores == 1 ? "" : "s"); "
            + "the lead search, counted in full, runs only for a verdict that is not GO)"
    }
}
