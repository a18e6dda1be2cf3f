"""Unit tests of the fuzzer's oracle and of its determinism (no moldrisk binary needed).

    python3 -m unittest discover -s fuzz -p 'test_*.py'
"""

import os
import sys
import tempfile
import tomllib
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness  # noqa: E402
import mutators  # noqa: E402
import oracle  # noqa: E402
import schema  # noqa: E402
import tomltext  # noqa: E402

# A catalog as `moldrisk keys` prints it, cut down (test_schema.py reads the real one).
SMALL_CATALOG = schema.Catalog(
    ["scenario.name", "product.stock", "product.unit_price", "cycles.*.demand.units", "life.seasons",
     "correlation[].between", "correlation[].rank"],
    ["scenario", "product", "cycles", "life", "correlation"],
    {"fixed": ["value"], "uniform": ["min", "max"], "pert": ["min", "mode", "max", "lambda"]})

GOOD_JSON = """{"scenario": "x", "trials": 2000, "convergence": null,
 "cycles": {"a": {"profit": {"mean": 1.5, "p5": -3}, "max_stock_within_tolerance": null,
                  "stock_curve": [{"stock": 10, "expected_profit": 2.0}]}},
 "verdict": {"cycle": null, "decision": "NO-GO", "stock": null, "reason": "P(loss) 40.0 % is above 20.0 %"}}"""


class ExitStatusTests(unittest.TestCase):
    def test_success_usage_and_invalid_are_not_failures(self):
        for rc in (0, 1, 2):
            self.assertIsNone(oracle.exit_kind(rc))

    def test_exit_134_is_a_crash_by_sigabrt(self):
        self.assertEqual(oracle.exit_kind(134), "crash-SIGABRT")

    def test_negative_return_code_is_a_crash_by_that_signal(self):
        self.assertEqual(oracle.exit_kind(-11), "crash-SIGSEGV")
        self.assertEqual(oracle.exit_kind(-4), "crash-SIGILL")
        self.assertEqual(oracle.exit_kind(132), "crash-SIGILL")

    def test_other_exit_codes_and_timeouts(self):
        self.assertEqual(oracle.exit_kind(3), "exit-3")
        self.assertEqual(oracle.exit_kind(-9, timed_out=True, command="check"), "hang-check")
        self.assertEqual(oracle.exit_kind(-9, memory=True), "memory")


class ReportTests(unittest.TestCase):
    def test_a_clean_json_report_passes(self):
        self.assertEqual(oracle.nonfinite_in_json(GOOD_JSON), [])

    def test_json_nan_literal_is_flagged(self):
        problems = oracle.nonfinite_in_json('{"cycles": {"a": {"profit": {"mean": NaN}}}}')
        self.assertEqual([k for k, _ in problems], ["nonfinite-json"])

    def test_json_infinity_literal_is_flagged(self):
        self.assertTrue(oracle.nonfinite_in_json('{"var95": -Infinity}'))

    def test_json_null_where_a_number_belongs_is_flagged(self):
        problems = oracle.nonfinite_in_json('{"cycles": {"a": {"profit": {"mean": null}}}}')
        self.assertEqual(len(problems), 1)
        self.assertIn("cycles.a.profit.mean is null", problems[0][1])

    def test_json_null_allowed_where_documented_even_for_a_dotted_cycle_name(self):
        text = '{"convergence": null, "cycles": {"v1.2": {"max_stock_within_tolerance": null}}}'
        self.assertEqual(oracle.nonfinite_in_json(text), [])

    def test_json_null_allowed_for_a_decision_with_no_stock_within_tolerance_but_not_its_best(self):
        text = ('{"verdict": {"cycle_choice": null}, "cycles": {"a": {"stock_decision": {"best": {"stock": 5}, '
                '"within_tolerance": null, "recommended": null}, "life": {"marks": {"best": 5, '
                '"within_tolerance": null, "recommended": null}}}}}')
        self.assertEqual(oracle.nonfinite_in_json(text), [])
        best = '{"cycles": {"a": {"stock_decision": {"best": {"stock": null}}}}}'
        self.assertIn("cycles.a.stock_decision.best.stock is null", oracle.nonfinite_in_json(best)[0][1])

    def test_json_string_reading_n_a_is_flagged_unless_the_input_said_it(self):
        text = '{"verdict": {"reason": "P(loss) n/a"}, "scenario": "nan"}'
        self.assertEqual(len(oracle.nonfinite_in_json(text)), 2)
        self.assertEqual(len(oracle.nonfinite_in_json(text, user_strings={"nan"})), 1)

    def test_unparsable_json_is_bad_json(self):
        self.assertEqual(oracle.nonfinite_in_json('{"a": 1')[0][0], "bad-json")

    def test_text_report_tokens(self):
        self.assertEqual(oracle.nonfinite_in_text("P(loss) n/a, mean ¥nan, -inf, Infinity"),
                         ["n/a", "nan", "-inf", "Infinity"])
        self.assertEqual(oracle.nonfinite_in_text("information, infinite, finance, banana 12 %"), [])
        self.assertEqual(oracle.nonfinite_in_text("数据nan"), ["nan"])

    def test_csv_empty_number_field_is_flagged_but_a_key_path_is_not(self):
        good = ("cycle,curve,x,x_unit,y,y_unit\r\na,profit_cdf,1.5,yuan,0.1,probability\r\n"
                "a,sensitivity_swing,mold.cost,key,3.0,yuan\r\n")
        self.assertEqual(oracle.nonfinite_in_csv(good), [])
        bad = good + "a,profit_cdf,,yuan,0.2,probability\r\n"
        self.assertEqual(oracle.nonfinite_in_csv(bad)[0][0], "nonfinite-csv")

    def test_pdf_must_be_whole(self):
        self.assertEqual(oracle.pdf_problems(b"%PDF-1.5\nhalf")[0][0], "bad-pdf")
        self.assertEqual(oracle.pdf_problems(b"<html>")[0][0], "bad-pdf")

    def test_report_problems_names_the_format(self):
        self.assertEqual(oracle.report_problems("markdown", "| P(loss) | n/a |")[0][0], "nonfinite-markdown")


