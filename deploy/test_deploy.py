"""The cluster path's files, checked here: the Kubernetes Jobs parse and agree with each other and
with the README, the Slurm script passes `bash -n`, the container's runtime packages match what the
release binary links, the README's GNU parallel recipe merges to the unsharded report byte for
byte, and a shard killed mid-run leaves nothing `merge` would take. Run by `make test` (which
builds the release binary first):

    MOLDRISK_TEST_BINARY=.build/release/moldrisk python3 -m unittest discover -s deploy -p 'test_*.py'
"""
import glob
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

import yaml

import check_runtime_packages

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
README = os.path.join(ROOT, "README.md")


def binary():
    path = os.environ.get("MOLDRISK_TEST_BINARY") or os.path.join(ROOT, ".build", "release", "moldrisk")
    if not os.access(path, os.X_OK):
        raise AssertionError(f"no moldrisk binary at {path}: run `make test`, or set MOLDRISK_TEST_BINARY")
    return path


def load(relative):
    with open(os.path.join(HERE, relative), encoding="utf-8") as f:
        return f.read()


def run(args, cwd, **kwargs):
    return subprocess.run(args, cwd=cwd, capture_output=True, **kwargs)


class KubernetesTests(unittest.TestCase):
    def setUp(self):
        self.shards = yaml.safe_load(load("kubernetes/shards.yaml"))
        self.merge = yaml.safe_load(load("kubernetes/merge.yaml"))
        self.claim = yaml.safe_load(load("kubernetes/parts-volume.yaml"))

    @staticmethod
    def volumes(job):
        spec = job["spec"]["template"]["spec"]
        return {v["name"]: v for v in spec["volumes"]}, spec["containers"][0]

    def test_shards_is_an_indexed_job_with_one_completion_per_shard(self):
        job = self.shards
        self.assertEqual((job["apiVersion"], job["kind"]), ("batch/v1", "Job"))
        spec = job["spec"]
        self.assertEqual(spec["completionMode"], "Indexed")
        self.assertEqual(spec["template"]["spec"]["restartPolicy"], "Never")
        command = " ".join(self.volumes(job)[1]["args"])
        shard = re.search(r'--shard "\$JOB_COMPLETION_INDEX/(\d+)"', command)
        self.assertIsNotNone(shard, command)
        self.assertEqual(spec["completions"], int(shard.group(1)))
        self.assertLessEqual(spec["parallelism"], spec["completions"])

    def test_partials_land_on_the_shared_claim_the_merge_reads(self):
        volumes, container = self.volumes(self.shards)
        command = " ".join(container["args"])
        partial = re.search(r'--partial "(/[^"]+)/\$JOB_COMPLETION_INDEX\.partial"', command)
        self.assertIsNotNone(partial, command)
        mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
        parts = volumes[mounts[partial.group(1)]]
        claim = parts["persistentVolumeClaim"]["claimName"]
        self.assertEqual(claim, self.claim["metadata"]["name"])
        self.assertEqual(self.claim["kind"], "PersistentVolumeClaim")
        self.assertIn("ReadWriteMany", self.claim["spec"]["accessModes"])
        # The merge pod mounts the same claim and merges the partials from where they were written.
        merge_volumes, merge = self.volumes(self.merge)
        merge_mounts = {m["mountPath"]: m["name"] for m in merge["volumeMounts"]}
        self.assertEqual(merge_volumes[merge_mounts[partial.group(1)]]["persistentVolumeClaim"]["claimName"], claim)
        self.assertIn(f"moldrisk merge {partial.group(1)}/*.partial", " ".join(merge["command"]))
        self.assertEqual(container["image"], merge["image"])
        # The scenario comes from a ConfigMap mounted where the command reads it.
        scenario = re.search(r"moldrisk run (/\S+)/(\S+\.toml)", command)
        self.assertEqual(volumes[mounts[scenario.group(1)]]["configMap"]["name"], "rinse-cups")


class SlurmTests(unittest.TestCase):
    def test_the_array_has_one_task_per_shard_and_the_script_parses(self):
        script = load("slurm/shards.sbatch")
        self.assertEqual(run(["bash", "-n", os.path.join(HERE, "slurm/shards.sbatch")], ROOT).returncode, 0)
        array = re.search(r"^#SBATCH --array=0-(\d+)", script, re.M)
        shards = re.search(r"^N=(\d+)", script, re.M)
        self.assertEqual(int(array.group(1)) + 1, int(shards.group(1)))
        self.assertIn('--shard "$SLURM_ARRAY_TASK_ID/$N"', script)


