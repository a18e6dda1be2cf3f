import Foundation
import Testing
import TOMLKit
@testable import MoldRiskCore
import MoldRiskTestSupport

/// Inputs on which toml++ asserts (exit 134) or overflows its stack (exit 139)
/// get a syntax error with line and column instead, and the pre-scan lets all valid TOML through.
@Suite struct TOMLGuardTests {
    /// Each of these killed the process before the guard (toml++'s `parse_key` / `parse_value`
    /// assertions, or its recursion).
    static let crashing: [(text: String, line: Int, column: Int, fault: String)] = [
        ("[}]\n", 1, 2, "expected a key (letters, digits, '_', '-' or a quoted key) in a table header, found '}'"),
        ("[.]\n", 1, 2, "expected a key"),
        ("a = 1\n\n[#x]\n", 3, 2, "found '#'"),
        ("[[}]]\n", 1, 3, "in an array-of-tables header, found '}'"),
        ("[a]\nb = [1, }]\n", 2, 9, "expected a value (a number, string, boolean, date, array or inline table), found '}'"),
        ("b = [[}]]\n", 1, 7, "expected a value"),
        ("a" + String(repeating: ".a", count: 150_000) + " = 1\n", 1, 66, "a dotted key of more than 32 parts"),
        ("[a" + String(repeating: ".a", count: 150_000) + "]\n", 1, 67, "a dotted key of more than 32 parts"),
        ("a = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n", 1, 37,
         "an array nested more than 32 levels deep"),
        ("a = " + String(repeating: "{b=", count: 50_000) + "1" + String(repeating: "}", count: 50_000) + "\n", 1, 101,
         "an inline table nested more than 32 levels deep"),
        // A date, a space and one digit: toml++'s date-time scan asserts (found by make fuzz-coverage).
        ("[product]\nunit_price = 2026-11-11 1\n", 2, 14, "2026-11-11 1 is not a TOML value"),
        ("t=[\"\",[],1979-0u-2\" 2]", 1, 10, "1979-0u-2\" 2 is not a TOML value"),
        ("a = { b = 1979-05-27 0 }\n", 1, 11, "is not a TOML value"),
        ("a = 1979_-05-27 2,\n", 1, 5, "is not a TOML value"),
        // Quotes in a comment open no string: the scan once took `# """` for a multi-line string
        // and never saw the `[#` after it (minimised from a make fuzz-coverage crash of 4,589 bytes).
        ("#\"\"\"\n[#", 2, 2, "found '#'"),
        ("# '''\n[#x]\n", 2, 2, "found '#'"),
        ("a = 1 # \"\"\" \n[}]\n", 2, 2, "found '}'"),
        ("[t] # '''\nb = [1, }]\n", 2, 9, "expected a value"),
    ]

    @Test(arguments: crashing.indices)
    func crashingInputIsASyntaxErrorWithLineAndColumn(_ i: Int) {
        let c = Self.crashing[i]
        let problems = scenarioProblems(c.text, file: "bad.toml")
        #expect(problems.count == 1)
        #expect(problems.first?.position == ScenarioError.Position(line: c.line, column: c.column))
        #expect(problems.first?.message.hasPrefix("TOML syntax error: ") == true)
        #expect(problems.first?.message.contains(c.fault) == true, "\(problems)")
    }

    /// A `--set` value goes through the same guard.
    @Test func crashingOverrideValueIsRefused() {
        for value in ["[}]", "[1, }]", "{ } = 1 }", "2026-11-11 1", String(repeating: "[", count: 40) + String(repeating: "]", count: 40)] {
            do {
                _ = try ScenarioLoader.parse(ScenarioFixtures.minimal(), file: "x.toml", overrides: ["product.stock=\(value)"])
                Issue.record("accepted \(value)")
            } catch {
                #expect(error.problems.first?.message.hasPrefix("not a TOML value") == true, "\(error)")
            }
        }
    }

    /// Valid TOML that a careless scan would refuse: brackets, dots, quotes and `#` inside keys,
    /// strings and comments; multi-line strings holding what looks like headers; arrays of tables;
    /// dates; CRLF; a BOM; nesting and dotted keys right at the limits.
    static let valid: [String] = [
        "\"a.b\" = 1\n'c[}]' = \"[}]\"\n\"#x\".y = 2\n",
        "[\"weird [}] key\".'x.y' . z]  # a [}] comment\nv = 1\n",
        "s = \"\"\"\n[}]\n[.]\nk = \\\"\"\"\n\"\"\"\nt = '''\n[#x]\n'''\n",
        "u = \"\"\"ends with two quotes\"\"\"\"\"\nv = '''x'''''\n",
        "[[items]]\nname = \"a\"\n[[items]]\nname = \"b\" # ]]\n[items.sub]\nx = [ # comment ]\n  1, # }\n  2,\n]\n",
        "d = 1979-05-27 07:32:00Z\ne = 1979-05-27T07:32:00-08:00\nf = 07:32:00\ng = 1979-05-27\n",
        "d = [1979-05-27 07:32:00, 1979-05-27, 1979-05-27 07:32:00.5]\ns = \"2026-11-11 1\" # 2026-11-11 1\n",
        "a = { b = { c = [ { d = 'x' }, { e = \"]\" } ] } }\nh = 0x1F\ni = -inf\nj = nan\nk = +1_000.5e3\nl = true\n",
        "\u{FEFF}a = 1\r\nb = [\r\n  1,\r\n]\r\n[t]\r\nc = 'x'\r\n",
        "a = " + String(repeating: "[", count: 32) + String(repeating: "]", count: 32) + "\n",
        "a" + String(repeating: ".a", count: 31) + " = 1\n",
        "[ a . \"b\" . 'c' ]\nx = \"\\u00e9\\\"\\\\\"\n",
        "# \"\"\" a comment with quotes\na = 1 # '''\n[t] # \"\n'b' = \"#\" # '\n",
        ScenarioFixtures.designExample,
        ScenarioTemplate.text(name: "杯 \"q\" [}] #"),
    ]

    @Test(arguments: valid.indices)
    func validTOMLPassesTheGuardAndParses(_ i: Int) throws {
        let text = Self.valid[i]
        #expect(throws: Never.self) { try TOMLGuard.check(text) }
        #expect(throws: Never.self) { _ = try TOMLTable(string: text) }
    }

    @Test func everyExampleScenarioPassesTheGuard() throws {
        let folder = packageRoot.appendingPathComponent("scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(throws: Never.self) { try TOMLGuard.check(text) }
        }
    }
}
