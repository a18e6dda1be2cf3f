import Foundation
import Testing
import MoldRiskTestSupport

/// Whole outputs compared as they are, as swift-argument-parser's own tests do
/// (`AssertExecuteCommand`): a wording or layout change shows as a diff here.
@Suite(TestTimeLimit.minutes(20)) struct CLIWholeOutputTests {
    @Test func runHelpIsExactlyTheDocumentedText() throws {
        let r = try CLI.run(["run", "--help"], in: try CLI.scratchFolder(), environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == Self.runHelp + "\n")
    }

    @Test func aMalformedShardIsOneUsageErrorWithItsReason() throws {
        let r = try CLI.run(["run", "cup.toml", "--shard", "3/3", "--partial", "p.partial"], in: try CLI.scratchFolder(),
                            environment: ["COLUMNS": "80"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == """
            Error: The value '3/3' is invalid for '--shard <shard>': the index I must be in 0…2 (shards are numbered from 0)
            Help:  --shard <shard>  Run only shard I of N (I from 0 to N-1), e.g. 2/8; needs --partial. Merge with `moldrisk merge`.
            Usage: moldrisk run [<options>] <scenario>
              See 'moldrisk run --help' for more information.

            """)
    }

    @Test func mergeValidatesTheSharedThreadsOptionAsRunDoes() throws {
        let dir = try CLI.scratchFolder()
        let usage = ["run": "moldrisk run [<options>] <scenario>",
                     "merge": "moldrisk merge <partials> ... [--format <format>] [--output <output>] [--charts <dir>] [--lang <lang>] [--threads <threads>] [--brief] [--sensitivity] [--no-sensitivity] [--verify <sample|all>]"]
        for (command, target) in [("run", "cup.toml"), ("merge", "p.partial")] {
            let r = try CLI.run([command, target, "--threads", "1025"], in: dir, environment: ["COLUMNS": "80"])
            #expect(r.status == 2)
            #expect(r.stderr == """
                Error: --threads must be a whole number from 1 to 1,024, got 1025
                Usage: \(usage[command] ?? "")
                  See 'moldrisk \(command) --help' for more information.

                """)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }

    static let runHelp = #"""
            OVERVIEW: Simulate a scenario, print the verdict and write the full report.

            Prints the verdict and headline figures, and writes the full report to
            reports/<scenario-file-stem>.<ext> (txt, json, csv, md or pdf) unless --output
            says otherwise; a what-if run (--set without --output) writes beside it, to
            reports/<stem>+set-<overrides>.<ext>, and a report in another language than the
            scenario's own (--lang) to reports/<stem>.<lang>.<ext>. With --output - the
            report alone goes to standard output and the headline to standard error, so
            `moldrisk run x.toml --format json --output - | jq` works. The same scenario
            and seed always give byte-identical reports, whatever --threads is.

            On many machines: --shard I/N --partial FILE runs only shard I's share of the
            chunks (I from 0 to N-1) and writes a partial result to FILE instead of a
            report; `moldrisk merge FILE…` then writes the same report as the unsharded run.

            USAGE: moldrisk run [<options>] <scenario>

            ARGUMENTS:
              <scenario>              The scenario file (TOML), e.g.
                                      scenarios/rinse-cups.toml.

            OPTIONS:
              --trials <trials>       Number of trials (1 to 1,000,000,000); overrides
                                      scenario.trials.
              --seed <seed>           Random seed (0 to 2^64 - 1); overrides scenario.seed.
              --format <format>       Report format (default: text). (values: text, json,
                                      csv, markdown, pdf, xlsx)
              --output <output>       Where to write the report; - for standard output.
                                      Default: reports/<stem>.<ext>.
              --charts <dir>          Also write SVG charts into this folder (created if
                                      missing); the Markdown report embeds them.
              --lang <lang>           The reports' language, English or Chinese; overrides
                                      scenario.lang (default: en). (values: en, zh)
              --threads <threads>     Worker threads, 1 to 1,024 (default: all cores).
                                      Results do not depend on it.
              --brief                 Write the summary and decision pages alone (text,
                                      Markdown, PDF: at most 4 pages; xlsx: the Summary,
                                      Value of information and Variants sheets).
              --sensitivity/--no-sensitivity
                                      Compute the tornado (each input held at its P10 and
                                      P90 on the first 50,000 trials). (default:
                                      --sensitivity)
              --precision <precision> Run chunk after chunk until every cycle's P(loss) is
                                      known to ± this (95 % half-width), e.g. 0.002.
                    --trials (or scenario.trials) is the cap; the report says how many
                    trials it took.
              --samples <samples>     Also write every trial's drawn inputs and outcomes
                                      per cycle to this CSV file (streamed).
              --set <key=value>       Override a scenario value for this run, validated
                                      like the file (repeatable).
                    KEY is a key path as in error messages, VALUE a TOML value: --set
                    product.stock=80000, --set 'mold.cost={ dist = "triangular", min =
                    200_000, mode = 300_000, max = 900_000 }', --set
                    'cycles."数据驱动".fixed_cost=30000'. A later --set of the same key wins.
              --variant <name: key=value; …>
                                      A what-if run beside the scenario on the same seed
                                      and reported side by side (repeatable).
                    NAME: KEY=VALUE; KEY=VALUE, each change as --set takes it: --variant
                    'quote 280k: mold.cost=280000; product.stock=40000'. Added after the
                    file's [[variant]] tables; each is validated like --set.
              --shard <shard>         Run only shard I of N (I from 0 to N-1), e.g. 2/8;
                                      needs --partial. Merge with `moldrisk merge`.
              --partial <partial>     With --shard: the file to write the shard's partial
                                      result to (instead of a report).
              --version               Show the version.
              -h, --help              Show help information.

            """#
}