class ReadmeTests(unittest.TestCase):
    def test_the_readme_quotes_each_file_as_it_is(self):
        with open(README, encoding="utf-8") as f:
            readme = f.read()
        for name in ["kubernetes/parts-volume.yaml", "kubernetes/shards.yaml", "kubernetes/merge.yaml",
                     "slurm/shards.sbatch"]:
            self.assertTrue("\n" + load(name) + "```\n" in readme, f"the README does not quote deploy/{name} as it is")
        self.assertIn("docker build -f deploy/Dockerfile", readme)


class RuntimePackagesTests(unittest.TestCase):
    def test_the_list_matches_what_the_binary_links(self):
        self.assertEqual(check_runtime_packages.main([binary()]), 0)

    def test_a_missing_or_extra_package_is_named(self):
        with tempfile.TemporaryDirectory() as folder:
            listed = load("runtime-packages.txt")
            changed = os.path.join(folder, "list.txt")
            with open(changed, "w", encoding="utf-8") as f:
                f.write(listed.replace("libgsl27\n", "libgsl-not-linked\n"))
            result = run(["python3", os.path.join(HERE, "check_runtime_packages.py"), binary(), "--list", changed], ROOT,
                         text=True)
            self.assertEqual(result.returncode, 1)
            self.assertIn("lacks what", result.stdout)
            self.assertIn("libgsl27", result.stdout)
            self.assertIn("libgsl-not-linked", result.stdout)

    def test_the_dockerfile_installs_the_list_and_runs_as_a_user(self):
        dockerfile = load("Dockerfile")
        self.assertIn("COPY deploy/runtime-packages.txt", dockerfile)
        self.assertIn("--static-swift-stdlib", dockerfile)
        self.assertRegex(dockerfile, r"\nUSER \w+")
        self.assertIn('ENTRYPOINT ["moldrisk"]', dockerfile)


class ShardRunTests(unittest.TestCase):
    """The README's recipes for real, on a small trial count."""
    TRIALS = "80000"   # 8 chunks of 10,000: one a shard

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="moldrisk-deploy-")
        shutil.copy(os.path.join(ROOT, "scenarios", "office-chair.toml"), os.path.join(self.folder, "s.toml"))

    def tearDown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def whole(self, fmt, trials=TRIALS):
        r = run([binary(), "run", "s.toml", "--trials", trials, "--format", fmt, "--output", "-"], self.folder)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def merged(self, fmt):
        parts = sorted(glob.glob(os.path.join(self.folder, "parts", "*.partial")))
        r = run([binary(), "merge", *parts, "--format", fmt, "--output", "-"], self.folder)
        return r

    def test_the_gnu_parallel_recipe_merges_to_the_unsharded_report(self):
        self.assertIsNotNone(shutil.which("parallel"), "GNU parallel is missing: `make deps` installs it")
        command = (f"parallel {binary()} run s.toml --trials {self.TRIALS} --threads 1 --shard {{}}/8 "
                   "--partial parts/{}.partial ::: $(seq 0 7)")
        r = run(["bash", "-c", command], self.folder, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(glob.glob(os.path.join(self.folder, "parts", "*.partial"))), 8)
        for fmt in ["json", "text"]:
            merged = self.merged(fmt)
            self.assertEqual(merged.returncode, 0, merged.stderr)
            self.assertEqual(merged.stdout, self.whole(fmt), f"{fmt}: merged differs from the unsharded run")

    def test_a_killed_shard_leaves_no_partial_and_rerunning_its_index_completes_the_merge(self):
        trials = "4000000"   # a shard of 2,000,000 trials: about 2 s here, so it is killed mid-run
        shard = lambda i: [binary(), "run", "s.toml", "--trials", trials, "--threads", "1",
                           "--shard", f"{i}/2", "--partial", f"parts/{i}.partial"]
        self.assertEqual(run(shard(1), self.folder).returncode, 0)
        partial = os.path.join(self.folder, "parts", "0.partial")
        for delay in (0.3, 0.1, 0.03, 0.01):   # shorter on a machine fast enough to finish first
            killed = subprocess.Popen(shard(0), cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            if killed.poll() is None:
                killed.send_signal(signal.SIGKILL)
                killed.wait()
                break
            killed.wait()
            os.remove(partial)
        else:
            self.fail("every shard finished before it could be killed: raise its trials")
        self.assertFalse(os.path.exists(os.path.join(self.folder, "parts", "0.partial")))
        refused = self.merged("json")
        self.assertEqual(refused.returncode, 1)
        self.assertIn(b"missing shard 0 of 2", refused.stderr)
        # Rerun just that index, and the merge is the unsharded run's report.
        self.assertEqual(run(shard(0), self.folder).returncode, 0)
        merged = self.merged("json")
        self.assertEqual(merged.returncode, 0, merged.stderr)
        self.assertEqual(merged.stdout, self.whole("json", trials))


if __name__ == "__main__":
    unittest.main()