class FileTests(unittest.TestCase):
    def test_changed_sentinel_after_failure_is_flagged(self):
        self.assertEqual(oracle.sentinel_problem(1, b"S", b"half a report")[0], "written-after-failure")
        self.assertEqual(oracle.sentinel_problem(1, b"S", b"")[0], "written-after-failure")

    def test_intact_or_absent_sentinel_after_failure_passes(self):
        self.assertIsNone(oracle.sentinel_problem(1, b"S", b"S"))
        self.assertIsNone(oracle.sentinel_problem(2, b"S", None))

    def test_success_must_replace_the_sentinel(self):
        self.assertEqual(oracle.sentinel_problem(0, b"S", b"S")[0], "no-report")
        self.assertIsNone(oracle.sentinel_problem(0, b"S", b"report"))

    def test_new_file_after_failure_is_flagged(self):
        p = oracle.new_files_problem(1, ["reports/m.txt"], ["reports/m.txt", "reports/m.txt.tmp-1-x"])
        self.assertEqual(p[0], "written-after-failure")
        self.assertIsNone(oracle.new_files_problem(0, [], ["reports/m.txt"]))

    def test_check_and_run_must_agree(self):
        self.assertEqual(oracle.mismatch_problem(0, 1)[0], "check-run-mismatch")
        self.assertEqual(oracle.mismatch_problem(1, 0)[0], "check-run-mismatch")
        self.assertIsNone(oracle.mismatch_problem(0, 2))
        self.assertIsNone(oracle.mismatch_problem(1, 1))

    def test_silent_failure(self):
        self.assertEqual(oracle.silent_problem(1, "  \n")[0], "silent-failure")
        self.assertIsNone(oracle.silent_problem(1, "x.toml: product.stock: must be > 0"))
        self.assertIsNone(oracle.silent_problem(0, ""))


class HarnessTests(unittest.TestCase):
    def test_execute_reports_a_signal_and_a_timeout(self):
        with tempfile.TemporaryDirectory() as d:
            killed = harness.execute(["sh", "-c", "kill -ABRT $$"], d, 5, 1 << 30)
            self.assertEqual(oracle.exit_kind(killed.returncode), "crash-SIGABRT")
            slow = harness.execute(["sleep", "5"], d, 0.2, 1 << 30)
            self.assertTrue(slow.timed_out)
            self.assertLess(slow.seconds, 3)


class MutatorTests(unittest.TestCase):
    CORPUS = [("a.toml", b'[scenario]\nname = "a"\n\n[product]\nstock = 10\nunit_price = 2.5\n'
                         b'\n[cycles.x]\ndemand = { units = { dist = "uniform", min = 1, max = 2 } }\n')]

    @classmethod
    def setUpClass(cls):
        mutators.use_catalog(SMALL_CATALOG)

    def test_same_seed_same_mutants(self):
        a = [mutators.mutant_for(7, i, self.CORPUS) for i in range(60)]
        b = [mutators.mutant_for(7, i, self.CORPUS) for i in range(60)]
        self.assertEqual([(m.data, m.sets, m.flags) for m in a], [(m.data, m.sets, m.flags) for m in b])
        c = [mutators.mutant_for(8, i, self.CORPUS) for i in range(60)]
        self.assertNotEqual([m.data for m in a], [m.data for m in c])

    def test_writer_round_trips_a_scenario(self):
        doc = tomllib.loads(self.CORPUS[0][1].decode())
        self.assertEqual(tomllib.loads(tomltext.dumps(doc)), doc)


if __name__ == "__main__":
    unittest.main()
