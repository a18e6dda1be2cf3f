"""The harness's idea of where `run` writes its report (a wrong path reads as "no-report")."""
import os
import tempfile
import unittest

import harness


class ReportStemTests(unittest.TestCase):
    def case(self, scenario):
        folder = tempfile.mkdtemp(prefix="moldrisk-harness-")
        os.makedirs(os.path.join(folder, "scenarios"))
        with open(os.path.join(folder, "scenarios", "m.toml"), "w", encoding="utf-8") as f:
            f.write(scenario)
        self.addCleanup(lambda: __import__("shutil").rmtree(folder, ignore_errors=True))
        return folder

    def test_another_language_goes_beside_the_scenarios_own_report(self):
        english = self.case('[scenario]\nname = "x"\n')
        self.assertEqual(harness._report_stem(["run", "scenarios/m.toml"], english), "m")
        self.assertEqual(harness._report_stem(["run", "scenarios/m.toml", "--lang", "zh"], english), "m.zh")
        self.assertEqual(harness._report_stem(["run", "scenarios/m.toml", "--lang", "en"], english), "m")

    def test_the_scenarios_own_language_keeps_the_plain_name(self):
        chinese = self.case('[scenario]\nname = "x"\nlang = "zh"\n')
        self.assertEqual(harness._report_stem(["run", "scenarios/m.toml", "--lang", "zh"], chinese), "m")
        self.assertEqual(harness._report_stem(["run", "scenarios/m.toml", "--lang", "en"], chinese), "m.en")

    def test_an_unreadable_scenario_counts_as_english(self):
        broken = self.case('[scenario\nlang = "zh"\n')
        self.assertEqual(harness._report_stem(["run", "scenarios/m.toml", "--lang", "zh"], broken), "m.zh")


if __name__ == "__main__":
    unittest.main()
