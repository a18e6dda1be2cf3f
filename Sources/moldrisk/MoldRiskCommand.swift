import ArgumentParser
import Foundation
import MoldRisk

/// The `moldrisk` command: tells a factory head whether to commit to an injection mold.
/// Exit status: 0 success, 1 invalid scenario or input or a failed write, 2 usage error,
/// 130/143 interrupted (`Interruption`).
@main
struct MoldRiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moldrisk",
        abstract: "Should you commit to an injection mold? A Monte Carlo answer with risk figures.",
        discussion: """
            moldrisk reads a scenario file (TOML) describing a product, its mold, the sales window and \
            the development cycles you are weighing, simulates them many times with GSL's random \
            distributions, and answers GO, GO AT A SMALLER STOCK or NO-GO with the figures behind it.

            Start with:  moldrisk new my-product      (writes a commented scenario to edit)
                         moldrisk check scenarios/my-product.toml
                         moldrisk run scenarios/my-product.toml

            Exit status: 0 success, 1 invalid scenario or input or a failed write, 2 usage error, \
            130/143 interrupted (SIGINT/SIGTERM; unfinished temporary files are removed).
            """,
        version: MoldRiskVersion.current,
        subcommands: [RunCommand.self, MergeCommand.self, CheckCommand.self, NewCommand.self, FitCommand.self, KeysCommand.self])

    /// Parses the command line and runs the command, mapping failures to DESIGN's exit codes.
    /// Every write to standard output or error is checked: a failed one is exit status 1, said on
    /// the other stream when that one still works.
    static func main() {
        StandardStream.reserveClosedDescriptors()
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            StandardStream.error.writeOrReport(QuotedString.visibleLines(failure.line) + "\n")
            Foundation.exit(1)
        } catch let failure as OutputSet.Failure {
            StandardStream.error.writeOrReport(QuotedString.visibleLines(MoldRiskCommand.prefixed(failure.message)) + "\n")
            Foundation.exit(1)
        } catch let failure as StandardStream.WriteFailure {
            failure.stream.other.writeOrReport(QuotedString.visibleLines(failure.message) + "\n")
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                let written = StandardStream.output.writeOrReport(fullMessage(for: error) + "\n")
                Foundation.exit(written ? 0 : 1)
            }
            if let exit = error as? ExitCode {
                Foundation.exit(exit.rawValue)
            }
            StandardStream.error.writeOrReport(QuotedString.visibleLines(fullMessage(for: error)) + "\n")
            Foundation.exit(2)
        }
    }
}

/// A failure the user can act on (invalid scenario, unreadable file, unwritable report):
/// printed as `line` on standard error, and the exit status is 1.
struct CLIFailure: Error {
    /// What went wrong, without the program's name.
    let message: String
    /// Whether `line` starts with `moldrisk: `; messages about a scenario file start with the
    /// file's name instead, one line per problem.
    let namesProgram: Bool

    /// A failure of the program (a file it cannot read or write, a run it cannot finish).
    init(_ message: String) {
        self.message = message
        namesProgram = true
    }

    /// A fault in a scenario file: `message` names the file, the key path and the fault.
    init(aboutFile message: String) {
        self.message = message
        namesProgram = false
    }

    /// The message as printed.
    var line: String { namesProgram ? MoldRiskCommand.prefixed(message) : message }
}

extension MoldRiskCommand {
    /// `moldrisk: ` before a message the program prints on its own behalf: added here only.
    static func prefixed(_ message: String) -> String { "moldrisk: " + message }
}
