"""The fuzzer reads the schema from the binary (`moldrisk keys`), and the partial mutator's
fingerprint is the binary's. The tests that need the binary use the debug build when it exists
(`make fuzz-smoke` builds it first) and are skipped otherwise.

    python3 -m unittest discover -s fuzz -p 'test_*.py'
"""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import mutators  # noqa: E402
import partials  # noqa: E402
import schema  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("MOLDRISK_BIN", os.path.join(REPO, ".build/debug/moldrisk"))
HAVE_BINARY = os.path.isfile(BINARY)


class CatalogTests(unittest.TestCase):
    CATALOG = schema.Catalog(["product.stock", "cycles.*.demand.units", "correlation[].rank"],
                             ["product", "cycles", "correlation"], {"fixed": ["value"]})

    def test_cycle_keys_are_written_once_per_cycle_and_correlation_keys_left_out(self):
        self.assertEqual(self.CATALOG.dotted_paths(["a", "数 x"]),
                         ["product.stock", "cycles.a.demand.units", 'cycles."数 x".demand.units'])
        self.assertEqual(self.CATALOG.doc_path("cycles.*.demand.units", "a"), ("cycles", "a", "demand", "units"))
        self.assertIsNone(self.CATALOG.doc_path("correlation[].rank", "a"))
        self.assertEqual(self.CATALOG.leaf_names(), ["rank", "stock", "units"])

    @unittest.skipUnless(HAVE_BINARY, "no moldrisk binary")
    def test_the_binary_prints_its_schema(self):
        catalog = schema.load(BINARY)
        for key in ("product.unit_price", "cycles.*.demand.units", "life.seasons",
                    "value_of_information.listing_sizes", "correlation[].between"):
            self.assertIn(key, catalog.keys)
        self.assertIn("pert", catalog.distributions)
        for section in catalog.sections:
            self.assertTrue(any(k.split(".")[0].rstrip("[]") == section for k in catalog.keys), section)

    @unittest.skipUnless(HAVE_BINARY, "no moldrisk binary")
    def test_every_struct_mutation_runs_on_the_real_catalog(self):
        mutators.use_catalog(schema.load(BINARY))
        path = os.path.join(REPO, "scenarios/rinse-cups.toml")
        with open(path, "rb") as f:
            corpus = [("rinse-cups.toml", f.read())]
        ops = [op for m in (mutators.mutant_for(3, i, corpus) for i in range(200)) for op in m.ops]
        self.assertFalse([op for op in ops if "skipped" in op and "schema" in op])
        self.assertTrue(any("→" in op for op in ops))


class PartialMutatorTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.bases = partials.build_bases(BINARY, REPO, ["scenarios/rinse-cups.toml"]) if HAVE_BINARY else []

    def test_fnv1a64_test_vectors(self):
        # FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c; each part is followed by a NUL byte here.
        h = 0xcbf29ce484222325
        for byte in b"a":
            h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
        self.assertEqual(h, 0xaf63dc4c8601ec8c)
        self.assertEqual(partials.fnv1a64([]), 0xcbf29ce484222325)

    @unittest.skipUnless(HAVE_BINARY, "no moldrisk binary")
    def test_the_recomputed_fingerprint_is_the_binarys(self):
        for _, files in self.bases:
            doc = json.loads(files[0])
            before = doc["fingerprint"]
            partials.refingerprint(doc)
            self.assertEqual(doc["fingerprint"], before)

    @unittest.skipUnless(HAVE_BINARY, "no moldrisk binary")
    def test_mutants_are_deterministic_and_consistent_edits_expect_a_refusal(self):
        a = [partials.mutant_for(5, i, self.bases) for i in range(80)]
        b = [partials.mutant_for(5, i, self.bases) for i in range(80)]
        self.assertEqual([m.files for m in a], [m.files for m in b])
        consistent = [m for m in a if any(w in " ".join(m.ops) for w in ("every partial", "recomputed", "late counts"))]
        self.assertTrue(consistent)
        self.assertTrue(all(m.expect_refused for m in consistent))


if __name__ == "__main__":
    unittest.main()
