/// Everything wrong with one scenario file, all problems at once.
///
/// `description` has one line per problem, ready to print:
/// `<file>: <key.path>: <message>` for a bad value, `<file>: <message>` for a problem with the
/// file itself (missing, a folder, empty, binary), and `<file>:<line>:<column>: TOML syntax error: <what>`
/// for a syntax error. A problem caused by a `--set KEY=VALUE` override names it after the file:
/// `<file>: --set product.stock=-5: product.stock: must be > 0`.
public struct ScenarioError: Error, Equatable, CustomStringConvertible {
    /// A place in the file's text (1-based line and column), given for TOML syntax errors.
    package struct Position: Equatable, Sendable {
        package var line: Int
        package var column: Int

        package init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// One thing wrong with the file.
    package struct Problem: Equatable, Sendable {
        /// The dotted key path as in the file (`cycles.traditional.rework_days.mode`,
        /// `analysis.stock_levels[2]`); empty for a problem with the whole file.
        package var keyPath: String
        /// What is wrong, in one line.
        package var message: String
        /// Where a TOML syntax error is; `nil` for every other problem.
        package var position: Position?
        /// The `--set KEY=VALUE` argument, as typed, that caused the problem; `nil` for a
        /// problem in the file itself.
        package var overrideArgument: String?
        /// The what-if variant (`[[variant]]`, `--variant`) whose changes caused the problem; then
        /// `overrideArgument` is the variant's change (`mold.cost=abc`) as a `--set` would take it.
        package var variant: String?

        package init(keyPath: String, message: String, position: Position? = nil, overrideArgument: String? = nil,
                     variant: String? = nil) {
            self.keyPath = keyPath
            self.message = message
            self.position = position
            self.overrideArgument = overrideArgument
            self.variant = variant
        }

        /// The problem as one printable line about `file`.
        /// Invisible characters (controls, bidirectional overrides, zero-width spaces) in the file
        /// name, key path, argument or message are escaped, so the line shows what is there.
        func line(file: String) -> String {
            if let position { return QuotedString.escapingInvisibles("\(file):\(position.line):\(position.column): \(message)") }
            var source = overrideArgument.map { "\(file): --set \($0)" } ?? file
            if let variant {
                source = "\(file): variant \(TOMLQuoting.inMessage(variant))" + (overrideArgument.map { ": \($0)" } ?? "")
            }
            if keyPath.isEmpty { return QuotedString.escapingInvisibles("\(source): \(message)") }
            return QuotedString.escapingInvisibles("\(source): \(keyPath): \(message)")
        }
    }

    /// The file as the caller named it.
    package var file: String
    /// The problems in a stable order: file checks, then sections in schema order, cycles in file order.
    package var problems: [Problem]

    package init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// One problem with the whole file (missing, a folder, unreadable, empty, binary).
    static func file(_ file: String, _ message: String) -> ScenarioError {
        ScenarioError(file: file, problems: [Problem(keyPath: "", message: message)])
    }

    /// Every problem, one line each, ready to print.
    public var description: String {
        problems.map { $0.line(file: file) }.joined(separator: "\n")
    }
}
